import clsx from "clsx";
import type { Visibility } from "@/lib/access";

/**
 * Who may open a resource, as text ("Silver and Gold members") with an icon; the colour only
 * repeats what the words say.
 */
export function AudienceBadge({
  label,
  visibility,
  tiers,
  className,
}: {
  label: string;
  visibility: Visibility;
  tiers: readonly string[];
  className?: string;
}) {
  const tone =
    visibility === "public"
      ? "bg-emerald-50 text-emerald-900 ring-emerald-200"
      : visibility === "members"
        ? "bg-brand-50 text-brand-800 ring-brand-200"
        : tiers.includes("silver")
          ? "bg-silver-100 text-silver-800 ring-slate-300"
          : "bg-gold-100 text-gold-800 ring-amber-300";
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ring-inset",
        tone,
        className,
      )}
    >
      {visibility === "public" ? (
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
          <path d="M10 2a5 5 0 0 0-5 5v1H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1H7V7a3 3 0 0 1 5.8-1.1 1 1 0 1 0 1.9-.6A5 5 0 0 0 10 2Z" />
        </svg>
      ) : (
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5 fill-current">
          <path d="M10 2a5 5 0 0 0-5 5v1H4a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1h-1V7a5 5 0 0 0-5-5Zm-3 6V7a3 3 0 1 1 6 0v1H7Z" />
        </svg>
      )}
      <span>
        <span className="sr-only">Access: </span>
        {label}
      </span>
    </span>
  );
}
