import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getOrganisationOverview } from "@/db/queries/organisations";
import { getGraceDays } from "@/db/queries/settings";
import { listTiers } from "@/db/queries/taxonomy";
import { CompactForm } from "@/components/organisations/compact-form";
import { InvoiceTable } from "@/components/organisations/invoice-table";
import { OrganisationSummary } from "@/components/organisations/organisation-summary";
import { requireAdmin } from "@/lib/auth/viewer";
import { invoiceNumberLabel } from "@/lib/organisations/terms";
import { first, type SearchParams } from "@/lib/params";
import { AdminPage } from "../../_components/admin-page";
import { Notice } from "../../_components/notice";
import { organisationFields } from "../_components/organisation-fields";
import {
  addAdminAction,
  addDomainAction,
  issueInvoiceAction,
  markPaidAction,
  removeAdminAction,
  removeDomainAction,
  updateOrganisationAction,
  voidInvoiceAction,
} from "../actions";

export const metadata = { title: "Organisation · Dashboard" };

/** What the last invoice action did (its row's buttons are gone once it is paid or cancelled). */
function invoiceNotice(query: SearchParams) {
  const number = (key: string) => {
    const n = Number(first(query[key]));
    return Number.isInteger(n) && n > 0 ? invoiceNumberLabel(n) : null;
  };
  const paid = number("paid");
  const already = number("already-paid");
  const cancelled = number("cancelled");
  if (paid) return <Notice>Invoice {paid} is paid. The membership has started or renewed, or its seats have been added.</Notice>;
  if (already) return <Notice>Invoice {already} was already paid: nothing changed.</Notice>;
  if (cancelled) return <Notice>Invoice {cancelled} is cancelled. Its number is not reused.</Notice>;
  return null;
}

const box = "rounded-xl border border-line p-5";

export default async function OrganisationAdminPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  await requireAdmin(`/admin/organisations/${id}`);
  const [overview, tiers, graceDays, query] = await Promise.all([getOrganisationOverview(id), listTiers(), getGraceDays(), searchParams]);
  if (!overview) notFound();
  const { organisation: org, people, admins, domains, invoices } = overview;
  const hidden = { id: org.id };
  return (
    <AdminPage title={org.name} lead={<Link href="/admin/organisations">All organisations</Link>}>
      {first(query.created) && <Notice>The organisation has been created. Add its domains and admins below.</Notice>}
      {invoiceNotice(query)}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="summary-heading" className={box}>
          <h2 id="summary-heading" className="text-xl font-semibold text-brand-900">
            Membership
          </h2>
          <OrganisationSummary organisation={org} used={people.length} graceDays={graceDays} now={new Date()} />
        </section>
        <section aria-labelledby="edit-heading" className={box}>
          <h2 id="edit-heading" className="text-xl font-semibold text-brand-900">
            Details, tier, seats and dates
          </h2>
          <div className="mt-4">
            <CompactForm key={JSON.stringify(org)} action={updateOrganisationAction} idPrefix="org" hidden={hidden} fields={organisationFields(tiers, org)} submitLabel="Save organisation" pendingText="Saving…" />
          </div>
        </section>
        <section aria-labelledby="domains-heading" className={box}>
          <h2 id="domains-heading" className="text-xl font-semibold text-brand-900">
            Verified domains
          </h2>
          <p className="mt-2 text-muted">People who confirm an address at one of these take a free seat when they register.</p>
          <ul className="mt-4 space-y-3">
            {domains.map((d) => (
              <li key={d} className="flex flex-wrap items-center gap-4">
                <span className="font-semibold">@{d}</span>
                <CompactForm action={removeDomainAction} idPrefix={`domain-${d}`} hidden={{ ...hidden, domain: d }} submitLabel={`Remove ${d}`} tone="secondary" />
              </li>
            ))}
          </ul>
          <div className="mt-4">
            <CompactForm action={addDomainAction} idPrefix="domain" hidden={hidden} fields={[{ name: "domain", label: "Domain", hint: "Like oakfield.example.org", autoComplete: "off" }]} submitLabel="Verify domain" layout="inline" />
          </div>
        </section>
        <section aria-labelledby="admins-heading" className={box}>
          <h2 id="admins-heading" className="text-xl font-semibold text-brand-900">
            Organisation admins
          </h2>
          <p className="mt-2 text-muted">They manage seats, invitations and invoices at /account/organisation.</p>
          <ul className="mt-4 space-y-3">
            {admins.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-4">
                <span>
                  <span className="font-semibold">{a.name}</span> <span className="break-all text-muted">{a.email}</span>
                </span>
                <CompactForm action={removeAdminAction} idPrefix={`admin-${a.id}`} hidden={{ ...hidden, accountId: a.id }} submitLabel={`Remove ${a.name} as admin`} tone="secondary" />
              </li>
            ))}
          </ul>
          <div className="mt-4">
            <CompactForm action={addAdminAction} idPrefix="admin" hidden={hidden} fields={[{ name: "email", label: "Email of a registered account", type: "email", autoComplete: "off" }]} submitLabel="Add admin" layout="inline" />
          </div>
        </section>
        <section aria-labelledby="people-heading" className={`${box} lg:col-span-2`}>
          <h2 id="people-heading" className="text-xl font-semibold text-brand-900">
            People with seats ({people.length} of {org.seats})
          </h2>
          <ul className="mt-4 grid gap-2 sm:grid-cols-2">
            {people.map((p) => (
              <li key={p.id}>
                <Link href={`/admin/members/${p.id}`}>{p.name}</Link> <span className="break-all text-muted">{p.email}</span>
              </li>
            ))}
          </ul>
          {people.length === 0 && <p className="mt-2">Nobody yet.</p>}
        </section>
        <section aria-labelledby="invoices-heading" className={`${box} lg:col-span-2`}>
          <h2 id="invoices-heading" className="text-xl font-semibold text-brand-900">
            Invoices
          </h2>
          <InvoiceTable
            invoices={invoices}
            downloadBase="/account/organisation/invoices"
            actions={(i) =>
              i.status === "open" ? (
                <div className="flex flex-wrap gap-3">
                  <CompactForm action={markPaidAction} idPrefix={`paid-${i.id}`} hidden={{ invoiceId: i.id }} submitLabel={`Mark ${invoiceNumberLabel(i.number)} paid`} />
                  <CompactForm action={voidInvoiceAction} idPrefix={`void-${i.id}`} hidden={{ invoiceId: i.id }} submitLabel="Cancel invoice" confirm="The invoice is cancelled for good; its number is not reused." tone="danger" />
                </div>
              ) : null
            }
          />
          <h3 className="mt-6 text-lg font-semibold">Issue an invoice</h3>
          <div className="mt-3 max-w-2xl">
            <CompactForm
              action={issueInvoiceAction}
              idPrefix="invoice"
              hidden={hidden}
              fields={[
                { name: "kind", label: "For", type: "select", options: [{ value: "membership", label: "A year's membership (or its renewal)" }, { value: "seats", label: "Seats added for the rest of this period (prorated)" }] },
                { name: "seats", label: "Seats", type: "number", min: 1, defaultValue: String(Math.max(org.seats, 1)) },
                { name: "poNumber", label: "Purchase order number (optional)", autoComplete: "off" },
              ]}
              submitLabel="Issue invoice"
              pendingText="Issuing…"
            />
          </div>
        </section>
      </div>
    </AdminPage>
  );
}
