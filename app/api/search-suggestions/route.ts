import { titleSuggestions } from "@/lib/search/suggestions";

export const dynamic = "force-dynamic";

/**
 * Titles for the header search box as someone types (`?q=`). Public titles only, the same for
 * everyone, so browsers may keep an answer for a minute.
 */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q");
  const items = await titleSuggestions(q);
  return Response.json({ items }, { headers: { "Cache-Control": "public, max-age=60" } });
}
