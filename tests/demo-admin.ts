import { generateSync } from "otplib";

/**
 * The demo admin's second factor, for tests, benchmarks and people trying the demo: the seeded
 * authenticator key (db/seed.ts) and the codes it makes. Admins need a second factor for the
 * dashboard, so every admin sign-in in a test passes /login/verify with one of these codes.
 */
export const DEMO_ADMIN = "admin@example.org";
export const DEMO_ADMIN_TOTP_KEY = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";
const STEP_SECONDS = 30;

// A code is accepted once per 30-second window (replays are refused), so each server's last used
// window is remembered. The server also takes the next window's code (one step of clock drift,
// lib/auth/second-factor/totp.ts), so when this window's is spent that one is used at once; only
// a third code within a window waits.
const lastStep = new Map<string, number>();

/** A code from the demo admin's app that this process has not yet used on `server` (may wait up to 30 s when two were used this window). */
export function freshAdminCode(server: string): Promise<string> {
  return freshCode(DEMO_ADMIN_TOTP_KEY, server);
}

/** A code for `secret` (base32) that this process has not yet used on `server`: waits for a new window when needed. */
export async function freshCode(secret: string, server: string): Promise<string> {
  const key = `${server} ${secret}`;
  const used = lastStep.get(key) ?? 0;
  let step = Math.floor(Date.now() / 1000 / STEP_SECONDS);
  if (step <= used) {
    step = used + 1;
    // Taken while the window before it is current: wait for that one when even it is still ahead.
    const acceptedFrom = (step - 1) * STEP_SECONDS * 1000 + 250;
    if (Date.now() < acceptedFrom) await new Promise((resolve) => setTimeout(resolve, acceptedFrom - Date.now()));
  }
  lastStep.set(key, step);
  return generateSync({ secret, epoch: step * STEP_SECONDS });
}

/**
 * The /login/verify form's fields as a browser without JavaScript posts them (its hidden
 * server-action fields, the callback and the code), from the page's HTML.
 */
export function verifyFormFields(html: string, code: string): Record<string, string> {
  const form = html.split("<form").find((part) => part.includes('name="code"'));
  if (!form) throw new Error("no code form on /login/verify");
  const body = form.slice(0, form.indexOf("</form>"));
  const unescape = (value: string) =>
    value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const [tag] of body.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = tag.match(/name="([^"]+)"/)?.[1];
    if (name) fields[unescape(name)] = unescape(tag.match(/value="([^"]*)"/)?.[1] ?? "");
  }
  fields.code = code;
  return fields;
}

/**
 * Finishes the demo admin's sign-in without a browser: `cookie` is the session that the password
 * step gave; answers the cookies the verify step set (name=value pairs), or throws.
 */
export async function passSecondFactorWithFetch(origin: string, cookie: string, headers: Record<string, string> = {}): Promise<string[]> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const page = await fetch(`${origin}/login/verify`, { headers: { ...headers, cookie }, redirect: "manual" });
    if (page.status !== 200) throw new Error(`/login/verify answered ${page.status}: the password step did not leave a session waiting for a code`);
    const body = new FormData();
    for (const [name, value] of Object.entries(verifyFormFields(await page.text(), await freshAdminCode(origin)))) body.set(name, value);
    const answer = await fetch(`${origin}/login/verify`, { method: "POST", headers: { ...headers, cookie, Origin: origin }, body, redirect: "manual" });
    await answer.arrayBuffer();
    if (answer.status >= 300 && answer.status < 400 && !(answer.headers.get("location") ?? "").includes("/login")) {
      return answer.headers.getSetCookie().map((set) => set.split(";")[0]!);
    }
    // Refused: another process used this window's code first. The next try waits for a new one.
  }
  throw new Error("the demo admin's code was refused three times");
}
