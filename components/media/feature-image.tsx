import clsx from "clsx";
import Image from "next/image";

/** A card's width: the whole screen on phones, half on tablets, a third or a quarter of the page beyond. */
export const CARD_IMAGE_SIZES = "(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw";

/** A page header's image: the screen on phones, at most 56rem (the header's reading width) beyond. */
export const HEADER_IMAGE_SIZES = "(min-width: 60rem) 56rem, 100vw";

/**
 * An article's or resource's feature image, cropped to 16:9 and drawn by next/image, so the
 * browser fetches a version resized for the space (the widths `sizes` describes). Nothing without one.
 */
export function FeatureImage({
  src,
  alt,
  sizes,
  preload = false,
  className,
}: {
  src: string;
  alt: string;
  sizes: string;
  /** The page's main image: fetched at once rather than when scrolled to. */
  preload?: boolean;
  className?: string;
}) {
  if (!src) return null;
  return (
    <div className={clsx("relative aspect-video overflow-hidden bg-brand-50", className)}>
      <Image src={src} alt={alt} fill sizes={sizes} preload={preload} className="object-cover" />
    </div>
  );
}
