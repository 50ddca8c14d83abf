import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ResourcePageView, resourceMetadata } from "@/components/resources/resource-page";
import { NewsletterPageView, newsletterMetadata } from "@/components/newsletters/newsletter-page";
import { viewGrantedResource, viewResource } from "@/lib/content/resource-access";
import { viewGrantedNewsletter, viewNewsletter, type NewsletterView } from "@/lib/newsletters/archive";
import type { GatedKind } from "@/lib/serving/routes";

/**
 * How each gated kind's page is loaded and drawn on the internal pages proxy.ts sends signed-in
 * viewers to: for this viewer (what lib/access allows them, and why not), or under a grant (the
 * cached page every allowed viewer shares). Each loader decides access itself.
 */
interface GatedViews<View> {
  forViewer(slug: string): Promise<View | null>;
  forGrant(slug: string, grant: string): Promise<View | null>;
  render(view: View): ReactNode;
  metadata(view: View | null): Metadata;
}

const define = <View,>(views: GatedViews<View>) => views as GatedViews<unknown>;

const views: Record<GatedKind, GatedViews<unknown>> = {
  resource: define({
    forViewer: (slug) => viewResource(slug),
    forGrant: viewGrantedResource,
    render: (view) => <ResourcePageView view={view} />,
    metadata: resourceMetadata,
  }),
  newsletter: define<NewsletterView>({
    forViewer: (slug) => viewNewsletter(slug),
    forGrant: viewGrantedNewsletter,
    render: (view) => <NewsletterPageView view={view} />,
    metadata: newsletterMetadata,
  }),
};

/** The views of a kind named in a URL, or null when there is no such kind. */
export function gatedViews(kind: string): GatedViews<unknown> | null {
  return Object.hasOwn(views, kind) ? views[kind as GatedKind] : null;
}
