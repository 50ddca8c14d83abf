import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getOrganisationOverview, listAdministeredOrganisations, listOpenInvites } from "@/db/queries/organisations";
import { getGraceDays } from "@/db/queries/settings";
import { ActionButtonForm } from "@/components/billing/action-button-form";
import { CompactForm } from "@/components/organisations/compact-form";
import { InvoiceTable } from "@/components/organisations/invoice-table";
import { OrganisationSummary } from "@/components/organisations/organisation-summary";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/auth/viewer";
import { formatPounds } from "@/lib/billing/price";
import { paymentsEnabled } from "@/lib/billing/stripe";
import { formatDate } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { organisationStatus } from "@/lib/organisations/terms";
import { inviteAction, payInvoiceByCardAction, removeMemberAction, requestInvoiceAction, resendInviteAction, transferSeatAction, withdrawInviteAction } from "./actions";

export const metadata: Metadata = { title: "Your organisation", robots: { index: false } };

const notices: Record<string, string> = {
  removed: "The seat has been freed. The person keeps their account and everything in it, as a free account.",
  transferred: "The seat has been transferred: your colleague has it now, and the leaver keeps a free account.",
  "transfer-invited": "The seat is free and your colleague has been invited by email to take it. The leaver keeps a free account.",
  started:
    "Your organisation is set up and its invoice has been emailed to you: download it below. The membership starts the day it is paid. You can invite colleagues now.",
  "started-no-invoice": "Your organisation is set up. Issue its first invoice below to start the membership.",
};

const section = "min-w-0 rounded-2xl border border-line bg-paper p-6 sm:p-8";

export default async function OrganisationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/account/organisation");
  const [managed, params] = await Promise.all([listAdministeredOrganisations(viewer.id), searchParams]);
  // Only an organisation's admins see it; anyone else (a teacher with a seat included) is refused.
  const chosen = managed.find((o) => o.id === first(params.org)) ?? managed[0];
  if (!chosen) forbidden();
  const [overview, invites, graceDays] = await Promise.all([getOrganisationOverview(chosen.id), listOpenInvites(chosen.id), getGraceDays()]);
  if (!overview) forbidden();
  const { organisation: org, people, invoices } = overview;
  const now = new Date();
  const status = organisationStatus(org, now);
  const free = Math.max(0, org.seats - people.length);
  const held = invites.filter((i) => !i.expired).length;
  const hidden = { organisationId: org.id };
  const current = status === "current" || status === "grace";

  return (
    <>
      <PageHeader title={org.name} lead="Your organisation's membership: seats, people, invitations and invoices." />
      <Container className="grid gap-8 py-10">
        {notices[first(params.done) ?? ""] && (
          <p role="status" className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900">
            {notices[first(params.done)!]}
          </p>
        )}
        {managed.length > 1 && (
          <nav aria-label="Your organisations" className="flex flex-wrap gap-3">
            {managed.map((o) => (
              <Link key={o.id} href={`/account/organisation?org=${o.id}`} aria-current={o.id === org.id ? "page" : undefined} className="font-semibold">
                {o.name}
              </Link>
            ))}
          </nav>
        )}
        <section aria-labelledby="status-heading" className={section}>
          <h2 id="status-heading" className="text-2xl font-semibold text-brand-900">
            Membership
          </h2>
          <OrganisationSummary organisation={org} used={people.length} graceDays={graceDays} now={now} />
        </section>

        <section aria-labelledby="people-heading" className={section}>
          <h2 id="people-heading" className="text-2xl font-semibold text-brand-900">
            People ({people.length} of {org.seats} seats)
          </h2>
          <p className="mt-2 text-muted">
            Removing someone frees their seat at once. They keep their account and everything in it, as a free account. To
            give a leaver&apos;s seat to a colleague, use Transfer.
          </p>
          <ul className="mt-6 space-y-4">
            {people.map((p) => (
              <li key={p.id} className="rounded-xl border border-line p-4" data-testid="seat-holder">
                <p className="font-semibold">{p.name}</p>
                <p className="break-all text-muted">{p.email}</p>
                <details className="mt-3">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">Transfer or remove {p.name}</summary>
                  <div className="mt-3 grid gap-6 md:grid-cols-2">
                    <CompactForm
                      action={transferSeatAction}
                      idPrefix={`transfer-${p.id}`}
                      hidden={{ ...hidden, accountId: p.id }}
                      fields={[{ name: "email", label: "Colleague's email", type: "email", autoComplete: "off", hint: "They take this seat now if they have an account; otherwise we invite them." }]}
                      submitLabel="Transfer seat"
                      pendingText="Transferring…"
                    />
                    <CompactForm
                      action={removeMemberAction}
                      idPrefix={`remove-${p.id}`}
                      hidden={{ ...hidden, accountId: p.id, name: p.name }}
                      submitLabel={`Remove ${p.name}`}
                      confirm={`${p.name} will lose your organisation's membership now and keep a free account.`}
                      tone="danger"
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
          {people.length === 0 && <p className="mt-4">Nobody has a seat yet. Invite your colleagues below.</p>}
        </section>

        <section aria-labelledby="invite-heading" className={section}>
          <h2 id="invite-heading" className="text-2xl font-semibold text-brand-900">
            Invite colleagues
          </h2>
          <p className="mt-2 text-muted">
            {free === 0
              ? "Every seat is taken: remove someone or add seats first."
              : held > 0
                ? `${free} of ${org.seats} seats are free; invitations not yet accepted hold ${Math.min(held, free)} of them.`
                : `${free} of ${org.seats} seats are free.`}{" "}
            Each
            invitation is a link that works once, for 14 days.
            {overview.domains.length > 0 &&
              ` Colleagues who register with a confirmed address at ${overview.domains.map((d) => `@${d}`).join(" or ")} take a free seat without an invitation.`}
          </p>
          <div className="mt-4 max-w-xl">
            <CompactForm
              action={inviteAction}
              idPrefix="invite"
              hidden={hidden}
              fields={[{ name: "email", label: "Email address", type: "email", autoComplete: "off" }]}
              submitLabel="Send invitation"
              pendingText="Sending…"
              layout="inline"
            />
          </div>
          {invites.length > 0 && (
            <>
              <h3 className="mt-8 text-lg font-semibold">Invitations not yet accepted</h3>
              <ul className="mt-3 space-y-4">
                {invites.map((i) => (
                  <li key={i.id} className="rounded-xl border border-line p-4" data-testid="open-invite">
                    <p className="break-all font-semibold">{i.email}</p>
                    <p className="text-muted">
                      Sent {formatDate(i.createdAt)}; {i.expired ? "the link has expired" : `works until ${formatDate(i.expiresAt)}`}
                    </p>
                    <div className="mt-3 flex flex-wrap gap-4">
                      <CompactForm action={resendInviteAction} idPrefix={`resend-${i.id}`} hidden={{ ...hidden, inviteId: i.id }} submitLabel={`Resend to ${i.email}`} tone="secondary" />
                      <CompactForm action={withdrawInviteAction} idPrefix={`withdraw-${i.id}`} hidden={{ ...hidden, inviteId: i.id }} submitLabel={`Withdraw invitation to ${i.email}`} tone="secondary" />
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby="invoices-heading" className={section}>
          <h2 id="invoices-heading" className="text-2xl font-semibold text-brand-900">
            Invoices
          </h2>
          {first(params.card) === "paid" && (
            <p role="status" className="mt-4 rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900">
              Thank you: your card payment went through. The invoice shows as paid once Stripe confirms it, usually within seconds.
            </p>
          )}
          <InvoiceTable
            invoices={invoices}
            downloadBase="/account/organisation/invoices"
            actions={
              paymentsEnabled()
                ? (i) => (i.status === "open" ? <ActionButtonForm action={payInvoiceByCardAction.bind(null, i.id)} label={`Pay ${formatPounds(i.totalPence)} by card`} pendingText="Opening the payment page…" /> : null)
                : undefined
            }
          />
          <div className="mt-8 grid gap-8 md:grid-cols-2">
            <div>
              <h3 className="text-lg font-semibold">{current ? "Renew on invoice" : "Buy on invoice"}</h3>
              <p className="mt-1 text-muted">
                {current && org.endsAt
                  ? `A year from ${formatDate(org.endsAt)}, paid by bank transfer. Your membership renews when we receive payment.`
                  : "A year from today, paid by bank transfer. Your membership starts when we receive payment."}
              </p>
              <div className="mt-3">
                <CompactForm
                  action={requestInvoiceAction.bind(null, "membership")}
                  idPrefix="renew"
                  hidden={hidden}
                  fields={[
                    { name: "seats", label: "Seats", type: "number", min: 1, defaultValue: String(Math.max(org.seats, 1)) },
                    { name: "poNumber", label: "Purchase order number (optional)", autoComplete: "off" },
                  ]}
                  submitLabel="Issue invoice"
                  pendingText="Issuing…"
                />
              </div>
            </div>
            {status === "current" && (
              <div>
                <h3 className="text-lg font-semibold">Add seats</h3>
                <p className="mt-1 text-muted">For the rest of this year, charged for the days left. The seats are added when we receive payment.</p>
                <div className="mt-3">
                  <CompactForm
                    action={requestInvoiceAction.bind(null, "seats")}
                    idPrefix="add-seats"
                    hidden={hidden}
                    fields={[
                      { name: "seats", label: "Seats to add", type: "number", min: 1, defaultValue: "1" },
                      { name: "poNumber", label: "Purchase order number (optional)", autoComplete: "off" },
                    ]}
                    submitLabel="Issue invoice for seats"
                    pendingText="Issuing…"
                  />
                </div>
              </div>
            )}
          </div>
        </section>
      </Container>
    </>
  );
}
