import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { DECORATIVE_TITLE } from "@/lib/markdown";

/**
 * A newsletter as an email: HTML that mail clients render (one centred 600px table, every style
 * inline, no stylesheet, no script, absolute links) and the same words as plain text. Pure: the
 * caller gives the site's address and the person's unsubscribe link.
 */
export interface NewsletterContent {
  slug: string;
  subject: string;
  preheader: string;
  body: string;
}

export interface ComposeContext {
  siteName: string;
  siteUrl: string;
  unsubscribeUrl: string;
}

export interface ComposedEmail {
  subject: string;
  html: string;
  text: string;
}

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const font = "font-family:Arial,Helvetica,sans-serif;";
const inlineStyles: Record<string, string> = {
  p: `${font}font-size:16px;line-height:24px;color:#1f2933;margin:0 0 16px;`,
  h1: `${font}font-size:26px;line-height:32px;color:#12365c;margin:0 0 16px;`,
  h2: `${font}font-size:21px;line-height:28px;color:#12365c;margin:24px 0 12px;`,
  h3: `${font}font-size:18px;line-height:24px;color:#12365c;margin:20px 0 8px;`,
  h4: `${font}font-size:16px;line-height:22px;color:#12365c;margin:16px 0 8px;`,
  a: "color:#1d4ed8;text-decoration:underline;",
  ul: `${font}font-size:16px;line-height:24px;color:#1f2933;margin:0 0 16px;padding-left:24px;`,
  ol: `${font}font-size:16px;line-height:24px;color:#1f2933;margin:0 0 16px;padding-left:24px;`,
  li: "margin:0 0 6px;",
  blockquote: "margin:0 0 16px;padding:0 0 0 16px;border-left:4px solid #cbd5e1;color:#475569;",
  img: "display:block;max-width:100%;height:auto;border:0;",
  table: `${font}border-collapse:collapse;margin:0 0 16px;font-size:15px;`,
  th: "border:1px solid #cbd5e1;padding:6px 8px;text-align:left;",
  td: "border:1px solid #cbd5e1;padding:6px 8px;",
  hr: "border:0;border-top:1px solid #cbd5e1;margin:24px 0;",
  code: "font-family:Consolas,monospace;font-size:14px;",
};

function walk(node: Node, visit: (node: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Site-relative addresses (`/resources/x`, uploaded `/media/…` images) made absolute: a mail client has no site. */
export function absoluteUrl(url: string, siteUrl: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? new URL(url, siteUrl).toString() : url;
}

function forEmail(siteUrl: string) {
  return (tree: Node) =>
    walk(tree, (node) => {
      if (node.type !== "element" || !node.tagName) return;
      const props = (node.properties ??= {});
      if (inlineStyles[node.tagName]) props.style = inlineStyles[node.tagName];
      if (node.tagName === "a" && typeof props.href === "string") props.href = absoluteUrl(props.href, siteUrl);
      if (node.tagName === "img") {
        if (typeof props.src === "string") props.src = absoluteUrl(props.src, siteUrl);
        if (props.title === DECORATIVE_TITLE) {
          delete props.title;
          props.alt = "";
        }
        props.width = 560;
      }
      delete props.id;
    });
}

function bodyHtml(markdown: string, siteUrl: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: false })
      .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "md-" })
      .use(forEmail, siteUrl)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The markdown as plain text: links written out as "words (address)", images as their description. */
export function bodyText(markdown: string, siteUrl: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => (alt ? `[Image: ${alt}]` : ""))
    .replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_m, words: string, url: string) => `${words} (${absoluteUrl(url, siteUrl)})`)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function webUrl(slug: string, siteUrl: string): string {
  return new URL(`/newsletters/${encodeURIComponent(slug)}`, siteUrl).toString();
}

export function composeNewsletter(content: NewsletterContent, context: ComposeContext): ComposedEmail {
  const web = webUrl(content.slug, context.siteUrl);
  const small = `${font}font-size:13px;line-height:20px;color:#475569;margin:0 0 8px;`;
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f1f5f9;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${escapeHtml(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f1f5f9;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:8px;">
<tr><td style="background-color:#12365c;padding:20px 24px;border-radius:8px 8px 0 0;">
<p style="${font}font-size:20px;line-height:26px;font-weight:bold;color:#ffffff;margin:0;">${escapeHtml(context.siteName)}</p>
</td></tr>
<tr><td style="padding:28px 24px 8px;">
<h1 style="${inlineStyles.h1}">${escapeHtml(content.subject)}</h1>
${bodyHtml(content.body, context.siteUrl)}
</td></tr>
<tr><td style="padding:16px 24px 24px;border-top:1px solid #e2e8f0;">
<p style="${small}"><a href="${escapeHtml(web)}" style="${inlineStyles.a}">Read this newsletter on our website</a></p>
<p style="${small}">You receive this because you asked for the ${escapeHtml(context.siteName)} newsletter.</p>
<p style="${small}"><a href="${escapeHtml(context.unsubscribeUrl)}" style="${inlineStyles.a}">Unsubscribe</a> from the newsletter in one click.</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
  const text = [
    content.subject,
    "",
    bodyText(content.body, context.siteUrl),
    "",
    "--",
    `Read this newsletter on our website: ${web}`,
    `You receive this because you asked for the ${context.siteName} newsletter.`,
    `Unsubscribe: ${context.unsubscribeUrl}`,
    "",
  ].join("\n");
  return { subject: content.subject, html, text };
}
