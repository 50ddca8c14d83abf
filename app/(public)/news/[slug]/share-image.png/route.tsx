import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getLiveArticle } from "@/db/queries/news";
import { formatDate } from "@/lib/format";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

const size = { width: 1200, height: 630 };

// Fonts come from the self-hosted @fontsource packages (satori reads woff, not woff2): no network.
const fontDir = (pkg: string) => path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files");
const fonts = Promise.all([
  readFile(path.join(fontDir("source-serif-4"), "source-serif-4-latin-700-normal.woff")),
  readFile(path.join(fontDir("atkinson-hyperlegible"), "atkinson-hyperlegible-latin-400-normal.woff")),
  readFile(path.join(fontDir("atkinson-hyperlegible"), "atkinson-hyperlegible-latin-700-normal.woff")),
]);

/**
 * The share image of an article (Open Graph, Twitter, JSON-LD): its title, date and the site's
 * mark, in the brand colours. A route of its own, so its address is stable and known to the page.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [article, [serif, sans, sansBold]] = await Promise.all([getLiveArticle((await params).slug), fonts]);
  if (!article) return new Response("Not found", { status: 404 });
  const title = article.title;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "#2a1c54",
          color: "#ffffff",
          fontFamily: "Atkinson Hyperlegible",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <svg width="64" height="64" viewBox="0 0 40 40">
            <rect width="40" height="40" rx="10" fill="#4a3290" />
            <circle cx="15.5" cy="20" r="8" fill="none" stroke="#fff" strokeWidth="3" />
            <circle cx="24.5" cy="20" r="8" fill="none" stroke="#f5a48f" strokeWidth="3" />
          </svg>
          <span style={{ fontSize: 34, fontWeight: 700 }}>{site.name}</span>
        </div>
        <div
          style={{
            display: "flex",
            fontFamily: "Source Serif 4",
            fontSize: title.length > 70 ? 56 : 68,
            lineHeight: 1.15,
            fontWeight: 700,
          }}
        >
          {title}
        </div>
        <div style={{ display: "flex", gap: 16, fontSize: 30, color: "#d4caee" }}>
          <span style={{ color: "#f5a48f", fontWeight: 700 }}>News</span>
          <span>{formatDate(article.publishedAt)}</span>
        </div>
      </div>
    ),
    {
      ...size,
      headers: { "Cache-Control": "public, max-age=3600" },
      fonts: [
        { name: "Source Serif 4", data: serif, weight: 700, style: "normal" },
        { name: "Atkinson Hyperlegible", data: sans, weight: 400, style: "normal" },
        { name: "Atkinson Hyperlegible", data: sansBold, weight: 700, style: "normal" },
      ],
    },
  );
}
