/**
 * The largest file a form may carry (a new resource takes its file on creation). Its own file, with
 * no imports, because next.config.ts reads it to size the server-action body limit.
 */
export const FORM_FILE_MAX_BYTES = 25 * 1024 * 1024;
