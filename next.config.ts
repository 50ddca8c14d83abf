import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by URL; bundling it breaks that (see STACK.md).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "nodemailer"],
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with a 403.
    authInterrupts: true,
    // Member CSV imports (up to 1 MB, lib/admin/member-csv.ts) go through server actions.
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
