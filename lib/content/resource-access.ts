import "server-only";
import { getLiveResourceTeaser, getResourceBody, type ResourceTeaser } from "@/db/queries/resources";
import { canOpen, type Decision } from "@/lib/access";
import { getViewer, type SignedInViewer } from "@/lib/auth/viewer";

export interface ResourceView {
  resource: ResourceTeaser;
  viewer: SignedInViewer | null;
  decision: Decision;
  /** The gated body: present only when `lib/access` allowed this viewer. */
  body: string | null;
}

/** A live resource as this request's viewer may see it. The body is not even read unless allowed. */
export async function viewResource(slug: string, { withBody = true } = {}): Promise<ResourceView | null> {
  const [resource, viewer] = await Promise.all([getLiveResourceTeaser(slug), getViewer()]);
  if (!resource) return null;
  const decision = canOpen(viewer, { visibility: resource.visibility, tiers: resource.tiers });
  const body = decision.allowed && withBody ? await getResourceBody(resource.id) : null;
  return { resource, viewer, decision, body };
}
