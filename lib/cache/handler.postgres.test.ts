import { afterAll, describe, expect, it } from "vitest";
import postgres from "postgres";
// @ts-expect-error: plain JavaScript, loaded by Next at runtime (next.config.mjs)
import CacheHandler from "./handler.mjs";

/**
 * Several app processes share one PostgreSQL (the embedded database is one process by design, so
 * this file runs in the PostgreSQL project only: see vitest.config.ts). Another process is played
 * by a second connection on the same channel.
 */
interface Handler {
  get(key: string, ctx?: object): Promise<object | null>;
  set(key: string, value: object | null, ctx?: object): Promise<void>;
  revalidateTag(tags: string[]): Promise<void>;
}
const Cache = CacheHandler as { new (): Handler; ready(): Promise<unknown> };
const page = (tags: string[]) => ({ kind: "APP_PAGE", html: "<p>tiers</p>", headers: { "x-next-cache-tags": tags.join(",") }, status: 200 });

describe("the page cache across app processes", () => {
  const other = postgres(process.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
  afterAll(() => other.end());
  it("drops a page when another process invalidates it, and tells the others of its own invalidations", async () => {
    const cache = new Cache();
    await Cache.ready();
    await cache.set("/membership", page(["_N_T_/membership"]), {});
    expect(await cache.get("/membership")).not.toBeNull();
    await other.notify("portal_cache", JSON.stringify(["_N_T_/membership"]));
    await expect.poll(() => cache.get("/membership")).toBeNull();

    const heard: string[] = [];
    await other.listen("portal_cache", (payload) => heard.push(payload));
    await cache.revalidateTag(["_N_T_/news/some-article"]);
    await expect.poll(() => heard).toContainEqual(JSON.stringify(["_N_T_/news/some-article"]));
  });
});
