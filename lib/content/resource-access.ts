import "server-only";
import { getLiveResourceTeaser, getResourceBody, type ResourceTeaser } from "@/db/queries/resources";
import { canOpen, type Decision } from "@/lib/access";
import { getViewer, type SignedInViewer } from "@/lib/auth/viewer";
import { isGrantedOpen, looksLikeGrant } from "@/lib/serving/open-grant";

export interface ResourceView {
  resource: ResourceTeaser;
  viewer: SignedInViewer | null;
  decision: Decision;
  /** The gated body: present only when `lib/access` allowed this viewer. */
  body: string | null;
}

/**
 * A live resource as this request's viewer may see it (or as a signed-out visitor does, with
 * `viewer: null`, for the cached page). The body is not even read unless allowed.
 */
export async function viewResource(
  slug: string,
  options: { withBody?: boolean; viewer?: null } = {},
): Promise<ResourceView | null> {
  const withBody = options.withBody ?? true;
  const [resource, viewer] = await Promise.all([
    getLiveResourceTeaser(slug),
    options.viewer === null ? null : getViewer(),
  ]);
  if (!resource) return null;
  const decision = canOpen(viewer, { visibility: resource.visibility, tiers: resource.tiers });
  const body = decision.allowed && withBody ? await getResourceBody(resource.id) : null;
  return { resource, viewer, decision, body };
}

/**
 * A live resource as every viewer allowed to open it sees it, for the cached open page: only under
 * a grant proxy.ts made after `lib/access` allowed that request's viewer, for this resource with
 * the gate it has now. Without one that verifies, the body is never read.
 */
export async function viewGrantedResource(slug: string, grant: string): Promise<ResourceView | null> {
  if (!looksLikeGrant(grant)) return null;
  const resource = await getLiveResourceTeaser(slug);
  if (!resource || !isGrantedOpen("resource", resource, grant)) return null;
  return { resource, viewer: null, decision: { allowed: true }, body: await getResourceBody(resource.id) };
}
