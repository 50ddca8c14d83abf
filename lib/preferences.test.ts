import { describe, expect, it } from "vitest";
import { defaultPreferences, normalizePreferences, parsePreferences, preferencesScript, serializePreferences } from "./preferences";

describe("reading preferences", () => {
  it("round-trips through the cookie, storing only what differs from the defaults", () => {
    const prefs = { ...defaultPreferences, font: "dyslexic", theme: "dark", size: "125" } as const;
    const cookie = serializePreferences(prefs);
    expect(cookie).toBe("font=dyslexic&size=125&theme=dark");
    expect(parsePreferences(encodeURIComponent(cookie))).toEqual(prefs);
  });

  it("ignores unknown names and values", () => {
    expect(normalizePreferences({ theme: "neon", size: "999", evil: "<script>", font: "legible" })).toEqual({
      ...defaultPreferences,
      font: "legible",
    });
    expect(parsePreferences("%E0%A4%A")).toEqual(defaultPreferences);
  });

  it("applies only allowed values before paint", () => {
    const attributes: Record<string, string> = {};
    const run = new Function("document", preferencesScript);
    run({
      cookie: `other=1; reading=${encodeURIComponent("theme=dark&font=%22%3E%3Cscript%3E&size=150")}`,
      documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) },
    });
    expect(attributes).toEqual({ "data-js": "", "data-theme": "dark", "data-size": "150" });
  });
});
