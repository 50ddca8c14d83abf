import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ResourcePageView, resourceMetadata } from "@/components/resources/resource-page";
import { notePublicationSchedule } from "@/lib/cache/schedule";
import { viewGrantedResource } from "@/lib/content/resource-access";

/**
 * /resources/[slug] for a signed-in viewer whom `lib/access` allows to open it: the page with its
 * body and downloads, the same for every such viewer, so it is cached like the public pages instead
 * of rendered for each request. proxy.ts decides per request and sends allowed viewers here under a
 * short-lived grant (lib/content/open-grant.ts); this page serves nothing unless the grant verifies.
 * Viewers who may not open it get /member/resources/[slug], rendered for them.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; grant: string }> };

const load = cache((slug: string, grant: string) => viewGrantedResource(slug, grant));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, grant } = await params;
  return resourceMetadata(await load(slug, grant));
}

export default async function OpenResourcePage({ params }: Props) {
  const { slug, grant } = await params;
  const view = await load(slug, grant);
  if (!view) notFound();
  await notePublicationSchedule();
  return <ResourcePageView view={view} />;
}
