import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { openScope } from "@/lib/access";
import { toSearchTerms } from "@/lib/search/query";
import { captureQueries, explainAnalyze, seqScannedTables } from "./explain";
import { searchContent } from "./queries/search";

describe("query plans of what the app sends", () => {
  it("explains a search's counts under the planner settings they ran with", async () => {
    const { queries } = await captureQueries(() =>
      searchContent({ terms: toSearchTerms("SEND"), filters: {}, sort: "relevance", page: 1, scope: openScope(null) }),
    );
    const counts = queries.filter((q) => /count\(\*\)/.test(q.sql));
    // Resources are counted beside news, events and newsletters, in whichever order their transactions get going.
    const tablesOf = (sql: string) => [...new Set(Array.from(sql.matchAll(/from "(\w+)"/g), (m) => m[1]))].sort().join(" ");
    expect(counts.map((q) => tablesOf(q.sql)).sort()).toEqual(["events news_articles newsletters", "resources"]);
    for (const count of counts) {
      expect(count.settings).toEqual({ enable_seqscan: "off", enable_indexscan: "off" });
      // Explained under them: bitmap scans, neither a table read whole nor an index walked in its
      // order (what the planner picks for a common word left to itself).
      const plan = await explainAnalyze(db, count);
      expect(plan.join("\n")).toMatch(/Bitmap Index Scan/);
      expect(seqScannedTables(plan, ["news_articles", "resources", "events", "newsletters"])).toEqual([]);
      expect(plan.filter((line) => /Index Scan using/.test(line))).toEqual([]);
    }
    // Only the counts run under them.
    expect(queries.filter((q) => q.settings)).toHaveLength(2);
  });
});
