import { describe, expect, it, vi } from "vitest";
import { checkCredentials } from "./credentials";
import { verifyPassword } from "./password";

// The real argon2 verify, observed: which hash each sign-in attempt was checked against.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const verify = vi.mocked(verifyPassword);

describe("sign-in does not reveal which emails have accounts", () => {
  it("an unknown email gets the same answer as a wrong password", async () => {
    const unknown = await checkCredentials("nobody-here@example.org", "demo-password", null);
    const wrong = await checkCredentials("gold@example.org", "not-the-password", null);
    expect(unknown).toEqual({ status: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  it("an unknown email still costs a full argon2id verify, against a stand-in hash", async () => {
    verify.mockClear();
    await checkCredentials("nobody-else@example.org", "some password", null);
    expect(verify).toHaveBeenCalledTimes(1);
    const [hash, password] = verify.mock.calls[0]!;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(password).toBe("some password");
    // The attempt is verified (and fails) like any other, and counts towards the rate limit.
    await expect(verify.mock.results[0]!.value).resolves.toBe(false);
  });
});
