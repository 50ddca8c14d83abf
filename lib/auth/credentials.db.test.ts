import { describe, expect, it, vi } from "vitest";
import { checkCredentials, MAX_FAILURES, PASSWORD_CHECKS_PER_MINUTE, withinPasswordLimits } from "./credentials";
import { verifyPassword } from "./password";

// The real argon2 verify, observed: which hash each sign-in attempt was checked against.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const verify = vi.mocked(verifyPassword);
const unknownClient = { address: null, device: null };

describe("sign-in does not reveal which emails have accounts", () => {
  it("an unknown email gets the same answer as a wrong password", async () => {
    const unknown = await checkCredentials("nobody-here@example.org", "demo-password", unknownClient);
    const wrong = await checkCredentials("gold@example.org", "not-the-password", unknownClient);
    expect(unknown).toEqual({ status: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("an unknown email still costs a full argon2id verify, against a stand-in hash", async () => {
    verify.mockClear();
    await checkCredentials("nobody-else@example.org", "some password", unknownClient);
    expect(verify).toHaveBeenCalledTimes(1);
    const [hash, password] = verify.mock.calls[0]!;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(password).toBe("some password");
    // The attempt is verified (and fails) like any other, and counts towards the rate limit.
    await expect(verify.mock.results[0]!.value).resolves.toBe(false);
  });
});

describe("a stranger's wrong passwords", () => {
  const stranger = () => ({ address: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, device: null });
  const guessAll = async (email: string, times: number) => {
    for (let i = 0; i < times; i++) expect(await checkCredentials(email, `guess ${i}`, stranger())).toEqual({ status: "invalid" });
  };

  it("lock the account for unknown browsers, never for a browser its owner has signed in on", async () => {
    await guessAll("silver@example.org", MAX_FAILURES);
    const owner = { address: "10.8.0.1", device: "owner-browser-device-id" };
    expect(await checkCredentials("silver@example.org", "demo-password", stranger())).toMatchObject({ status: "rate-limited" });
    expect(await checkCredentials("silver@example.org", "demo-password", { ...owner, device: null })).toMatchObject({ status: "rate-limited" });
    expect(await checkCredentials("silver@example.org", "demo-password", owner)).toMatchObject({ status: "ok" });
  });

  it("made from a known browser count against that browser only", async () => {
    const thief = { address: null, device: "a-borrowed-device-id-000" };
    for (let i = 0; i < MAX_FAILURES; i++) expect(await checkCredentials("gold@example.org", `guess ${i}`, thief)).toEqual({ status: "invalid" });
    expect(await checkCredentials("gold@example.org", "demo-password", thief)).toMatchObject({ status: "rate-limited" });
    expect(await checkCredentials("gold@example.org", "demo-password", stranger())).toMatchObject({ status: "ok" });
  });
});

describe("password hashing per client address", () => {
  it("allows an address its share of argon2 runs a minute, then says busy without hashing", async () => {
    const address = "10.7.0.1";
    for (let i = 0; i < PASSWORD_CHECKS_PER_MINUTE; i++) expect(await withinPasswordLimits(address, async () => "hashed")).toBe("hashed");
    const work = vi.fn(async () => "hashed");
    expect(await withinPasswordLimits(address, work)).toBe("busy");
    expect(work).not.toHaveBeenCalled();
    // Another address, and a request with no trusted address, are not held back.
    expect(await withinPasswordLimits("10.7.0.2", work)).toBe("hashed");
    expect(await withinPasswordLimits(null, work)).toBe("hashed");
  });

  it("turns a sign-in away as busy when its address has used its share", async () => {
    const address = "10.7.0.3";
    for (let i = 0; i < PASSWORD_CHECKS_PER_MINUTE; i++) await withinPasswordLimits(address, async () => true);
    expect(await checkCredentials("editor@example.org", "demo-password", { address, device: null })).toEqual({ status: "busy" });
  });
});
