/**
 * How the database marks matches in `ts_headline` output: two private-use characters, never
 * present in content, which the page splits on (lib/search/snippet) so nothing is read as HTML.
 */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** Between the passages `ts_headline` picks from one text. */
export const FRAGMENT_DELIMITER = " … ";
