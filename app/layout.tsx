import type { Metadata, Viewport } from "next";
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
import { inter, sourceSerif } from "./fonts";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { preferencesActions } from "@/app/(public)/preferences/preferences-actions";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import { env } from "@/lib/env";
import { defaultShareImage, feedAlternates } from "@/lib/metadata";
import { preferencesScript } from "@/lib/preferences";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
  // Inherited by pages that set no alternates of their own; pageMetadata() repeats them.
  alternates: { types: feedAlternates },
  // public/: the favicon (sized so browsers that read SVG take the SVG), app icons, manifest.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icons/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/icons/apple-touch-icon.png", sizes: "180x180" },
  },
  manifest: "/manifest.webmanifest",
  openGraph: {
    siteName: site.name,
    locale: "en_GB",
    type: "website",
    title: site.name,
    description: site.description,
    images: [{ url: defaultShareImage.path, width: 1200, height: 630, alt: defaultShareImage.alt }],
  },
  twitter: {
    card: "summary_large_image",
    title: site.name,
    description: site.description,
    images: [{ url: defaultShareImage.path, alt: defaultShareImage.alt }],
  },
};

// The manifest's theme colour (brand-700, the logo's tile).
export const viewport: Viewport = { themeColor: "#4a3290" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets reading-preference attributes on <html> before first paint.
    <html lang="en-GB" className={`${inter.variable} ${sourceSerif.variable}`} suppressHydrationWarning>
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
