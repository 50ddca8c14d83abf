import path from "node:path";
import type { NextConfig } from "next";
import { FORM_FILE_MAX_BYTES } from "./lib/uploads/limits";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by URL; bundling it breaks that. The others are native or
  // load files at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "nodemailer"],
  poweredByHeader: false,
  // Next's optimizer makes the resized versions of uploaded images (lib/uploads), and of nothing
  // else: no other local path and no other site. Their sources never change, so neither do these.
  images: {
    localPatterns: [{ pathname: "/media/**", search: "" }],
    remotePatterns: [],
    formats: ["image/webp"],
  },
  // Next hashes every page's whole HTML for an ETag on every response, cached or not; a 304 saves
  // little on a cached page. Downloads set their own.
  generateEtags: false,
  // Cached pages: in memory, never the build's renders, invalidated across processes (correctness,
  // not speed: see lib/cache/handler.mjs). Its own bound replaces Next's in-memory layer.
  cacheHandler: path.resolve(import.meta.dirname, "lib/cache/handler.mjs"),
  cacheMaxMemorySize: 0,
  // proxy.ts rewrites to the server's own address as it was started (e.g. `-H 127.0.0.1`), not the
  // normalised `localhost` that Next would then treat as another origin and fetch over HTTP.
  skipProxyUrlNormalize: true,
  // Baseline headers on every response; Content-Security-Policy comes from proxy.ts.
  async headers() {
    return [
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
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    // Server actions carry member CSV imports (up to 1 MB) and a new resource's file, with its form.
    serverActions: { bodySizeLimit: FORM_FILE_MAX_BYTES + 1024 * 1024 },
  },
};

export default nextConfig;
