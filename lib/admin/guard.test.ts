import { describe, expect, it } from "vitest";
import { staffRefusal } from "./guard";

const as = (role: "member" | "editor" | "admin", disabled = false, secondFactor = true) => ({ role, disabled, secondFactor });

describe("staffRefusal", () => {
  it("lets editors and admins change content, and no one else", () => {
    expect(staffRefusal(as("editor"), "staff")).toBeNull();
    expect(staffRefusal(as("admin"), "staff")).toBeNull();
    expect(staffRefusal(as("member"), "staff")).toBe("Only staff can do this.");
    expect(staffRefusal(null, "staff")).toMatch(/Sign in again/);
    expect(staffRefusal(as("admin", true), "staff")).toMatch(/Sign in again/);
  });

  it("keeps members, tiers and the audit log to admins", () => {
    expect(staffRefusal(as("admin"), "admin")).toBeNull();
    expect(staffRefusal(as("editor"), "admin")).toBe("Only administrators can do this.");
    expect(staffRefusal(as("member"), "admin")).toBe("Only administrators can do this.");
    expect(staffRefusal(null, "admin")).toMatch(/Sign in again/);
  });

  it("refuses an admin without a second factor everything, and sends them to set one up", () => {
    expect(staffRefusal(as("admin", false, false), "admin")).toMatch(/second factor.*\/account\/security/);
    expect(staffRefusal(as("admin", false, false), "staff")).toMatch(/second factor/);
    expect(staffRefusal({ role: "admin", disabled: false }, "staff")).toMatch(/second factor/);
    // Offered, not required, to editors.
    expect(staffRefusal(as("editor", false, false), "staff")).toBeNull();
  });
});
