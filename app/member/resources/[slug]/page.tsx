import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ResourcePageView, resourceMetadata } from "@/components/resources/resource-page";
import { viewResource } from "@/lib/content/resource-access";

/**
 * /resources/[slug] for a request that carries a session (proxy.ts rewrites it here): rendered per
 * request for this viewer, who sees the body only when lib/access allows. Reached directly it
 * behaves the same, so it needs no guard of its own beyond that check.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => viewResource(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return resourceMetadata(await load((await params).slug));
}

export default async function MemberResourcePage({ params }: Props) {
  const view = await load((await params).slug);
  if (!view) notFound();
  return <ResourcePageView view={view} />;
}
