import { site } from "@/lib/site";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * A small self-contained HTML page for route handlers that must answer with a status and words
 * (a download that is refused), styled to match the site without its stylesheet.
 */
export function htmlPage(
  status: number,
  title: string,
  paragraphs: string[],
  links: Array<{ href: string; label: string }>,
): Response {
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} | ${escape(site.name)}</title>
<style>
body{margin:0;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1c1b22;background:#f7f6fa}
header{background:#2a1c54;color:#fff;padding:1rem 1.5rem;font:600 1.25rem Georgia,serif}
header a{color:#fff;text-decoration:none}
main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border:2px solid #d4caee;border-radius:1rem}
h1{font:600 1.75rem/1.2 Georgia,serif;color:#2a1c54;margin:0 0 1rem}
a{color:#4a3290}
.actions a{display:inline-flex;align-items:center;min-height:44px;margin:.5rem .75rem 0 0;padding:0 1.25rem;border-radius:.375rem;background:#4a3290;color:#fff;font-weight:600;text-decoration:none}
.actions a+a{background:#fff;color:#4a3290;box-shadow:inset 0 0 0 1px #d4caee}
:focus-visible{outline:3px solid #e0603f;outline-offset:2px}
</style></head>
<body><header><a href="/">${escape(site.name)}</a></header>
<main id="main"><h1>${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
<p class="actions">${links.map((l) => `<a href="${escape(l.href)}">${escape(l.label)}</a>`).join("")}</p>
</main></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
