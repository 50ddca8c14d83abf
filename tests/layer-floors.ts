/**
 * The fewest tests each layer of `npm test` may run (scripts/test.ts): a run below a floor fails,
 * naming the layer, so a deleted spec, a filter that matches nothing or a project that silently
 * dropped out cannot pass as green. Raise a floor when tests are added; lower one only in the
 * commit that removes tests on purpose, saying why.
 */
export const floors = {
  unit: 408,
  /** The PostgreSQL test of the operator's commands is skipped only where no PostgreSQL is expected. */
  operations: { withPostgres: 3, withoutPostgres: 2 },
  /** The same files on each database, and on PostgreSQL its own extra file. */
  data: { pglite: 248, postgres: 249 },
  browser: 210,
  /** The PostgreSQL pass on CI, which leaves the @presentation tests to the PGlite pass. */
  browserWithoutPresentation: 199,
  startModes: 22,
  nginx: 7,
  multiprocess: 5,
};
