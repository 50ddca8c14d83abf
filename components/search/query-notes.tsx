import { Link } from "@/components/ui/link";
import type { SpellingSuggestion } from "@/lib/search/spelling";
import type { Expansion } from "@/lib/search/vocabulary";

const list = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** The suggestion with its corrected words in bold. */
function Suggested({ suggestion }: { suggestion: SpellingSuggestion }) {
  const corrected = new Set(suggestion.corrected);
  return suggestion.text.split(" ").map((word, index) => (
    <span key={index}>
      {index > 0 && " "}
      {corrected.has(word.replace(/^[-"]+|"+$/g, "").toLowerCase()) ? <strong>{word}</strong> : word}
    </span>
  ));
}

/**
 * What the search did with the words typed: "Did you mean" with a spelling suggestion, and the
 * other forms of SEND terms it searched for as well (with a way to search for the words alone).
 */
export function QueryNotes({
  typed,
  expansions,
  suggestion,
  showingSuggestion,
  hrefFor,
}: {
  typed: string;
  expansions: Expansion[];
  suggestion: SpellingSuggestion | null;
  showingSuggestion: boolean;
  hrefFor: (q: string) => string;
}) {
  if (!suggestion && expansions.length === 0) return null;
  // The words the results are for (a vocabulary term in quotes is searched as typed).
  const searched = showingSuggestion && suggestion ? suggestion.text : typed;
  return (
    <div className="mt-3 max-w-3xl space-y-2 text-ink" data-testid="query-notes">
      {suggestion && (
        <p className="text-lg">
          Did you mean:{" "}
          <Link href={hrefFor(suggestion.text)} className="font-medium">
            <Suggested suggestion={suggestion} />
          </Link>
          ?
          {showingSuggestion && (
            <span className="block text-base text-muted">
              Nothing was found for “{typed}”, so these are the results for the suggestion.
            </span>
          )}
        </p>
      )}
      {expansions.map((e) => (
        <p key={e.typed} className="text-muted">
          {e.negated ? "Also left out " : "Also searched for "}
          {list(e.also.map((a) => `“${a}”`))}, which {e.also.length === 1 ? "means" : "mean"} the same as “{e.typed}”.{" "}
          <Link href={hrefFor(searched.replace(e.typed, `"${e.typed}"`))}>Search only for “{e.typed}”</Link>
        </p>
      ))}
    </div>
  );
}
