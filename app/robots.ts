import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/metadata";

// Per request, so the sitemap address uses the running server's SITE_URL.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/api/", "/search"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
