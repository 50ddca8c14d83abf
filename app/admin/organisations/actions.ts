"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import {
  addDomain,
  addOrganisationAdmin,
  createOrganisation,
  getInvoice,
  markInvoicePaid,
  removeDomain,
  removeOrganisationAdmin,
  updateOrganisation,
  voidInvoice,
  type OrganisationInput,
} from "@/db/queries/organisations";
import { listTiers } from "@/db/queries/taxonomy";
import { formFields, invalidForm, type FormState } from "@/lib/actions";
import { authorise } from "@/lib/admin/authorise";
import { endOfLondonDay, fromLondonDateTime, parseDateInput } from "@/lib/dates";
import { issueOrganisationInvoice } from "@/lib/organisations/invoicing";
import { invoiceNumberLabel, normaliseDomain } from "@/lib/organisations/terms";

const fields = <K extends string>(formData: FormData, names: readonly K[]) => formFields(formData, names) as Record<K, string>;
const uuid = z.uuid();
const organisationFields = ["id", "name", "type", "invoiceAddress", "tierSlug", "seats", "startsOn", "endsOn"] as const;

const organisationSchema = z.object({
  name: z.string().trim().min(2, "Enter the organisation's name.").max(200, "Keep the name to 200 characters."),
  type: z.enum(["school", "college", "local-authority", "other"], { error: "Choose a type." }),
  invoiceAddress: z.string().trim().max(1000, "Keep the address to 1,000 characters."),
  tierSlug: z.string().min(1, "Choose a tier."),
  seats: z.coerce.number({ error: "Enter a number of seats." }).int("Enter a whole number.").min(0, "Seats cannot be negative.").max(100000, "At most 100,000 seats."),
  startsOn: z.string().trim(),
  endsOn: z.string().trim(),
});

/** The form as an organisation, or the fields to correct. */
async function readOrganisation(values: Record<(typeof organisationFields)[number], string>): Promise<{ ok: true; input: OrganisationInput } | { ok: false; state: FormState }> {
  const parsed = organisationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, state: invalidForm(parsed.error, values) };
  const fieldErrors: Record<string, string[]> = {};
  if (!(await listTiers()).some((t) => t.slug === parsed.data.tierSlug)) fieldErrors.tierSlug = ["Choose a tier from the list."];
  const start = parsed.data.startsOn ? parseDateInput(parsed.data.startsOn) : null;
  const end = parsed.data.endsOn ? parseDateInput(parsed.data.endsOn) : null;
  if (parsed.data.startsOn && !start) fieldErrors.startsOn = ["Enter a real date, like 01/09/2026."];
  if (parsed.data.endsOn && !end) fieldErrors.endsOn = ["Enter a real date, like 31/08/2027."];
  if (Boolean(start) !== Boolean(end) && !fieldErrors.startsOn && !fieldErrors.endsOn) fieldErrors[start ? "endsOn" : "startsOn"] = ["Enter both dates, or neither (not started)."];
  if (start && end && end < start) fieldErrors.endsOn = ["The end date must be after the start date."];
  if (Object.keys(fieldErrors).length) return { ok: false, state: { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values } };
  return {
    ok: true,
    input: {
      ...parsed.data,
      startsAt: start ? fromLondonDateTime(`${start}T00:00`) : null,
      endsAt: end ? endOfLondonDay(end) : null,
    },
  };
}

export async function createOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const read = await readOrganisation(fields(formData, organisationFields));
  if (!read.ok) return read.state;
  const id = await createOrganisation(auth.viewer.id, read.input);
  redirect(`/admin/organisations/${id}?created=1`);
}

export async function updateOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, organisationFields);
  if (!uuid.safeParse(values.id).success) return { status: "error", message: "This organisation no longer exists." };
  const read = await readOrganisation(values);
  if (!read.ok) return read.state;
  const result = await updateOrganisation(auth.viewer.id, values.id, read.input);
  if (!result.ok) {
    if (result.reason === "not-found") return { status: "error", message: "This organisation no longer exists." };
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { seats: [`${result.used} seats are in use: remove people first, or keep at least ${result.used}.`] }, values };
  }
  revalidatePath(`/admin/organisations/${values.id}`);
  return { status: "success", message: result.changed ? "The organisation has been saved. Its people see the change on their next page." : "Nothing was changed." };
}

const done = (id: string, message: string): FormState => {
  revalidatePath(`/admin/organisations/${id}`);
  return { status: "success", message };
};

export async function addDomainAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, ["id", "domain"]);
  if (!uuid.safeParse(values.id).success) return { status: "error", message: "This organisation no longer exists." };
  const domain = normaliseDomain(values.domain);
  if (!domain) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { domain: ["Enter a domain, like oakfield.example.org."] }, values };
  const result = await addDomain(auth.viewer.id, values.id, domain);
  if (!result.ok) return { status: "error", message: result.reason === "taken" ? `${domain} is already verified for ${result.takenBy}.` : "This organisation no longer exists.", values };
  return done(values.id, `${domain} is verified: confirmed addresses there can take a free seat.`);
}

export async function removeDomainAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, ["id", "domain"]);
  if (!uuid.safeParse(values.id).success || !(await removeDomain(auth.viewer.id, values.id, values.domain))) return { status: "error", message: "That domain was already removed." };
  return done(values.id, `${values.domain} is no longer verified. Nobody loses their seat.`);
}

export async function addAdminAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, ["id", "email"]);
  const email = z.email().safeParse(values.email.trim());
  if (!uuid.safeParse(values.id).success) return { status: "error", message: "This organisation no longer exists." };
  if (!email.success) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { email: ["Enter an email address."] }, values };
  const result = await addOrganisationAdmin(auth.viewer.id, values.id, email.data);
  if (!result.ok) return { status: "error", message: result.reason === "no-account" ? `Nobody has registered with ${email.data}. Ask them to register first.` : "This organisation no longer exists.", values };
  return done(values.id, `${email.data} can now manage this organisation at /account/organisation.`);
}

export async function removeAdminAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, ["id", "accountId"]);
  if (!uuid.safeParse(values.id).success || !uuid.safeParse(values.accountId).success || !(await removeOrganisationAdmin(auth.viewer.id, values.id, values.accountId))) {
    return { status: "error", message: "They were no longer an admin." };
  }
  return done(values.id, "They are no longer an admin of this organisation.");
}

export async function issueInvoiceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, ["id", "kind", "seats", "poNumber"]);
  const parsed = z
    .object({
      id: uuid,
      kind: z.enum(["membership", "seats"], { error: "Choose what the invoice is for." }),
      seats: z.coerce.number({ error: "Enter a number of seats." }).int("Enter a whole number.").min(1, "At least 1 seat.").max(100000, "At most 100,000 seats."),
      poNumber: z.string().trim().max(60, "Keep the PO number to 60 characters."),
    })
    .safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const result = await issueOrganisationInvoice({ organisationId: parsed.data.id, kind: parsed.data.kind, seats: parsed.data.seats, poNumber: parsed.data.poNumber, actorId: auth.viewer.id });
  if (!result.ok) {
    const message = {
      "not-found": "This organisation no longer exists.",
      "not-sold": "The organisation's tier has no price: set a price on the tier first.",
      "no-period": "Seats can be added once the membership has started.",
      "period-over": "The period is over: issue a membership invoice instead.",
    }[result.reason];
    return { status: "error", message, values };
  }
  return done(parsed.data.id, `Invoice ${invoiceNumberLabel(result.number)} has been issued and emailed to the organisation's admins.`);
}

/** Records a bank transfer: the membership starts or renews (or the seats are added) now. */
export async function markPaidAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, ["invoiceId"]);
  const invoice = uuid.safeParse(values.invoiceId).success ? await getInvoice(values.invoiceId) : null;
  if (!invoice) return { status: "error", message: "This invoice no longer exists." };
  const result = await markInvoicePaid(auth.viewer.id, invoice.id, "bank-transfer");
  if (!result.ok) return { status: "error", message: "This invoice was cancelled: it cannot be paid." };
  // The row's buttons go once it is paid: the page says what happened.
  redirect(`/admin/organisations/${invoice.organisationId}?${result.changed ? "paid" : "already-paid"}=${invoice.number}`);
}

export async function voidInvoiceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = fields(formData, ["invoiceId"]);
  const invoice = uuid.safeParse(values.invoiceId).success ? await getInvoice(values.invoiceId) : null;
  if (!invoice || !(await voidInvoice(auth.viewer.id, invoice.id))) return { status: "error", message: "Only an open invoice can be cancelled." };
  redirect(`/admin/organisations/${invoice.organisationId}?cancelled=${invoice.number}`);
}
