import { Link } from "@/components/ui/link";
import { getBillingCounts } from "@/db/queries/billing";
import { getDashboardCounts } from "@/db/queries/dashboard";
import { listRecentActivity } from "@/db/queries/audit";
import { listTiers } from "@/db/queries/taxonomy";
import { isAdmin } from "@/lib/access";
import { requireStaff } from "@/lib/auth/viewer";
import { ActivityList } from "./_components/activity-list";
import { AdminPage, buttonClass } from "./_components/admin-page";

export const metadata = { title: "Dashboard" };

function Stat({ label, value, href }: { label: string; value: number; href?: string }) {
  const body = (
    <>
      <span className="block text-3xl font-semibold text-brand-900">{value}</span>
      <span className="mt-1 block text-sm text-muted">{label}</span>
    </>
  );
  return (
    <li className="rounded-xl border border-line bg-paper">
      {href ? (
        <Link href={href} className="block min-h-11 rounded-xl p-4 text-ink no-underline hover:bg-brand-50">
          {body}
        </Link>
      ) : (
        <div className="p-4">{body}</div>
      )}
    </li>
  );
}

export default async function AdminHomePage() {
  const viewer = await requireStaff("/admin");
  const admin = isAdmin(viewer);
  const [counts, billing, tiers, activity] = await Promise.all([
    getDashboardCounts(),
    getBillingCounts(),
    listTiers(),
    listRecentActivity(10, admin ? undefined : ["article", "resource", "synonym", "newsletter"]),
  ]);
  return (
    <AdminPage
      title="Dashboard"
      lead={`Signed in as ${viewer.name} (${viewer.role}).`}
      actions={
        <>
          <Link href="/admin/news/new" className={buttonClass.secondary}>
            New article
          </Link>
          <Link href="/admin/resources/new" className={buttonClass.secondary}>
            New resource
          </Link>
        </>
      }
    >
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-semibold text-brand-900">
          Members
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {tiers.map((tier) => (
            <Stat
              key={tier.slug}
              label={`${tier.name} members (current)`}
              value={counts.membersByTier.get(tier.slug) ?? 0}
              href={admin ? `/admin/members?tier=${tier.slug}&expired=no` : undefined}
            />
          ))}
          <Stat label="Memberships ending in the next 30 days" value={counts.expiringIn30Days} />
          <Stat label="Expired memberships" value={counts.expired} href={admin ? "/admin/members?expired=yes" : undefined} />
        </ul>
      </section>
      <section aria-labelledby="payments-heading" className="mt-8">
        <h2 id="payments-heading" className="text-xl font-semibold text-brand-900">
          Payments
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {tiers
            .filter((tier) => tier.annualPricePence > 0)
            .map((tier) => (
              <Stat key={tier.slug} label={`${tier.name} members paying online`} value={billing.payingByTier.get(tier.slug) ?? 0} />
            ))}
          <Stat label="Renewals due in the next 30 days" value={billing.renewalsIn30Days} />
          <Stat label="Failed payments" value={billing.failedPayments} />
        </ul>
      </section>
      <section aria-labelledby="content-heading" className="mt-8">
        <h2 id="content-heading" className="text-xl font-semibold text-brand-900">
          Content waiting
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Stat label="Draft articles" value={counts.drafts.news} href="/admin/news?status=draft" />
          <Stat label="Draft resources" value={counts.drafts.resources} href="/admin/resources?status=draft" />
          <Stat label="Scheduled articles" value={counts.scheduled.news} href="/admin/news?status=scheduled" />
          <Stat label="Scheduled resources" value={counts.scheduled.resources} href="/admin/resources?status=scheduled" />
        </ul>
      </section>
      <section aria-labelledby="activity-heading" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="activity-heading" className="text-xl font-semibold text-brand-900">
            Recent activity
          </h2>
          {admin && <Link href="/admin/audit">The full audit log</Link>}
        </div>
        <div className="mt-3">
          <ActivityList rows={activity} />
        </div>
      </section>
    </AdminPage>
  );
}
