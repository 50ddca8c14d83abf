import { describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript, loaded by Next at runtime (next.config.ts)
import CacheHandler from "./handler.mjs";

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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const scheduled = globalThis as { __portalNextPublicationAt?: number | null };

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
    scheduled.__portalNextPublicationAt = Date.now() + 300;
    await cache.set("/", page("<p>home</p>", ["_N_T_/"]), {});
    scheduled.__portalNextPublicationAt = null;
    expect((await cache.get("/"))?.value.html).toBe("<p>home</p>");
    await sleep(350);
    expect(await cache.get("/")).toBeNull();
  });
});
