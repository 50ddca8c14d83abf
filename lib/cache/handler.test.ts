import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
// @ts-expect-error: plain JavaScript, loaded by Next at runtime (next.config.ts)
import CacheHandler from "./handler.mjs";
import { GRANT_WINDOW_MS } from "@/lib/serving/open-grant";

interface Handler {
  get(key: string, ctx?: object): Promise<{ value: { html: string } } | null>;
  set(key: string, value: object | null, ctx?: object): Promise<void>;
  revalidateTag(tags: string[]): Promise<void>;
}
const Cache = CacheHandler as { new (): Handler; ready(): Promise<unknown> };

const page = (html: string, tags: string[]) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});
const scheduled = globalThis as { __portalNextPublicationAt?: number | null };

afterEach(() => vi.useRealTimers());

describe("the page cache", () => {
  it("serves a page until a tag it carries is invalidated, and only that page", async () => {
    const cache = new Cache();
    await Cache.ready();
    await cache.set("/news", page("<p>news</p>", ["_N_T_/layout", "_N_T_/news"]), {});
    await cache.set("/topics", page("<p>topics</p>", ["_N_T_/layout", "_N_T_/topics"]), {});
    expect((await cache.get("/news"))?.value.html).toBe("<p>news</p>");
    await cache.revalidateTag(["_N_T_/news"]);
    expect(await cache.get("/news")).toBeNull();
    expect((await cache.get("/topics"))?.value.html).toBe("<p>topics</p>");
    // A render that finishes just after the change may have read the old data: not kept.
    await cache.set("/news", page("<p>stale?</p>", ["_N_T_/news"]), {});
    expect(await cache.get("/news")).toBeNull();
  });

  it("stops serving a page when the next scheduled item goes live", async () => {
    const cache = new Cache();
    const now = Date.UTC(2026, 11, 2, 9, 59);
    vi.useFakeTimers({ now, toFake: ["Date"] });
    scheduled.__portalNextPublicationAt = now + 60_000;
    await cache.set("/", page("<p>home</p>", ["_N_T_/"]), {});
    scheduled.__portalNextPublicationAt = null;
    vi.setSystemTime(now + 59_999);
    expect((await cache.get("/"))?.value.html).toBe("<p>home</p>");
    vi.setSystemTime(now + 60_000);
    expect(await cache.get("/")).toBeNull();
  });

  it("never keeps a page that is not there or that redirects, so made-up addresses cannot push real pages out", async () => {
    const cache = new Cache();
    await cache.set("/route-cache/APP_PAGE/x/$/internal/lists/resources/type%3Dnonsense", { ...page("<p>not found</p>", ["_N_T_/x"]), status: 404 }, {});
    expect(await cache.get("/route-cache/APP_PAGE/x/$/internal/lists/resources/type%3Dnonsense")).toBeNull();
    await cache.set("/route-cache/APP_PAGE/x/$/internal/lists/news/page%3D99", { ...page("", ["_N_T_/x"]), status: 307 }, {});
    expect(await cache.get("/route-cache/APP_PAGE/x/$/internal/lists/news/page%3D99")).toBeNull();
    await cache.set("/route-cache/APP_PAGE/x/$/internal/lists/resources/type%3DGuide", page("<p>guides</p>", ["_N_T_/x"]), {});
    expect((await cache.get("/route-cache/APP_PAGE/x/$/internal/lists/resources/type%3DGuide"))?.value.html).toBe("<p>guides</p>");
  });

  it("keeps a gated item's open page no longer than the grant window it was stored in", async () => {
    const cache = new Cache();
    const windowStart = Math.floor(Date.now() / GRANT_WINDOW_MS) * GRANT_WINDOW_MS;
    vi.useFakeTimers({ now: windowStart + GRANT_WINDOW_MS - 1000, toFake: ["Date"] });
    const key = "/route-cache/APP_PAGE/abc/$/internal/gated/resource/guide/open/BnxE61zKqY3sYb8YR3uWpUaA0ytwrg8S";
    await cache.set(key, page("<p>open</p>", ["_N_T_/internal/gated/resource/guide/open/BnxE61zKqY3sYb8YR3uWpUaA0ytwrg8S"]), {});
    await cache.set("/route-cache/APP_PAGE/def/$/resources/guide", page("<p>teaser</p>", ["_N_T_/resources/guide"]), {});
    expect((await cache.get(key))?.value.html).toBe("<p>open</p>");
    vi.setSystemTime(windowStart + GRANT_WINDOW_MS);
    expect(await cache.get(key)).toBeNull();
    // Other pages are not bound to the window.
    expect((await cache.get("/route-cache/APP_PAGE/def/$/resources/guide"))?.value.html).toBe("<p>teaser</p>");
  });

  it("keeps a signed-in audience's search page no longer than its grant window, and a public one as long as any page", async () => {
    const cache = new Cache();
    const windowStart = Math.floor(Date.now() / GRANT_WINDOW_MS) * GRANT_WINDOW_MS;
    vi.useFakeTimers({ now: windowStart + GRANT_WINDOW_MS - 1000, toFake: ["Date"] });
    const members = "/route-cache/APP_PAGE/abc/$/internal/search/eyJldmVyeXRoaW5nIjpmYWxzZX0.BnxE61zKqY3sYb8YR3uWpUaA0ytwrg8S/q%3Dautism";
    const everyone = "/route-cache/APP_PAGE/abc/$/internal/search/public/q%3Dautism";
    await cache.set(members, page("<p>members</p>", ["_N_T_/x"]), {});
    await cache.set(everyone, page("<p>everyone</p>", ["_N_T_/x"]), {});
    vi.setSystemTime(windowStart + GRANT_WINDOW_MS);
    expect(await cache.get(members)).toBeNull();
    expect((await cache.get(everyone))?.value.html).toBe("<p>everyone</p>");
  });

  it("lets search pages fill at most a quarter of the cache, so made-up searches cannot push the site's pages out", async () => {
    const cache = new Cache();
    await cache.set("/route-cache/APP_PAGE/a/$/news/an-article", page("<p>article</p>", ["_N_T_/a"]), {});
    // Each about 3 MB; ten of them are more than a quarter of the default 64 MB.
    const big = "x".repeat(1024 * 1024);
    const search = (i: number) => `/route-cache/APP_PAGE/s/$/internal/search/public/q%3Dword${i}`;
    for (let i = 0; i < 10; i++) await cache.set(search(i), page(big, ["_N_T_/s"]), {});
    expect((await cache.get("/route-cache/APP_PAGE/a/$/news/an-article"))?.value.html).toBe("<p>article</p>");
    expect(await cache.get(search(0))).toBeNull();
    expect((await cache.get(search(9)))?.value.html).toBe(big);
  });

  it("gives a rendered page a policy naming the inline scripts the framework wrote, not one injected, on the render that fills the cache too", async () => {
    const cache = new Cache();
    const injected = `alert("stored")`;
    const html = `<html><head><script src="/_next/static/app.js"></script></head><body><p><script>${injected}</script></p><script>self.__next_f.push([1,"a"])</script></body></html>`;
    const rendered = page(html, ["_N_T_/membership"]) as ReturnType<typeof page> & { headers: Record<string, string> };
    await cache.set("/membership", rendered, {});
    const hash = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
    const policy = `script-src 'self' ${hash('self.__next_f.push([1,"a"])')}; script-src-attr 'none'`;
    expect(policy).not.toContain(hash(injected));
    // Next sends this same value as the response that filled the cache...
    expect(rendered.headers["content-security-policy"]).toBe(policy);
    // ...and every copy served from the cache carries it.
    const served = (await cache.get("/membership")) as { value: { headers: Record<string, string> } } | null;
    expect(served?.value.headers["content-security-policy"]).toBe(policy);
    // A route handler's body or an RSC payload is not a page: no policy.
    const feed = { kind: "APP_ROUTE", body: Buffer.from("<rss/>"), headers: {}, status: 200 };
    await cache.set("/news/feed.xml", feed, {});
    expect(feed.headers).toEqual({});
  });
});
