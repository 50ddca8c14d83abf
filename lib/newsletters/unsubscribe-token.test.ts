import { describe, expect, it } from "vitest";
import { unsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const id = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

describe("the unsubscribe token", () => {
  it("names the account it was made for", () => {
    expect(verifyUnsubscribeToken(unsubscribeToken(id))).toBe(id);
  });
  it("cannot be made for someone else or altered", () => {
    const other = "7f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
    const [, signature] = unsubscribeToken(id).split(".");
    expect(verifyUnsubscribeToken(`${other}.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${id}.${"A".repeat(24)}`)).toBeNull();
    expect(verifyUnsubscribeToken("nonsense")).toBeNull();
    expect(verifyUnsubscribeToken(undefined)).toBeNull();
  });
});
