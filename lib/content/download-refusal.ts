import "server-only";
import { listTiers } from "@/db/queries/taxonomy";
import { displayTier, joinNames, type Decision, type Viewer } from "@/lib/access";
import { htmlPage } from "@/lib/http/html-page";

/** The 403 page for a signed-in account whose membership does not include a download: names the tiers that do. */
export async function refusedDownloadPage(
  resource: { slug: string; title: string },
  decision: Extract<Decision, { allowed: false }>,
  viewer: Viewer | null,
): Promise<Response> {
  const tiers = await listTiers();
  const names = tiers.filter((t) => decision.requiredTiers.includes(t.slug)).map((t) => t.name);
  const yours = viewer ? displayTier(viewer, tiers).name : "Free";
  const expired = decision.reason === "membership-expired";
  return htmlPage(
    403,
    "Your membership does not include this download",
    [
      `“${resource.title}” is for ${names.length ? `${joinNames(names)} members` : "staff"}. Your membership: ${yours}.`,
      expired ? "Your membership has expired. Renew it to download this file again." : "Upgrade your membership to download it.",
    ],
    [
      { href: "/membership", label: expired ? "Renew your membership" : "See membership options" },
      { href: `/resources/${resource.slug}`, label: "Back to the resource" },
    ],
  );
}
