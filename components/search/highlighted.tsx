import { splitHighlights } from "@/lib/search/snippet";

/** Text from the search with its matches in <mark>; every part is React text, so escaped. */
export function Highlighted({ text }: { text: string }) {
  return splitHighlights(text).map((segment, index) =>
    segment.marked ? (
      <mark key={index} className="rounded-sm bg-accent-100 px-0.5 font-semibold text-ink">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
