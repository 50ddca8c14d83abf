// @ts-check
import path from "node:path";
import { fileURLToPath } from "node:url";
import { baseDirectives, cacheServedPages, listRewrites, proxyConditions } from "./lib/security/cache-served.mjs";

// Plain JavaScript, not next.config.ts: Next compiles a TypeScript config with its native SWC
// compiler when the server starts, which maps 90 MB of compiler into every production process
// (26 MB resident, measured: bench/README.md). Typed by the JSDoc below.

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files by URL; bundling it breaks that (see STACK.md).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "nodemailer"],
  poweredByHeader: false,
  // Next hashes every page's whole HTML for an ETag on every response, cached or not: about 1 ms of
  // the ~3.5 ms a cached 54 kB page costs (bench/README.md). A 304 would save a revisit ~10 kB of
  // compressed HTML; not worth a quarter of the server's time on every page. Downloads set their own.
  generateEtags: false,
  // Cached public pages: in memory, never the build's renders, invalidated across processes
  // (lib/cache/handler.mjs). Its own bound replaces Next's in-memory layer.
  cacheHandler: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "lib/cache/handler.mjs"),
  cacheMaxMemorySize: 0,
  // Baseline headers on every response. Content-Security-Policy is set by proxy.ts
  // (lib/security/csp.ts): a nonce on dynamic pages, a fixed policy on cacheable ones; and here for
  // the pages served from the cache without calling the proxy (lib/security/cache-served.mjs), with
  // their script-src from the page cache.
  async headers() {
    return [
      {
        source: cacheServedPages,
        missing: proxyConditions,
        headers: [{ key: "Content-Security-Policy", value: baseDirectives.join("; ") }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          ...(process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https://")
            ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
            : []),
        ],
      },
    ];
  },
  // A list whose filters are in canonical form, when proxy.ts is not called for it: its cached twin.
  async rewrites() {
    return { beforeFiles: listRewrites, afterFiles: [], fallback: [] };
  },
  experimental: {
    // Headers and rewrites match paths case-sensitively, as proxy.ts's matcher does, so the
    // cache-served pages' rules (lib/security/cache-served.mjs) apply to exactly the paths it leaves out.
    caseSensitiveRoutes: true,
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    // Member CSV imports (up to 1 MB, lib/admin/member-csv.ts) go through server actions.
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
