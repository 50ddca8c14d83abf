import { firstInProcess } from "@/db/process-state";
/**
 * Works around a memory leak in React's server renderer, as bundled with Next 16.4: every
 * per-request render that completes aborts its cache controller with a new
 * `Error("This render completed successfully. …")`. V8 keeps an Error's stack as the frames
 * themselves until something reads `error.stack`, and a frame holds its `this`; here that is one
 * of Node's `setImmediate` entries, which links to the other entries of its batch, whose
 * async-context stores hold other requests' renders, whose abort reasons hold their frames… Under
 * load the chain never ends: the server's live heap grows with every per-request render and never
 * comes back. Upstream: react/react#37289 (open), vercel/next.js#84648.
 *
 * Reading `stack` once turns the frames into a string and lets them go: done here, after every
 * `AbortController#abort`, for the signal's reason when it is an Error, whether the caller passed
 * it or Node made one (a plain `abort()` gets a DOMException, which records the caller's frames
 * too, and Next calls it so). Listeners see the same reason with the same stack text. It costs one
 * short stack string per abort, small beside the render that aborts (more with
 * `--enable-source-maps`, or an error reporter that maps stacks as they are made; the app uses
 * neither).
 */
export function releaseAbortReasonFrames(): void {
  if (!firstInProcess("abort-reason-frames")) return;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
    try {
      return abort.call(this, reason);
    } finally {
      formatStack(() => this.signal.reason);
    }
  };
}

/** Reads an Error's stack, so V8 formats it; anything that throws on the way is left as it was. */
function formatStack(reason: () => unknown): void {
  try {
    const error = reason();
    if (error instanceof Error) void error.stack;
  } catch {
    // Not an AbortController, a Proxy that refuses, a stack getter that throws: nothing to release.
  }
}
