import { getImageProps } from "next/image";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { parseMediaPath } from "@/lib/uploads/media-path";

/**
 * GitHub's sanitizing schema (no scripts, styles, event handlers or javascript: URLs), minus raw
 * HTML altogether: staff write markdown, and any HTML in it is dropped rather than rendered.
 */
const schema = {
  ...defaultSchema,
  // Heading ids from the default schema get a prefix so they can't clobber page elements.
  clobberPrefix: "md-",
};

/** The title that marks an image as decorative: `![](photo.jpg "decorative")`. */
export const DECORATIVE_TITLE = "decorative";

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  alt?: string | null;
  url?: string;
  title?: string | null;
  identifier?: string;
  children?: Node[];
}

function walk(node: Node, visit: (node: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** A decorative image gets an empty alt (screen readers skip it) and no tooltip. */
function decorativeImages() {
  return (tree: Node) =>
    walk(tree, (node) => {
      if (node.type === "element" && node.tagName === "img" && node.properties?.title === DECORATIVE_TITLE) {
        delete node.properties.title;
        node.properties.alt = "";
      }
    });
}

/** How wide a body image is drawn: the reading column (about 44rem) on wide screens, the screen on narrow ones. */
const BODY_IMAGE_SIZES = "(min-width: 48rem) 44rem, 100vw";

/**
 * Uploaded images get resized versions from Next's image optimizer (a srcset the browser picks
 * from) and load lazily; any other address is left as written.
 */
function responsiveImages() {
  return (tree: Node) =>
    walk(tree, (node) => {
      const src = node.type === "element" && node.tagName === "img" ? node.properties?.src : undefined;
      if (typeof src !== "string" || !parseMediaPath(src)) return;
      const { props } = getImageProps({ src, alt: "", fill: true, sizes: BODY_IMAGE_SIZES });
      Object.assign(node.properties!, { src: props.src, srcSet: props.srcSet, sizes: props.sizes, loading: "lazy", decoding: "async" });
    });
}

const parser = unified().use(remarkParse).use(remarkGfm);

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(decorativeImages)
  .use(responsiveImages)
  .use(rehypeStringify);

/**
 * A renderer that remembers recent renders, most recently used last, keyed by the markdown itself
 * and bounded by `maxChars` of sources plus HTML. Rendering is a pure function of the source, so an
 * edited body is simply a new key; pages rendered per request (a gated resource for a member)
 * would otherwise parse the same body on every request.
 */
export function memoizedRenderer(maxChars: number) {
  const rendered = new Map<string, string>();
  let chars = 0;
  const render = (markdown: string): string => {
    const hit = rendered.get(markdown);
    if (hit !== undefined) {
      rendered.delete(markdown);
      rendered.set(markdown, hit);
      return hit;
    }
    const html = String(processor.processSync(markdown));
    const size = markdown.length + html.length;
    if (size > maxChars / 8) return html;
    rendered.set(markdown, html);
    chars += size;
    for (const [source, output] of rendered) {
      if (chars <= maxChars) break;
      rendered.delete(source);
      chars -= source.length + output.length;
    }
    return html;
  };
  return Object.assign(render, { heldChars: () => chars });
}

/** Renders staff-written markdown to sanitized HTML, on the server (about 8 MB of recent renders kept). */
export const renderMarkdown = memoizedRenderer(4_000_000);

/**
 * The addresses of images with no alt text that are not marked decorative: each needs a
 * description (`![A pupil reading](photo.jpg)`) or the decorative mark.
 */
export function imagesWithoutAlt(markdown: string): string[] {
  const missing: string[] = [];
  walk(parser.parse(markdown) as Node, (node) => {
    if ((node.type === "image" || node.type === "imageReference") && !node.alt?.trim() && node.title !== DECORATIVE_TITLE) {
      missing.push(node.url ?? "an image");
    }
  });
  return missing;
}

/** What staff are told about images without alt text, or null when every image has it. */
export function missingAltMessage(markdown: string): string | null {
  const missing = imagesWithoutAlt(markdown);
  if (!missing.length) return null;
  const which = missing.length === 1 ? `The image ${missing[0]} has` : `${missing.length} images (${missing.join(", ")}) have`;
  return `${which} no alt text. Describe each image between the square brackets, like ![A teacher reading with a pupil](photo.jpg), or, if it is only decoration, mark it: ![](photo.jpg "decorative").`;
}

/**
 * Images are served from this site only (the script policy blocks others): does this address name
 * another host? A web scheme, any `scheme://`, or two slashes either way round (browsers read those
 * as a host). Other schemes (data:, javascript:) name no site; the sanitizer drops them.
 */
function isExternal(url: string): boolean {
  return /^(https?|ftp):/i.test(url) || /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[\\/]{2}/.test(url);
}

/** The addresses of images on other sites (`![…](https://…)`, or a reference defined as one). */
export function externalImages(markdown: string): string[] {
  const tree = parser.parse(markdown) as Node;
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    if (node.type === "definition" && node.identifier) definitions.set(node.identifier, node.url ?? "");
  });
  const external: string[] = [];
  walk(tree, (node) => {
    const url = node.type === "image" ? node.url : node.type === "imageReference" ? definitions.get(node.identifier ?? "") : undefined;
    if (url !== undefined && isExternal(url.trim())) external.push(url.trim());
  });
  return external;
}

/** What staff are told about images linked from other sites, or null when there are none. */
export function externalImageMessage(markdown: string): string | null {
  const external = externalImages(markdown);
  if (!external.length) return null;
  const which = external.length === 1 ? `The image ${external[0]} is` : `${external.length} images (${external.join(", ")}) are`;
  return `${which} on another site, so visitors would see a broken image: images must come from this site. Upload the image instead, with “Insert image”, and remove the link.`;
}
