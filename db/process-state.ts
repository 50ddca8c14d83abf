/**
 * The one place that keeps state for the whole process. Next compiles the proxy, instrumentation
 * and the app into separate bundles, each with its own copy of every module, and the dev server
 * re-evaluates modules on every edit; a module-level variable would then exist several times (two
 * PGlite clients on one data folder corrupt it; a memo cleared in one bundle would stay stale in
 * another). What must be one per process is a named slot here, created on first use.
 *
 * Everything else is passed as arguments or kept in the database.
 */
const slots = ((globalThis as { __portalProcessState?: Map<string, unknown> }).__portalProcessState ??= new Map());

/** The process's one `name` slot, made by `create` the first time any bundle asks for it. */
export function processSlot<T extends object>(name: string, create: () => T): T {
  let slot = slots.get(name) as T | undefined;
  if (!slot) {
    slot = create();
    slots.set(name, slot);
  }
  return slot;
}

/** True the first time it is called with `name` in this process: for hooks installed once. */
export function firstInProcess(name: string): boolean {
  const flag = processSlot(name, () => ({ done: false }));
  if (flag.done) return false;
  flag.done = true;
  return true;
}
