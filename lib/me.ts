/** What /api/me answers (app/api/me/route.ts): who is signed in, for the header on cached pages. */
export type Me = {
  name: string;
  staff: boolean;
  /** Present while a paid membership is in its grace period (dates as ISO strings). */
  grace?: { tierName: string; periodEnd: string; until: string; paymentFailed: boolean };
} | null;

let last: { key: string; at: number; answer: Promise<Me> } | null = null;

/**
 * One /api/me request per page shown (`key`: its path), shared by the header's parts that ask at
 * the same moment; asked afresh on the next page or a moment later.
 */
export function fetchMe(key: string): Promise<Me> {
  const now = Date.now();
  if (last?.key !== key || now - last.at > 2000) {
    const answer = fetch("/api/me", { cache: "no-store" }).then((response) =>
      response.ok ? (response.json() as Promise<Me>) : Promise.reject(new Error(`/api/me: ${response.status}`)),
    );
    last = { key, at: now, answer };
  }
  return last.answer;
}
