import clsx from "clsx";
import { renderMarkdown } from "@/lib/markdown";

/** Staff-written markdown, rendered and sanitized on the server. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={clsx("prose", className)} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
