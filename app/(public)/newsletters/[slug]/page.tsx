import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NewsletterPageView, newsletterMetadata } from "@/components/newsletters/newsletter-page";
import { viewNewsletter } from "@/lib/newsletters/archive";

/**
 * A sent newsletter as a signed-out visitor sees it (title, date, who it was for; never the body),
 * cached and the same for everyone. Requests with a session are sent by proxy.ts to the internal
 * gated pages, which decide by lib/access for that viewer.
 */
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => viewNewsletter(slug, { viewer: null }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return newsletterMetadata(await load((await params).slug));
}

export default async function NewsletterPage({ params }: Props) {
  const view = await load((await params).slug);
  if (!view) notFound();
  return <NewsletterPageView view={view} />;
}
