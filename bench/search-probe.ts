import { performance } from "node:perf_hooks";
import { db } from "@/db";
import { searchContent } from "@/db/queries/search";
import { describeHits } from "@/db/queries/search/hits";
import { openScope } from "@/lib/access";
import { toSearchTerms } from "@/lib/search/query";
import { runSearch } from "@/lib/search/run";
import { sql } from "drizzle-orm";

const scope = openScope(null);
async function time(label: string, fn: () => Promise<unknown>, n = 30) {
  for (let i = 0; i < 3; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(50), "p50", t[Math.floor(n / 2)]!.toFixed(2), "p90", t[Math.floor(n * 0.9)]!.toFixed(2));
}
for (const q of ["inclusion", "dyscalculia", '"graduated approach"', "support"]) {
  await time(`searchContent ${q}`, () => searchContent({ terms: toSearchTerms(q), filters: {}, sort: "relevance", page: 1, scope }));
  await time(`runSearch ${q}`, () => runSearch({ text: q, filters: {}, sort: "relevance", page: 1, scope }));
}
const rows = await db.execute(sql`select 1`);
void rows;
process.exit(0);
