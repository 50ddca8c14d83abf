/**
 * Works around a memory leak in React's server renderer, as bundled with Next 16.4: every
 * per-request render that completes aborts its cache controller with a new
 * `Error("This render completed successfully. …")`. V8 keeps an Error's stack as the frames
 * themselves until something reads `error.stack`, and a frame holds its `this`; here that is one
 * of Node's `setImmediate` entries, which links to the other entries of its batch, whose
 * async-context stores hold other requests' renders, whose abort reasons hold their frames… Under
 * load the chain never ends: searching at 50 connections, the server's live heap grew by about
 * 70 kB a request, 52 → 128 MB after about 1,100 searches, and never came back (bench/README.md,
 * eighth run). Upstream: react/react#37289 (open), vercel/next.js#84648.
 *
 * Reading `stack` once turns the frames into a string and lets them go: done here for every Error
 * an AbortController is aborted with, before the abort is dispatched. It costs one stack string per
 * abort (about 7 µs on this project's machines, against 10–50 ms of CPU for a page rendered per
 * request); nothing else changes: the same reason, with the same stack text, is what listeners see.
 */
export function releaseAbortReasonFrames(): void {
  const marked = globalThis as unknown as { __portalAbortReasons?: boolean };
  if (marked.__portalAbortReasons) return;
  marked.__portalAbortReasons = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) {
      try {
        void reason.stack;
      } catch {
        // A stack getter of its own that throws: the abort goes ahead as it would have.
      }
    }
    return abort.call(this, reason);
  };
}
