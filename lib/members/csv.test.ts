import { describe, expect, it } from "vitest";
import { membersToCsv, parseMemberCsv } from "./csv";

const tiers = [
  { slug: "free", name: "Free" },
  { slug: "silver", name: "Silver" },
  { slug: "gold", name: "Gold" },
];

describe("parseMemberCsv", () => {
  it("reads good rows with their line numbers, tiers by slug or name, ISO or UK dates", () => {
    const parsed = parseMemberCsv(
      "\uFEFFEmail,Name,Tier,Expiry\r\nann@school.org,Ann Lee,gold,2027-07-31\r\n\r\nbo@school.org,Bo Chan,Silver,31/07/2027\r\ncy@school.org,Cy,free,\r\n",
      tiers,
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 2, email: "ann@school.org", name: "Ann Lee", tierSlug: "gold", expiry: "2027-07-31" },
      { line: 4, email: "bo@school.org", name: "Bo Chan", tierSlug: "silver", expiry: "2027-07-31" },
      { line: 5, email: "cy@school.org", name: "Cy", tierSlug: "free", expiry: null },
    ]);
  });

  it("names every bad row by line, and what is wrong with it", () => {
    const parsed = parseMemberCsv(
      [
        "email,name,tier,expiry",
        "ok@school.org,Fine,gold,2027-01-01",
        "not-an-email,Someone,gold,",
        "ok@school.org,Again,silver,",
        "x@school.org,,platinum,32/13/2027",
        "y@school.org,Why,free,2027-01-01",
      ].join("\n"),
      tiers,
    );
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors).toEqual([
      { line: 3, message: "“not-an-email” is not a valid email address." },
      { line: 4, message: "The email ok@school.org is already on line 2." },
      {
        line: 5,
        message:
          "The name is empty; “platinum” is not a tier (use free, silver, gold); “32/13/2027” is not a date (use 2026-07-31 or 31/07/2026).",
      },
      { line: 6, message: "The Free tier does not expire: leave the expiry empty." },
    ]);
  });

  it("counts lines inside quoted cells, so later line numbers stay right", () => {
    const parsed = parseMemberCsv('email,name,tier,expiry\na@s.org,"Two\nLines",gold,\nbad,B,gold,\n', tiers);
    expect(parsed.rows[0]?.line).toBe(2);
    expect(parsed.errors).toEqual([{ line: 4, message: "“bad” is not a valid email address." }]);
  });

  it("refuses a file without the four columns, or with broken quoting", () => {
    expect(parseMemberCsv("email,name\na@s.org,A\n", tiers).errors[0]).toEqual({
      line: 1,
      message: "The first line must name the columns email, name, tier and expiry; tier, expiry are missing.",
    });
    expect(parseMemberCsv('email,name,tier,expiry\n"a@s.org,A,gold,\n', tiers).errors[0]?.message).toMatch(/not valid CSV/);
    expect(parseMemberCsv("", tiers).errors[0]?.message).toBe("The file is empty.");
  });

  it("notes extra columns (an edited export) and ignores them", () => {
    const parsed = parseMemberCsv("email,name,tier,expiry,role,disabled\na@s.org,A,gold,,admin,no\n", tiers);
    expect(parsed.ignoredColumns).toEqual(["role", "disabled"]);
    expect(parsed.rows).toHaveLength(1);
  });
});

describe("membersToCsv", () => {
  it("writes the import columns first and neutralises spreadsheet formulas, which survive a round trip", () => {
    const csv = membersToCsv([
      {
        email: "a@s.org",
        name: '=HYPERLINK("http://evil")',
        tierSlug: "gold",
        membershipExpiresAt: new Date("2027-07-31T22:59:59.999Z"),
        role: "member",
        disabled: false,
        createdAt: new Date("2026-01-02T10:00:00Z"),
      },
    ]);
    expect(csv.split("\r\n")[0]).toBe("email,name,tier,expiry,role,disabled,joined");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("2027-07-31");
    const back = parseMemberCsv(csv, tiers);
    expect(back.rows[0]).toMatchObject({ name: '=HYPERLINK("http://evil")', expiry: "2027-07-31", tierSlug: "gold" });
  });
});
