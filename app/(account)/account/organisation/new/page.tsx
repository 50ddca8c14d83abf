import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listTiers } from "@/db/queries/taxonomy";
import { CompactForm } from "@/components/organisations/compact-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { describePrice, isPaid } from "@/lib/billing/price";
import { organisationTypeWords } from "@/lib/organisations/terms";
import { startOrganisationAction } from "./actions";

export const metadata: Metadata = { title: "Membership for your organisation", robots: { index: false } };

export default async function StartOrganisationPage() {
  await requireViewer("/account/organisation/new");
  const tiers = (await listTiers()).filter(isPaid);
  return (
    <>
      <PageHeader
        title="Membership for your organisation"
        lead="Buy a membership for your school, college or local authority: one invoice covers a seat for each member of staff."
      />
      <Container className="grid gap-8 py-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="order-heading" className="min-w-0 rounded-2xl border border-line bg-paper p-6 sm:p-8">
          <h2 id="order-heading" className="text-2xl font-semibold text-brand-900">
            Your order
          </h2>
          <p className="mt-2 text-muted">
            We email you an invoice for a year, payable within 30 days by bank transfer (or by card). The membership starts the day it is paid.
          </p>
          <div className="mt-6">
            <CompactForm
              action={startOrganisationAction}
              idPrefix="start"
              fields={[
                { name: "name", label: "Organisation name", autoComplete: "organization" },
                { name: "type", label: "Type", type: "select", options: Object.entries(organisationTypeWords).map(([value, label]) => ({ value, label })), defaultValue: "school" },
                { name: "invoiceAddress", label: "Invoice address", type: "textarea", hint: "As it should be printed on the invoice, one line per line.", autoComplete: "street-address" },
                {
                  name: "tierSlug",
                  label: "Membership tier",
                  type: "select",
                  options: tiers.map((t) => ({ value: t.slug, label: `${t.name}: ${describePrice(t).amount} a seat a year` })),
                  hint: tiers.map((t) => `${t.name}: ${describePrice(t).vat}.`).join(" "),
                  defaultValue: tiers.at(-1)?.slug,
                },
                { name: "seats", label: "Seats", type: "number", min: 1, max: 5000, defaultValue: "10", hint: "One for each member of staff who needs the membership." },
                { name: "poNumber", label: "Purchase order number (optional)", autoComplete: "off", hint: "Printed on the invoice." },
                {
                  name: "seatForMe",
                  label: "Do you need a seat yourself?",
                  type: "select",
                  options: [
                    { value: "yes", label: "Yes, I need a seat" },
                    { value: "no", label: "No, I only manage it" },
                  ],
                  defaultValue: "yes",
                },
              ]}
              submitLabel="Set up and email the invoice"
              pendingText="Setting up…"
            />
          </div>
        </section>
        <aside aria-labelledby="next-heading" className="min-w-0">
          <h2 id="next-heading" className="text-xl font-semibold text-brand-900">
            What happens next
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-5">
            <li>You manage the membership from your organisation&apos;s page, linked from your account.</li>
            <li>Invite colleagues by email now: each takes a seat when they accept.</li>
            <li>Everyone with a seat opens what the tier includes from the day the invoice is paid.</li>
          </ol>
          <p className="mt-4 text-muted">
            Need a quote first, or paying for a whole trust? See <Link href="/membership">membership</Link> for how to contact us.
          </p>
        </aside>
      </Container>
    </>
  );
}
