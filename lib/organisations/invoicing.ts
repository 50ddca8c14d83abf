import "server-only";
import { db } from "@/db";
import { addToOutbox } from "@/db/queries/outbox";
import { insertInvoice, listAdminRecipients, lockForInvoice, type OrganisationInvoice } from "@/db/queries/organisations";
import { deliverStoredEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { formatPounds, isPaid } from "@/lib/billing/price";
import { site } from "@/lib/site";
import { renderInvoicePdf } from "./invoice-pdf";
import { INVOICE_PAYMENT_DAYS, invoiceAmounts, invoiceNumberLabel, oneYearFrom, remainingFraction } from "./terms";

const DAY = 24 * 60 * 60 * 1000;

export type IssueResult =
  | { ok: true; id: string; number: number }
  | { ok: false; reason: "not-found" | "not-sold" | "no-period" | "period-over" };

/**
 * Issues an invoice and emails it to the organisation's admins, in one transaction (the number, the
 * invoice, its audit row and the emails commit together). `membership`: a year for `seats` seats,
 * following on from the current period (or starting today); `seats`: extra seats for the rest of the
 * current period, prorated by the days left.
 */
export async function issueOrganisationInvoice(input: {
  organisationId: string;
  kind: "membership" | "seats";
  seats: number;
  poNumber: string;
  actorId: string | null;
  now?: Date;
}): Promise<IssueResult> {
  const now = input.now ?? new Date();
  const result = await db.transaction(async (tx) => {
    const org = await lockForInvoice(tx, input.organisationId);
    if (!org) return { ok: false as const, reason: "not-found" as const };
    if (!isPaid(org)) return { ok: false as const, reason: "not-sold" as const };
    let periodStart: Date;
    let periodEnd: Date;
    let fraction = 1;
    if (input.kind === "seats") {
      if (!org.startsAt || !org.endsAt) return { ok: false as const, reason: "no-period" as const };
      if (org.endsAt.getTime() <= now.getTime()) return { ok: false as const, reason: "period-over" as const };
      periodStart = org.startsAt.getTime() > now.getTime() ? org.startsAt : now;
      periodEnd = org.endsAt;
      fraction = remainingFraction(org.startsAt, org.endsAt, now);
    } else {
      // A renewal follows on from a period not yet over (or in its grace); otherwise a year from today.
      periodStart = org.endsAt && org.membershipExpiresAt && org.membershipExpiresAt.getTime() > now.getTime() ? org.endsAt : now;
      periodEnd = oneYearFrom(periodStart);
    }
    const amounts = invoiceAmounts(input.seats, org.annualPricePence, org.vatTreatment, fraction);
    const invoice = await insertInvoice(tx, {
      organisationId: input.organisationId,
      kind: input.kind,
      tierSlug: org.tierSlug,
      seats: input.seats,
      unitPricePence: org.annualPricePence,
      vatTreatment: org.vatTreatment,
      ...amounts,
      poNumber: input.poNumber.trim(),
      billedTo: [org.name, org.invoiceAddress.trim()].filter(Boolean).join("\n"),
      periodStart,
      periodEnd,
      issuedAt: now,
      dueAt: new Date(now.getTime() + INVOICE_PAYMENT_DAYS * DAY),
      issuedById: input.actorId,
    });
    const label = invoiceNumberLabel(invoice.number);
    const emails: Array<{ id: number; message: { to: string; subject: string; text: string } }> = [];
    for (const admin of await listAdminRecipients(tx, input.organisationId)) {
      const message = {
        to: admin.email,
        subject: `Invoice ${label} for ${org.name}'s ${org.tierName} membership`,
        text:
          `Hello ${admin.name},\n\nInvoice ${label} for ${org.name} is ready: ${formatPounds(amounts.totalPence)} for ` +
          `${input.seats} ${org.tierName} seat${input.seats === 1 ? "" : "s"}${input.poNumber.trim() ? ` (PO ${input.poNumber.trim()})` : ""}, ` +
          `due by ${formatDate(new Date(now.getTime() + INVOICE_PAYMENT_DAYS * DAY))}.\n\n` +
          `Download the PDF, with our bank details, from ${env.SITE_URL}/account/organisation/invoices/${invoice.id}\n` +
          `You can also pay it by card from ${env.SITE_URL}/account/organisation\n\n${site.name}\n`,
      };
      emails.push({ id: await addToOutbox(message, tx), message });
    }
    return { ok: true as const, id: invoice.id, number: invoice.number, emails };
  });
  if (!result.ok) return result;
  for (const email of result.emails) await deliverStoredEmail(email.id, email.message);
  return { ok: true, id: result.id, number: result.number };
}

/** The PDF of a stored invoice, drawn from what was issued (the same bytes each time it is asked for). */
export async function invoicePdf(invoice: OrganisationInvoice, tierName: string): Promise<Uint8Array> {
  return renderInvoicePdf(
    { ...invoice, tierName },
    { from: env.INVOICE_FROM, bankDetails: env.INVOICE_BANK_DETAILS, vatNumber: env.INVOICE_VAT_NUMBER },
  );
}
