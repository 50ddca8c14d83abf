import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { gatedViews } from "@/components/gated/views";

/**
 * A gated page (/resources/[slug]) for a signed-in viewer whom lib/access does not let open it, or
 * when the proxy could not decide: rendered per request for this viewer, who sees the body only when
 * allowed and otherwise why not. proxy.ts rewrites here; a direct request is a 404 there.
 */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ kind: string; slug: string }> };

const load = cache(async (kind: string, slug: string) => {
  const views = gatedViews(kind);
  return views ? { views, view: await views.forViewer(slug) } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, slug } = await params;
  const loaded = await load(kind, slug);
  return loaded ? loaded.views.metadata(loaded.view) : {};
}

export default async function GatedViewerPage({ params }: Props) {
  const { kind, slug } = await params;
  const loaded = await load(kind, slug);
  if (!loaded?.view) notFound();
  return loaded.views.render(loaded.view);
}
