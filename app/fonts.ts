import localFont from "next/font/local";

/*
 * The two faces every page uses, through next/font: it preloads their files and gives each a
 * fallback adjusted to its metrics, so text does not move when they arrive. Their latin-ext
 * subsets (Welsh ŵ, ŷ…) still come from @fontsource, named next in app/globals.css.
 */
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter",
  display: "swap",
});

export const sourceSerif = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2", weight: "600" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-source-serif",
  display: "swap",
});
