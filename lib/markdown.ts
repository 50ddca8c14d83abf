import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/**
 * GitHub's sanitizing schema (no scripts, styles, event handlers or javascript: URLs), minus raw
 * HTML altogether: staff write markdown, and any HTML in it is dropped rather than rendered.
 */
const schema = {
  ...defaultSchema,
  // Heading ids from the default schema get a prefix so they can't clobber page elements.
  clobberPrefix: "md-",
};

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

/** Renders staff-written markdown to sanitized HTML, on the server. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
