import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { gatedViews } from "@/components/gated/views";
import { notePublicationSchedule } from "@/lib/cache/schedule";

/**
 * A gated page for signed-in viewers whom lib/access lets open it: the page with its body and
 * files, the same for every such viewer, so it is cached like the public pages instead of rendered
 * for each request. proxy.ts decides per request and rewrites allowed viewers here under a
 * short-lived grant (lib/serving/open-grant.ts); this page serves nothing unless the grant verifies.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ kind: string; slug: string; grant: string }> };

const load = cache(async (kind: string, slug: string, grant: string) => {
  const views = gatedViews(kind);
  return views ? { views, view: await views.forGrant(slug, grant) } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, slug, grant } = await params;
  const loaded = await load(kind, slug, grant);
  return loaded ? loaded.views.metadata(loaded.view) : {};
}

export default async function GatedOpenPage({ params }: Props) {
  const { kind, slug, grant } = await params;
  const loaded = await load(kind, slug, grant);
  if (!loaded?.view) notFound();
  await notePublicationSchedule();
  return loaded.views.render(loaded.view);
}
