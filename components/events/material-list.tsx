import { audienceLabel, type TierLabel, type Visibility } from "@/lib/access";
import { fileKind, formatBytes } from "@/lib/format";

interface Material {
  id: string;
  title: string;
  visibility: Visibility;
  tiers: readonly string[];
  attendees: boolean;
  contentType: string;
  size: number;
}

/** Who may open a material, in words: "Attendees, and Silver and Gold members". */
export function materialAudience(m: Pick<Material, "visibility" | "tiers" | "attendees">, tiers: readonly TierLabel[]): string {
  const gate = audienceLabel({ visibility: m.visibility, tiers: m.tiers }, tiers);
  if (!m.attendees || m.visibility === "public") return gate;
  return m.visibility === "tiers" && m.tiers.length === 0 ? "Attendees" : `Attendees, and ${m.visibility === "members" ? "all members" : gate}`;
}

/** An event's materials: titles and who may open them; the link checks again (lib/access). */
export function MaterialList({ slug, materials, tiers }: { slug: string; materials: readonly Material[]; tiers: readonly TierLabel[] }) {
  return (
    <ul className="mt-4 space-y-3">
      {materials.map((m) => (
        <li key={m.id} className="rounded-lg border border-line bg-paper p-4">
          <a href={`/events/${slug}/materials/${m.id}`} className="font-semibold">
            {m.title}
          </a>
          <span className="block text-sm text-muted">
            {fileKind(m.contentType)}, {formatBytes(m.size)}. For: {materialAudience(m, tiers)}
          </span>
        </li>
      ))}
    </ul>
  );
}
