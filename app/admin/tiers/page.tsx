import Link from "next/link";
import { listTiers } from "@/db/queries/taxonomy";
import { requireAdmin } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { AdminPage } from "../_components/admin-page";
import { Notice } from "../_components/notice";
import { TierForm } from "./_components/tier-form";

export const metadata = { title: "Tiers · Dashboard" };

export default async function TiersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin("/admin/tiers");
  const [tiers, params] = await Promise.all([listTiers(), searchParams]);
  const saved = tiers.find((t) => t.slug === first(params.saved));
  return (
    <AdminPage
      title="Membership tiers"
      lead={
        <>
          What the public <Link href="/membership">membership page</Link> says about each tier, and the order it lists them in.
          Which resources a tier opens is set on each resource.
        </>
      }
    >
      {saved && <Notice>The {saved.name} tier has been saved. The membership page shows it now.</Notice>}
      {first(params.unchanged) && <Notice>Nothing was changed.</Notice>}
      <div className="space-y-8">
        {tiers.map((tier) => (
          <section key={tier.slug} id={`tier-${tier.slug}`} aria-labelledby={`tier-${tier.slug}-heading`} className="rounded-xl border border-line p-5">
            <h2 id={`tier-${tier.slug}-heading`} className="text-xl font-semibold text-brand-900">
              {tier.name} <span className="font-sans text-sm font-normal text-muted">({tier.slug})</span>
            </h2>
            <div className="mt-4">
              <TierForm key={JSON.stringify(tier)} tier={tier} />
            </div>
          </section>
        ))}
      </div>
    </AdminPage>
  );
}
