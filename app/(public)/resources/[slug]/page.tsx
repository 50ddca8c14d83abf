import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ResourcePageView, resourceMetadata } from "@/components/resources/resource-page";
import { viewResource } from "@/lib/content/resource-access";
import { notePublicationSchedule } from "@/lib/cache/schedule";

/**
 * The resource as a signed-out visitor sees it, cached and the same for everyone (the body only when
 * the resource is public). Requests carrying a session are sent by proxy.ts to the internal gated
 * pages, which render for that viewer. Rendered on first request (never at build), invalidated by
 * staff writes, re-rendered at least every minute.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => viewResource(slug, { viewer: null }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resourceMetadata(await load((await params).slug));
}

export default async function ResourcePage({ params }: Props) {
  await notePublicationSchedule();
  const view = await load((await params).slug);
  if (!view) notFound();
  return <ResourcePageView view={view} />;
}
