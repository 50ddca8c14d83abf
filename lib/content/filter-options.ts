import { FREE_TIER, type TierLabel } from "@/lib/access";

/** The "Who can open it" filter of the library and the search: everyone, members, each paid tier. */
export function accessFilterOptions(tiers: readonly TierLabel[]): { value: string; label: string }[] {
  return [
    { value: "public", label: "Open to everyone" },
    { value: "members", label: "All members" },
    ...tiers.filter((t) => t.slug !== FREE_TIER).map((t) => ({ value: t.slug, label: `${t.name} members` })),
  ];
}
