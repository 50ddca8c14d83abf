import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * In a process of its own (it needs --expose-gc), started as the server starts (instrumentation.ts's
 * register) or not: a render-like object aborts a controller from one of its own methods, with an
 * Error as React's renderer does when a render completes, or with no reason as Next does in places
 * (Node then makes a DOMException), and only the signal is kept. Whether the object can then be
 * collected is what the server's heap does under load.
 */
function run(withWorkaround: boolean, how: "error" | "plain" = "error") {
  const instrumentation = path.resolve(import.meta.dirname, "../../instrumentation.ts");
  const script = `
    if (${withWorkaround}) await (await import(${JSON.stringify(instrumentation)})).register();
    class Render {
      payload = new Array(100_000).fill("rendered html");
      controller = new AbortController();
      complete() {
        if (${how === "plain"}) this.controller.abort();
        else this.controller.abort(new Error("This render completed successfully."));
      }
    }
    let render = new Render();
    const signal = render.controller.signal;
    const seen = [];
    // (Reading the stack here would release the frames itself.)
    signal.addEventListener("abort", () => seen.push(signal.reason));
    render.complete();
    const ref = new WeakRef(render);
    render.controller = null;
    render = null;
    await new Promise((resolve) => setImmediate(resolve));
    globalThis.gc();
    console.log(JSON.stringify({
      collected: ref.deref() === undefined,
      stack: signal.reason.stack,
      listenerSawThisReason: seen.length === 1 && seen[0] === signal.reason,
    }));
  `;
  const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
    // As during `next build`: register() then skips the start-up checks and the database.
    env: { ...process.env, NEXT_RUNTIME: "nodejs", NEXT_PHASE: "phase-production-build" },
    timeout: 60_000,
  });
  return JSON.parse(output.trim().split("\n").at(-1)!) as { collected: boolean; stack: string; listenerSawThisReason: boolean };
}

// Each test starts a node process with tsx, which takes well over vitest's 5 s default on a busy machine.
describe("the server process releases abort reasons' stack frames (lib/server/abort-reasons.ts)", { timeout: 60_000 }, () => {
  it("lets a finished render be collected while its aborted signal lives on", () => {
    expect(run(true).collected).toBe(true);
  });

  it("does so for a plain abort() too, whose reason Node makes", () => {
    expect(run(true, "plain").collected).toBe(true);
  });

  it("is needed: without it the abort reason's stack frames keep the render alive", () => {
    expect(run(false).collected).toBe(false);
    expect(run(false, "plain").collected).toBe(false);
  });

  it("changes nothing listeners see: the same reason, with its message and where it was raised", () => {
    const { stack, listenerSawThisReason } = run(true);
    expect(listenerSawThisReason).toBe(true);
    expect(stack).toMatch(/^Error: This render completed successfully\.\n\s+at Render\.complete/);
    const plain = run(true, "plain");
    expect(plain.listenerSawThisReason).toBe(true);
    expect(plain.stack).toMatch(/^AbortError: This operation was aborted\n/);
  });
});
