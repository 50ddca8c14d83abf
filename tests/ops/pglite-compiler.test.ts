import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";

/**
 * db/index.ts runs PGlite's WebAssembly on V8's baseline compiler alone (--liftoff-only), compiled
 * function by function on first call. Under that flag a function the baseline compiler cannot take
 * aborts the process, which in the server would be in the middle of a request. Here every function
 * of PGlite and of the extension it loads is compiled up front under the same flag, in a process of
 * its own: a PGlite or Node version that brings such a function fails this test instead.
 */
it("every function of PGlite's WebAssembly compiles with V8's baseline compiler alone", () => {
  // Compiling everything up front happens off the event loop, and on Node 24 nothing then keeps the
  // process alive while it waits (it exits with an unsettled await): the interval holds it open.
  const script = `
    const keepAlive = setInterval(() => {}, 1000);
    import { PGlite } from "@electric-sql/pglite";
    import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
    const db = new PGlite({ extensions: { pg_trgm } });
    await db.exec("create extension pg_trgm");
    const { rows } = await db.query("select similarity('inclusion', 'inclusive') > 0 as similar");
    console.log(JSON.stringify(rows));
    await db.close();
    clearInterval(keepAlive);
  `;
  const output = execFileSync(process.execPath, ["--liftoff-only", "--no-wasm-lazy-compilation", "--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(JSON.parse(output.trim())).toEqual([{ similar: true }]);
});
