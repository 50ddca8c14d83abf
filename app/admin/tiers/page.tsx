import { Link } from "@/components/ui/link";
import { getGraceDays } from "@/db/queries/settings";
import { listTiers } from "@/db/queries/taxonomy";
import { paymentsEnabled } from "@/lib/billing/stripe";
import { requireAdmin } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { AdminPage } from "../_components/admin-page";
import { Notice } from "../_components/notice";
import { GraceForm } from "./_components/grace-form";
import { TierForm } from "./_components/tier-form";

export const metadata = { title: "Tiers · Dashboard" };

export default async function TiersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin("/admin/tiers");
  const [tiers, graceDays, params] = await Promise.all([listTiers(), getGraceDays(), searchParams]);
  const saved = tiers.find((t) => t.slug === first(params.saved));
  return (
    <AdminPage
      title="Membership tiers"
      lead={
        <>
          What the public <Link href="/membership">membership page</Link> says about each tier, its yearly price and VAT,
          and the order it lists them in. Which resources a tier opens is set on each resource.
          {paymentsEnabled() ? " Members pay online through Stripe." : " Online payment is off (Stripe is not configured): the membership page asks people to contact the office."}
        </>
      }
    >
      {saved && <Notice>The {saved.name} tier has been saved. The membership page shows it now.</Notice>}
      {first(params.unchanged) && <Notice>Nothing was changed.</Notice>}
      {first(params.grace) === "saved" && (
        <Notice>
          The grace period has been saved.{" "}
          {movedNotice(Number(first(params.moved) ?? 0))}
        </Notice>
      )}
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
        <section id="grace" aria-labelledby="grace-heading" className="rounded-xl border border-line p-5">
          <h2 id="grace-heading" className="text-xl font-semibold text-brand-900">
            Grace period
          </h2>
          <div className="mt-4">
            <GraceForm key={graceDays} graceDays={graceDays} />
          </div>
        </section>
      </div>
    </AdminPage>
  );
}

function movedNotice(moved: number): string {
  if (!Number.isInteger(moved) || moved <= 0) return "No paying member's access date needed to change.";
  return `${moved} paying ${moved === 1 ? "member's access date has" : "members' access dates have"} moved with it.`;
}
