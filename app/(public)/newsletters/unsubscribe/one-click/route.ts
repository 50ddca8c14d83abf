import { unsubscribeFromNewsletter } from "@/db/queries/newsletters/preferences";
import { UNSUBSCRIBE_LINK_WORDING } from "@/lib/newsletters/consent-wording";
import { verifyUnsubscribeToken } from "@/lib/newsletters/unsubscribe-token";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/** Opened in a browser (some mail clients do): the page with its confirm button; nothing changes on a GET. */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const page = new URL("/newsletters/unsubscribe", request.url);
  page.searchParams.set("token", url.searchParams.get("token") ?? "");
  return new Response(null, { status: 303, headers: { Location: `${page.pathname}${page.search}`, ...noStore } });
}

/**
 * Unsubscribes at once, without sign-in: RFC 8058's one-click POST from a mail client (token in the
 * address, body `List-Unsubscribe=One-Click`), answered 200; or the unsubscribe page's form (token
 * in the body), answered with the page saying it is done. The withdrawal is kept in `consents`.
 */
export async function POST(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => null);
  const fromForm = form?.get("token");
  const token = url.searchParams.get("token") ?? (typeof fromForm === "string" ? fromForm : null);
  const accountId = verifyUnsubscribeToken(token);
  if (!accountId) {
    return new Response("This unsubscribe link is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", ...noStore } });
  }
  try {
    await unsubscribeFromNewsletter(accountId, UNSUBSCRIBE_LINK_WORDING);
  } catch (error) {
    // An account deleted since the email was sent has nothing left to unsubscribe.
    logger.warn({ err: error }, "unsubscribe failed");
  }
  if (form?.get("List-Unsubscribe") === "One-Click") {
    return new Response("Unsubscribed.", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", ...noStore } });
  }
  const done = new URL("/newsletters/unsubscribe", request.url);
  done.searchParams.set("token", token!);
  done.searchParams.set("done", "1");
  return new Response(null, { status: 303, headers: { Location: `${done.pathname}${done.search}`, ...noStore } });
}
