import { describe, expect, it } from "vitest";
import { signedInHome } from "./landing";

describe("signedInHome", () => {
  it("sends admins to the dashboard and everyone else to their account", () => {
    expect(signedInHome({ role: "admin" })).toBe("/admin");
    expect(signedInHome({ role: "editor" })).toBe("/account");
    expect(signedInHome({ role: "member" })).toBe("/account");
    expect(signedInHome(null)).toBe("/account");
  });
});
