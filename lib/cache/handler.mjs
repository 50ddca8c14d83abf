// @ts-check
/**
 * Next's route cache (ISR pages, route handlers, fetch cache) for this site, in place of the
 * default file-system cache, because it must:
 *
 * 1. Never serve build output. `next build` prerenders the public pages against an empty database;
 *    this cache starts empty, so each page is rendered from the real database on first request.
 * 2. Invalidate in every app process. With PostgreSQL (`DATABASE_URL`) a staff write's revalidation
 *    is also sent as a NOTIFY on `portal_cache`, and every process LISTENs and drops the same
 *    entries. A process that loses its listening connection clears its whole cache on reconnecting,
 *    as it may have missed some. The embedded database is single-process and needs no channel.
 * 3. Stop serving an entry when the next scheduled item goes live, so it appears on time unaided.
 * 4. Give cached pages a strict script policy. Next puts a nonce on inline scripts only when it
 *    renders for one request, which a cached page cannot carry; so a page rendered for the cache
 *    gets its own Content-Security-Policy header allowing same-origin files and, by hash, the inline
 *    scripts the framework and the app wrote in it (no other), sent with that render and every
 *    cached copy. The proxy's policy for these pages has every other directive and leaves scripts
 *    to this one.
 *
 * Entries live in memory, least recently used first out, bounded by PAGE_CACHE_MAX_MB (default 64).
 * PAGE_CACHE_OFF=1 keeps nothing: for measuring renders, never for serving.
 * Loaded by Next at runtime, unbundled: plain JavaScript, no `@/` imports.
 */
import postgres from "postgres";
import { emittedScriptHashes } from "../security/page-scripts.mjs";

const CHANNEL = "portal_cache";
const building = process.env.NEXT_PHASE === "phase-production-build";
const maxBytes = Math.max(1, Number(process.env.PAGE_CACHE_MAX_MB) || 64) * 1024 * 1024;
/**
 * An invalidation also drops entries stored up to this long after it: a render that read the
 * database just before the change committed, and finished just after, is not kept.
 */
const GRACE_MS = 1000;
const debug = process.env.PAGE_CACHE_DEBUG === "1";
const off = process.env.PAGE_CACHE_OFF === "1";
/**
 * A gated item's open page, and a signed-in audience's search page, live under a grant valid for
 * ten-minute windows (GRANT_WINDOW_MS in lib/serving/open-grant.ts; a test checks they agree). Such
 * an entry is served no later than the end of the window it was stored in: the proxy names a new
 * path after that, and a copy must never outlive the grant in its path, even for a request that
 * bypassed the proxy.
 */
const OPEN_PAGE_WINDOW_MS = 10 * 60 * 1000;
const grantedKey = /\/internal\/(?:gated\/[^/]+\/[^/]+\/open\/|search\/(?!public\/))/;
/** Any text makes a new search page: they share at most this part of the cache, so they cannot push the site's pages out. */
const searchKey = /\/internal\/search\//;
const maxSearchBytes = maxBytes / 4;

/**
 * @typedef {{ value: any; lastModified: number; tags: string[]; cacheControl: unknown; size: number;
 *   expiresAt: number | null; search: boolean }} Entry
 */

/**
 * When the next scheduled article or resource goes live, as the page being stored saw it while
 * rendering (lib/cache/schedule.ts): the entry is not served after that moment.
 */
function nextPublicationAt() {
  const at = /** @type {{ __portalNextPublicationAt?: number | null }} */ (globalThis).__portalNextPublicationAt;
  return typeof at === "number" && at > Date.now() ? at : null;
}

/** @type {Map<string, Entry>} insertion order is recency order */
const entries = new Map();
let totalBytes = 0;
let searchBytes = 0;
/** @type {Map<string, number>} tag -> entries stored before this time are invalid */
const invalidatedUntil = new Map();

/** @type {import("postgres").Sql | undefined} */
let channel;
let listening = false;
/** @type {Promise<unknown>} settles once the channel listens (or could not) */
let listeningReady = Promise.resolve();

function log(level, message, extra = {}) {
  // One JSON line, like the app's pino logs.
  console[level === "error" ? "error" : "log"](JSON.stringify({ level, time: Date.now(), msg: message, ...extra }));
}

function listen() {
  if (listening || building || !process.env.DATABASE_URL) return;
  listening = true;
  channel = postgres(process.env.DATABASE_URL, { max: 1, idle_timeout: 60, connect_timeout: 10, onnotice: () => {} });
  listeningReady = channel
    .listen(
      CHANNEL,
      (payload) => {
        try {
          const tags = JSON.parse(payload);
          if (Array.isArray(tags)) invalidate(tags.map(String));
        } catch {
          log("warn", "ignored a malformed cache invalidation", { payload: payload.slice(0, 200) });
        }
      },
      () => {
        // (Re)connected: anything may have changed while we were not listening.
        clear();
      },
    )
    .catch((error) => {
      // postgres.js keeps retrying the listening connection; pages are still served meanwhile.
      log("error", "cache invalidation channel unavailable", { err: String(error) });
    });
}

function clear() {
  entries.clear();
  totalBytes = 0;
  searchBytes = 0;
}

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.size;
  if (entry.search) searchBytes -= entry.size;
}

/** @param {string[]} tags */
function invalidate(tags) {
  const until = Date.now() + GRACE_MS;
  for (const tag of tags) invalidatedUntil.set(tag, Math.max(invalidatedUntil.get(tag) ?? 0, until));
  for (const [key, entry] of entries) {
    if (entry.tags.some((tag) => tags.includes(tag))) remove(key);
  }
}

/** Approximate bytes an entry holds. */
function sizeOf(value) {
  if (!value) return 64;
  let size = 256;
  const add = (part) => {
    if (typeof part === "string") size += part.length * 2;
    else if (part && typeof part.byteLength === "number") size += part.byteLength;
  };
  add(value.html);
  add(value.rscData);
  add(value.body);
  add(value.pageData && JSON.stringify(value.pageData));
  add(value.data && JSON.stringify(value.data));
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) add(segment);
  return size;
}

/**
 * Gives a rendered page a policy allowing the inline scripts the framework and the app wrote in it
 * (see 4. above, and lib/security/page-scripts.mjs), in place:
 * Next sends the render that fills the cache from this same value once set() returns, so that
 * first response carries the policy too, not only the copies served from the cache.
 */
function addScriptPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || !value.html.includes("<html")) return;
  const policy = ["script-src 'self'", ...emittedScriptHashes(value.html)].join(" ") + "; script-src-attr 'none'";
  value.headers = { ...value.headers, "content-security-policy": policy };
}

/** Tags an entry answers to: a page's own (Next lists them in a header) or a fetch's. */
function tagsOf(value, ctx) {
  const header = value?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  const fromContext = Array.isArray(ctx?.tags) ? ctx.tags : [];
  return [...new Set([...fromHeader, ...fromContext].filter(Boolean))];
}

export default class CacheHandler {
  constructor() {
    listen();
  }

  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    const expired = entry.expiresAt !== null && Date.now() >= entry.expiresAt;
    if (expired || tags.some((tag) => (invalidatedUntil.get(tag) ?? 0) > entry.lastModified)) {
      remove(key);
      return null;
    }
    entries.delete(key);
    entries.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    // Build-time renders read an empty database: never keep them.
    if (building) return;
    addScriptPolicy(value);
    if (off) return;
    remove(key);
    // Only complete answers: a 404 or a redirect for a made-up address must not push real pages out.
    if (!value || (typeof value.status === "number" && value.status !== 200)) return;
    /** @type {Entry} */
    const entry = {
      value,
      lastModified: Date.now(),
      tags: tagsOf(value, ctx),
      cacheControl: ctx?.cacheControl,
      size: sizeOf(value),
      search: searchKey.test(key),
      expiresAt: grantedKey.test(key)
        ? Math.min(nextPublicationAt() ?? Infinity, (Math.floor(Date.now() / OPEN_PAGE_WINDOW_MS) + 1) * OPEN_PAGE_WINDOW_MS)
        : nextPublicationAt(),
    };
    if (entry.size > maxBytes / 4) return;
    if (entry.tags.some((tag) => (invalidatedUntil.get(tag) ?? 0) > entry.lastModified)) return;
    if (debug) log("debug", "page cache set", { key, tags: entry.tags, expiresAt: entry.expiresAt, kind: value.kind, html: typeof value.html, csp: entry.value.headers?.["content-security-policy"]?.slice(0, 80) });
    entries.set(key, entry);
    totalBytes += entry.size;
    if (entry.search) searchBytes += entry.size;
    for (const [oldest, { search }] of entries) {
      if (totalBytes <= maxBytes && searchBytes <= maxSearchBytes) break;
      if (totalBytes > maxBytes || search) remove(oldest);
    }
  }

  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter((tag) => typeof tag === "string" && tag);
    if (list.length === 0) return;
    if (debug) log("debug", "page cache invalidate", { tags: list });
    invalidate(list);
    if (!channel) return;
    try {
      // NOTIFY payloads are limited to 8000 bytes; send in slices.
      for (let start = 0; start < list.length; start += 50) {
        await channel.notify(CHANNEL, JSON.stringify(list.slice(start, start + 50)));
      }
    } catch (error) {
      log("error", "could not tell other processes about a cache invalidation", { err: String(error), tags: list });
    }
  }

  resetRequestCache() {}

  /** Settles once this process listens for other processes' invalidations (for tests and health). */
  static ready() {
    return listeningReady;
  }
}
