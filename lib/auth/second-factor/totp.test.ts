import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { seal, unseal } from "./seal";
import { asRecoveryCode, checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, RECOVERY_CODE_COUNT, totpUri } from "./totp";

const KEY = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";

describe("authenticator codes", () => {
  it("accepts the app's current code and says which time step it was", () => {
    const now = Math.floor(Date.now() / 1000);
    const step = checkTotp(KEY, generateSync({ secret: KEY }), null);
    expect(step).toBe(Math.floor(now / 30));
  });

  it("refuses a wrong code, a code from long ago, and anything not six digits", () => {
    const right = generateSync({ secret: KEY });
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(checkTotp(KEY, wrong, null)).toBeNull();
    expect(checkTotp(KEY, generateSync({ secret: KEY, epoch: Math.floor(Date.now() / 1000) - 600 }), null)).toBeNull();
    expect(checkTotp(KEY, "12345", null)).toBeNull();
    expect(checkTotp(KEY, "abcdef", null)).toBeNull();
  });

  it("refuses a code whose time step was already used (no replay)", () => {
    const code = generateSync({ secret: KEY });
    const step = checkTotp(KEY, code, null)!;
    expect(checkTotp(KEY, code, step)).toBeNull();
    expect(checkTotp(KEY, code, step - 1)).toBe(step);
  });

  it("accepts a code typed with spaces", () => {
    const code = generateSync({ secret: KEY });
    expect(checkTotp(KEY, `${code.slice(0, 3)} ${code.slice(3)}`, null)).not.toBeNull();
  });

  it("makes a fresh key each time, and an otpauth address naming the site and the account", () => {
    expect(newTotpSecret()).not.toBe(newTotpSecret());
    const uri = totpUri(KEY, "admin@example.org", "SEND Network");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${KEY}`);
    expect(decodeURIComponent(uri)).toContain("admin@example.org");
  });
});

describe("recovery codes", () => {
  it("are ten different codes, stored only as hashes that match however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const [code] = codes as [string];
    expect(hashRecoveryCode(code)).not.toContain(code.replace("-", ""));
    expect(hashRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(code));
    expect(asRecoveryCode("not a code")).toBeNull();
  });
});

describe("sealed secrets", () => {
  it("open with the key they were sealed with, and with no other", () => {
    const sealed = seal(KEY, "a".repeat(40));
    expect(sealed).not.toContain(KEY);
    expect(unseal(sealed, "a".repeat(40))).toBe(KEY);
    expect(unseal(sealed, "b".repeat(40))).toBeNull();
    expect(unseal(sealed.replace(/.$/, (c) => (c === "A" ? "B" : "A")), "a".repeat(40))).toBeNull();
  });
});
