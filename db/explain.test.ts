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
    const counts = queries.filter((q) => /^select count\(\*\)/.test(q.sql));
    // The two kinds are counted side by side, in whichever order their transactions get going.
    expect(counts.map((q) => q.sql.match(/from "(\w+)"/)?.[1]).sort()).toEqual(["news_articles", "resources"]);
    for (const count of counts) {
      expect(count.settings).toEqual({ enable_seqscan: "off", enable_indexscan: "off" });
      // Explained under them: bitmap scans, neither a table read whole nor an index walked in its
      // order (what the planner picks for a common word left to itself).
      const plan = await explainAnalyze(db, count);
      expect(plan.join("\n")).toMatch(/Bitmap Index Scan/);
      expect(seqScannedTables(plan, ["news_articles", "resources"])).toEqual([]);
      expect(plan.filter((line) => /Index Scan using/.test(line))).toEqual([]);
    }
    // Only the counts run under them.
    expect(queries.filter((q) => q.settings)).toHaveLength(2);
  });
});
