"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { freeSeat, getInvoice, getOpenInvite, getOrganisation, listOpenInvites, seatHolderOrganisation, seatsUsed, withdrawInvite } from "@/db/queries/organisations";
import { db } from "@/db";
import { formFields, invalidForm, type FormState } from "@/lib/actions";
import { BillingError } from "@/lib/billing/checkout";
import { logger } from "@/lib/logger";
import { invoiceCheckoutUrl } from "@/lib/organisations/card";
import { authoriseOrganisationAdmin } from "@/lib/organisations/guard";
import { inviteToOrganisation } from "@/lib/organisations/invites";
import { issueOrganisationInvoice } from "@/lib/organisations/invoicing";
import { invoiceNumberLabel } from "@/lib/organisations/terms";
import { transferSeat } from "@/lib/organisations/transfer";

const PAGE = "/account/organisation";
const email = z.email("Enter an email address, like name@school.org.uk.").max(254, "That address is too long.");
const id = z.uuid();

/** The form's fields by name, as strings ("" when absent). */
const fields = <K extends string>(formData: FormData, names: readonly K[]) => formFields(formData, names) as Record<K, string>;

const done = (message: string): FormState => {
  revalidatePath(PAGE);
  return { status: "success", message };
};

/** Invites a colleague by email to take a seat (a single-use link that expires). */
export async function inviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["organisationId", "email"] as const);
  const auth = await authoriseOrganisationAdmin(values.organisationId);
  if (!auth.ok) return auth.state;
  const parsed = z.object({ email }).safeParse({ email: values.email.trim() });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const org = (await getOrganisation(auth.organisationId))!;
  if ((await seatHolderOrganisation(parsed.data.email)) === org.id) {
    return { status: "error", message: `${parsed.data.email} already has a seat.`, values };
  }
  const used = await seatsUsed(db, org.id);
  if (used >= org.seats) {
    return { status: "error", message: `All ${org.seats} seats are taken. Remove someone, or add seats, before inviting anyone else.`, values };
  }
  // A live invitation holds a seat for its person, so the seats promised never exceed the seats bought.
  const promised = (await listOpenInvites(org.id)).filter((i) => !i.expired && i.email.toLowerCase() !== parsed.data.email.toLowerCase()).length;
  if (used + promised >= org.seats) {
    return {
      status: "error",
      message: `Every free seat is held by an invitation not yet accepted (${promised}). Withdraw one, or add seats, before inviting anyone else.`,
      values,
    };
  }
  const { renewed } = await inviteToOrganisation({ organisationId: org.id, organisationName: org.name, email: parsed.data.email, inviterName: auth.viewer.name, actorId: auth.viewer.id });
  return done(renewed ? `A new invitation link has been sent to ${parsed.data.email}; the earlier one no longer works.` : `An invitation has been sent to ${parsed.data.email}.`);
}

/** Sends an open invitation again with a new link (the old one stops working). */
export async function resendInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["organisationId", "inviteId"] as const);
  const auth = await authoriseOrganisationAdmin(values.organisationId);
  if (!auth.ok) return auth.state;
  const invite = id.safeParse(values.inviteId).success ? await getOpenInvite(auth.organisationId, values.inviteId) : null;
  if (!invite) return { status: "error", message: "This invitation has been used or withdrawn." };
  const org = (await getOrganisation(auth.organisationId))!;
  await inviteToOrganisation({ organisationId: org.id, organisationName: org.name, email: invite.email, inviterName: auth.viewer.name, actorId: auth.viewer.id });
  return done(`A new invitation link has been sent to ${invite.email}.`);
}

export async function withdrawInviteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["organisationId", "inviteId"] as const);
  const auth = await authoriseOrganisationAdmin(values.organisationId);
  if (!auth.ok) return auth.state;
  if (!id.safeParse(values.inviteId).success || !(await withdrawInvite(auth.viewer.id, auth.organisationId, values.inviteId))) {
    return { status: "error", message: "This invitation has been used or withdrawn already." };
  }
  return done("The invitation has been withdrawn: its link no longer works.");
}

/** Frees a person's seat. They keep their account and everything in it, as a free account. */
export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["organisationId", "accountId", "name"] as const);
  const auth = await authoriseOrganisationAdmin(values.organisationId);
  if (!auth.ok) return auth.state;
  const removed = id.safeParse(values.accountId).success && (await db.transaction((tx) => freeSeat(tx, auth.organisationId, values.accountId, auth.viewer.id, "removed by an organisation admin")));
  if (!removed) return { status: "error", message: "This person no longer has a seat." };
  // Their row (and this form with it) goes: the page says what happened.
  redirect(`${PAGE}?org=${auth.organisationId}&done=removed`);
}

/** Gives a leaver's seat to a colleague: moved at once if they have an account, else invited. */
export async function transferSeatAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["organisationId", "accountId", "email"] as const);
  const auth = await authoriseOrganisationAdmin(values.organisationId);
  if (!auth.ok) return auth.state;
  const parsed = z.object({ accountId: id, email }).safeParse({ accountId: values.accountId, email: values.email.trim() });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const org = (await getOrganisation(auth.organisationId))!;
  const result = await transferSeat({
    organisationId: org.id,
    organisationName: org.name,
    fromAccountId: parsed.data.accountId,
    toEmail: parsed.data.email,
    actorId: auth.viewer.id,
    actorName: auth.viewer.name,
  });
  if (!result.ok) {
    const message = {
      "not-a-member": "This person no longer has a seat.",
      elsewhere: `${parsed.data.email} has a seat with ${result.organisationName ?? "another organisation"}. Nothing was changed.`,
      "same-person": "Choose a different colleague: that is the same person.",
    }[result.reason];
    return { status: "error", message, values };
  }
  redirect(`${PAGE}?org=${auth.organisationId}&done=${result.outcome === "moved" ? "transferred" : "transfer-invited"}`);
}

const invoiceSchema = z.object({
  seats: z.coerce.number({ error: "Enter a number of seats." }).int("Enter a whole number of seats.").min(1, "Enter at least 1 seat.").max(5000, "For more than 5,000 seats, contact us."),
  poNumber: z.string().trim().max(60, "Keep the PO number to 60 characters."),
});

/** Asks for an invoice: a year's membership (or its renewal) for a number of seats, or seats added now. */
export async function requestInvoiceAction(kind: "membership" | "seats", _prev: FormState, formData: FormData): Promise<FormState> {
  const values = fields(formData, ["organisationId", "seats", "poNumber"] as const);
  const auth = await authoriseOrganisationAdmin(values.organisationId);
  if (!auth.ok) return auth.state;
  if (kind !== "membership" && kind !== "seats") return { status: "error", message: "Choose what to pay for." };
  const parsed = invoiceSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  if (kind === "membership" && parsed.data.seats < (await seatsUsed(db, auth.organisationId))) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { seats: ["Ask for at least as many seats as are in use, or remove people first."] }, values };
  }
  const result = await issueOrganisationInvoice({ organisationId: auth.organisationId, kind, seats: parsed.data.seats, poNumber: parsed.data.poNumber, actorId: auth.viewer.id });
  if (!result.ok) {
    const message = {
      "not-found": "This organisation no longer exists.",
      "not-sold": "This tier has no price to invoice. Please contact us.",
      "no-period": "Seats can be added once the membership has started: ask for a membership invoice instead.",
      "period-over": "The membership period is over: renew it for the number of seats you need instead.",
    }[result.reason];
    return { status: "error", message, values };
  }
  return done(`Invoice ${invoiceNumberLabel(result.number)} has been issued and emailed to your organisation's admins. Download it below.`);
}

/** Pays an open invoice by card through Stripe Checkout (seats × one seat's price); the webhook marks it paid. */
export async function payInvoiceByCardAction(invoiceId: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  const invoice = typeof invoiceId === "string" && id.safeParse(invoiceId).success ? await getInvoice(invoiceId) : null;
  const auth = await authoriseOrganisationAdmin(invoice?.organisationId);
  if (!auth.ok) return auth.state;
  if (!invoice || invoice.status !== "open") return { status: "error", message: "This invoice is not open for payment." };
  let url: string;
  try {
    url = await invoiceCheckoutUrl(invoice, auth.viewer);
  } catch (error) {
    if (error instanceof BillingError) return { status: "error", message: error.message };
    logger.error({ err: error }, "organisation invoice checkout failed");
    return { status: "error", message: "We could not reach our payment provider. Nothing has been charged: please try again in a few minutes." };
  }
  redirect(url);
}
