import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@fontsource-variable/inter";
import "@fontsource/source-serif-4/600.css";
import "@fontsource/source-serif-4/700.css";
// Reading-preference fonts: declared here, downloaded only by those who choose them.
import "@fontsource/atkinson-hyperlegible/400.css";
import "@fontsource/atkinson-hyperlegible/700.css";
import "@fontsource/opendyslexic/400.css";
import "@fontsource/opendyslexic/700.css";
import "./globals.css";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { preferencesActions } from "@/app/(public)/preferences/preferences-actions";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/metadata";
import { preferencesScript } from "@/lib/preferences";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  // Inherited by pages that set no alternates of their own; pageMetadata() repeats them.
  alternates: { types: feedAlternates },
  openGraph: { siteName: site.name, locale: "en_GB", type: "website", title: site.name, description: site.description },
  twitter: { card: "summary", title: site.name, description: site.description },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets reading-preference attributes on <html> before first paint.
    <html lang="en-GB" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: preferencesScript }} />
      </head>
      <body className="flex min-h-screen flex-col antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-brand-900 px-4 py-3 font-semibold text-white focus:not-sr-only focus:absolute focus:left-4 focus:top-4"
        >
          Skip to main content
        </a>
        <SiteHeader actions={{ signOut: signOutAction, preferences: preferencesActions }} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
