/**
 * Draws the site's icons and default share image into public/ from the logo
 * (components/layout/logo.tsx) and lib/site.ts, with the renderer Next already ships (next/og):
 * no image tools to install. Run after changing the mark, the brand colours or the tagline:
 *   npx tsx scripts/make-public-assets.tsx
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";
import { ImageResponse } from "next/og";
import { site } from "../lib/site";

// The brand, as in app/globals.css.
const brand = { 200: "#d4caee", 700: "#4a3290", 900: "#2a1c54", coral: "#f5a48f" } as const;

const publicDir = path.join(process.cwd(), "public");
const font = (pkg: string, file: string) => readFileSync(path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", file));

/**
 * The mark: two overlapping rings on a violet square. `rounded` keeps the logo's corners (icons a
 * browser shows as they are); a square fills the tile (iOS and Android mask it themselves).
 * `scale` sizes the rings: smaller inside a masked icon's safe zone, larger and heavier in a tiny favicon.
 */
function markSvg({ size, rounded, scale = 1, stroke = 3 }: { size: number; rounded: boolean; scale?: number; stroke?: number }) {
  const c = (v: number) => 20 + (v - 20) * scale;
  return (
    <svg width={size} height={size} viewBox="0 0 40 40">
      <rect width="40" height="40" rx={rounded ? 10 : 0} fill={brand[700]} />
      <circle cx={c(15.5)} cy="20" r={8 * scale} fill="none" stroke="#fff" strokeWidth={stroke * scale} />
      <circle cx={c(24.5)} cy="20" r={8 * scale} fill="none" stroke={brand.coral} strokeWidth={stroke * scale} />
    </svg>
  );
}

async function png(element: ReactElement, width: number, height: number, fonts?: NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]) {
  const response = new ImageResponse(element, { width, height, fonts });
  return Buffer.from(await response.arrayBuffer());
}

const tile = (size: number, options: Parameters<typeof markSvg>[0]) =>
  png(<div style={{ display: "flex", width: "100%", height: "100%" }}>{markSvg(options)}</div>, size, size);

/** An .ico holding PNG images (read by every current browser and by Windows since Vista). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

function shareImage() {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: brand[900],
        color: "#ffffff",
        fontFamily: "Atkinson Hyperlegible",
        position: "relative",
      }}
    >
      {/* The rings again, large and faint, bleeding off the right edge. */}
      <svg width="560" height="560" viewBox="0 0 40 40" style={{ position: "absolute", right: -190, top: 60, opacity: 0.16 }}>
        <circle cx="15.5" cy="20" r="8" fill="none" stroke="#fff" strokeWidth="1.4" />
        <circle cx="24.5" cy="20" r="8" fill="none" stroke={brand.coral} strokeWidth="1.4" />
      </svg>
      <div style={{ display: "flex", alignItems: "center", gap: 28 }}>
        {markSvg({ size: 104, rounded: true })}
        <span style={{ fontFamily: "Source Serif 4", fontSize: 76, fontWeight: 700, letterSpacing: -1 }}>{site.name}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 28, maxWidth: 820 }}>
        <div style={{ display: "flex", width: 96, height: 8, borderRadius: 4, background: brand.coral }} />
        <div style={{ display: "flex", fontSize: 44, lineHeight: 1.3, color: "#ffffff" }}>{site.tagline}</div>
      </div>
      <div style={{ display: "flex", fontSize: 28, color: brand[200] }}>News · Resources · Membership</div>
    </div>
  );
}

mkdirSync(path.join(publicDir, "icons"), { recursive: true });

const favicons = await Promise.all(
  [
    { size: 16, scale: 1.12, stroke: 4 },
    { size: 32, scale: 1.05, stroke: 3.5 },
    { size: 48, scale: 1, stroke: 3.25 },
  ].map(async (options) => ({ size: options.size, data: await tile(options.size, { ...options, rounded: true }) })),
);
writeFileSync(path.join(publicDir, "favicon.ico"), ico(favicons));
writeFileSync(path.join(publicDir, "icons", "icon-192.png"), await tile(192, { size: 192, rounded: true }));
writeFileSync(path.join(publicDir, "icons", "icon-512.png"), await tile(512, { size: 512, rounded: true }));
writeFileSync(path.join(publicDir, "icons", "icon-maskable-512.png"), await tile(512, { size: 512, rounded: false, scale: 0.9 }));
writeFileSync(path.join(publicDir, "icons", "apple-touch-icon.png"), await tile(180, { size: 180, rounded: false }));
writeFileSync(
  path.join(publicDir, "share-image.png"),
  await png(shareImage(), 1200, 630, [
    { name: "Source Serif 4", data: font("source-serif-4", "source-serif-4-latin-700-normal.woff"), weight: 700, style: "normal" },
    { name: "Atkinson Hyperlegible", data: font("atkinson-hyperlegible", "atkinson-hyperlegible-latin-400-normal.woff"), weight: 400, style: "normal" },
  ]),
);
console.log("public/: favicon.ico, icons/*.png, share-image.png written");
