"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { startOrganisation } from "@/db/queries/organisations";
import { listTiers } from "@/db/queries/taxonomy";
import { formFields, invalidForm, type FormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/viewer";
import { isPaid } from "@/lib/billing/price";
import { issueOrganisationInvoice } from "@/lib/organisations/invoicing";

const names = ["name", "type", "invoiceAddress", "tierSlug", "seats", "poNumber", "seatForMe"] as const;

const schema = z.object({
  name: z.string().trim().min(2, "Enter your organisation's name.").max(200, "Keep the name to 200 characters."),
  type: z.enum(["school", "college", "local-authority", "other"], { error: "Choose what kind of organisation it is." }),
  invoiceAddress: z.string().trim().min(5, "Enter the address the invoice goes to.").max(1000, "Keep the address to 1,000 characters."),
  tierSlug: z.string().min(1, "Choose a membership tier."),
  seats: z.coerce.number({ error: "Enter a number of seats." }).int("Enter a whole number of seats.").min(1, "Enter at least 1 seat.").max(5000, "For more than 5,000 seats, contact us."),
  poNumber: z.string().trim().max(60, "Keep the PO number to 60 characters."),
  seatForMe: z.enum(["yes", "no"], { error: "Say whether you need a seat yourself." }),
});

/**
 * A signed-in person buys membership for their organisation on invoice: the organisation is set up
 * with them as its admin, and its first invoice is issued and emailed to them. The membership
 * starts when the invoice is paid (by bank transfer, marked by staff, or by card).
 */
export async function startOrganisationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "Your session has ended. Sign in again to continue." };
  const values = formFields(formData, names) as Record<(typeof names)[number], string>;
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const tier = (await listTiers()).find((t) => t.slug === parsed.data.tierSlug);
  if (!tier || !isPaid(tier)) {
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { tierSlug: ["Choose a paid tier from the list."] }, values };
  }
  const { poNumber, seatForMe, ...organisation } = parsed.data;
  const started = await startOrganisation(viewer.id, organisation, { takeSeat: seatForMe === "yes" });
  if (!started.ok) {
    return {
      status: "error",
      message: `${started.name} is still waiting for its first payment. Pay or cancel its invoice from your organisation's page before setting up another.`,
      values,
    };
  }
  const invoice = await issueOrganisationInvoice({ organisationId: started.id, kind: "membership", seats: organisation.seats, poNumber, actorId: viewer.id });
  redirect(`/account/organisation?org=${started.id}&done=${invoice.ok ? "started" : "started-no-invoice"}`);
}
