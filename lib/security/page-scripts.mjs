// @ts-check
/**
 * Which inline scripts of a page rendered for the page cache may run there, as CSP hash sources.
 * A cached page cannot carry a nonce, so the policy lists hashes; listing every inline script in the
 * stored HTML would also list one that an HTML-injection bug had put there. So only:
 * - the app's own: those the root layout writes into <head>. Nothing a page renders from content
 *   reaches <head> raw (React escapes titles and meta tags); injected markup lands in <body>.
 * - the framework's, in <body>, by their exact shape: Next's flight bootstrap, its flight data
 *   (`self.__next_f.push(…)`) and Turbopack's chunk list (`…push(…)`), the argument being JSON data,
 *   never code.
 * Script elements of a non-JavaScript type (JSON-LD) never run and need no hash.
 * Plain JavaScript: loaded unbundled by lib/cache/handler.mjs.
 */
import { createHash } from "node:crypto";

const FLIGHT_BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const dataCalls = [/^self\.__next_f\.push\(([\s\S]*)\)$/, /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/];
const JAVASCRIPT_TYPES = /^\s*(|text\/javascript|application\/javascript|module)\s*$/i;

/** @param {string} text */
function isJsonData(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}

/** @param {string} source a <body> script's text */
export function isFrameworkScript(source) {
  if (source === FLIGHT_BOOTSTRAP) return true;
  for (const call of dataCalls) {
    const argument = call.exec(source)?.[1];
    if (argument !== undefined) return isJsonData(argument);
  }
  return false;
}

/** @param {string} html a whole rendered page */
export function emittedScriptHashes(html) {
  const headEnd = html.indexOf("</head>");
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", source = ""] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue; // a file: 'self' decides
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? "";
    if (!JAVASCRIPT_TYPES.test(type)) continue;
    const inHead = headEnd !== -1 && (match.index ?? Infinity) < headEnd;
    if (!inHead && !isFrameworkScript(source)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
