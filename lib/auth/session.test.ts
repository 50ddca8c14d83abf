import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { sessionFromCookies } from "./session";

const name = "authjs.session-token";
const token = (sub: string, maxAge: number) => encode({ token: { sub, sid: `sid-${sub}`, sv: 1 }, secret: authSecret(), salt: name, maxAge });

afterEach(() => vi.useRealTimers());

describe("sessionFromCookies", () => {
  it("reads the account, sign-in and session version from a valid cookie, every time", async () => {
    const cookies = [{ name, value: await token("account-1", 3600) }];
    for (let i = 0; i < 2; i++) {
      expect(await sessionFromCookies(cookies)).toMatchObject({ user: { id: "account-1" }, sid: "sid-account-1", sessionVersion: 1 });
    }
  });

  it("treats a cookie as signed out once it has expired, even one it has read before", async () => {
    const cookies = [{ name, value: await token("account-2", 60) }];
    expect(await sessionFromCookies(cookies)).not.toBeNull();
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ["Date"] });
    expect(await sessionFromCookies(cookies)).toBeNull();
  });

  it("rejects a cookie that was altered or signed with another secret", async () => {
    const value = await token("account-3", 3600);
    const altered = value.slice(0, -4) + (value.endsWith("AAAA") ? "BBBB" : "AAAA");
    const foreign = await encode({ token: { sub: "account-3" }, secret: "another-secret-of-at-least-32-characters", salt: name });
    for (const bad of [altered, foreign, "not-a-token"]) expect(await sessionFromCookies([{ name, value: bad }])).toBeNull();
    expect(await sessionFromCookies([])).toBeNull();
  });
});
