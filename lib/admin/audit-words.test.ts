import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActions } from "@/db/queries/audit/actions";
import { auditVerbs } from "@/db/queries/content/status";
import { auditActionWords, describeAuditAction } from "./audit-words";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The action names the code passes to recordAudit: literals given to `action` in files that call it. */
function actionsWritten(): Set<string> {
  const written = new Set<string>(Object.keys(auditVerbs));
  for (const file of ["db", "lib", "app"].flatMap(sourceFiles)) {
    const text = readFileSync(path.join(root, file), "utf8");
    if (!text.includes("recordAudit(")) continue;
    for (const [, expression] of text.matchAll(/\baction\b\s*[:=]\s*([^\n;]+)/g)) {
      for (const [, literal] of expression!.matchAll(/"([a-z][a-z-]*)"/g)) written.add(literal!);
    }
  }
  return written;
}

describe("the audit log's words", () => {
  it("finds the actions the code writes (the scan itself works)", () => {
    expect([...actionsWritten()]).toEqual(expect.arrayContaining(["create", "publish", "attach-file", "import", "send-password-reset"]));
  });

  it("has words for every action the code writes", () => {
    for (const action of actionsWritten()) {
      expect(auditActions, `"${action}" is written to the audit log: add it to db/queries/audit/actions.ts`).toContain(action);
      expect(auditActionWords[action as keyof typeof auditActionWords], `words for "${action}"`).toMatch(/^[A-Z][a-z]/);
    }
  });

  it("says each action in its own words, never the stored name", () => {
    const words = auditActions.map(describeAuditAction);
    expect(new Set(words).size).toBe(auditActions.length);
    for (const [i, action] of auditActions.entries()) expect(words[i]).not.toContain(action.includes("-") ? action : `${action}:`);
    expect(describeAuditAction("attach-file")).toBe("Attached a file");
  });

  it("still reads an action no longer written as words", () => {
    expect(describeAuditAction("merge-accounts")).toBe("Merge accounts");
    expect(describeAuditAction("")).toBe("Changed");
  });
});
