"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { setGraceDays } from "@/db/queries/settings";
import { updateTier } from "@/db/queries/tiers";
import { FREE_TIER } from "@/lib/access";
import { resyncPaidMemberships } from "@/lib/billing/membership";
import { parsePounds } from "@/lib/billing/price";
import { formFields, invalidForm, type FormState } from "@/lib/actions";
import { authorise } from "@/lib/admin/authorise";
import { revalidatePublicContent } from "@/lib/content/revalidate";

const tierSchema = z.object({
  slug: z.string().min(1).max(40),
  name: z.string().trim().min(1, "Enter a name.").max(60, "Keep the name to 60 characters or fewer."),
  description: z.string().trim().max(500, "Keep the description to 500 characters or fewer."),
  benefits: z
    .string()
    .transform((text) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(200, "Keep each benefit to 200 characters or fewer.")).max(12, "List at most 12 benefits.")),
  price: z
    .string()
    .trim()
    .transform((text) => (text === "" ? 0 : parsePounds(text)))
    .refine((pence) => pence !== null, "Enter the yearly price in pounds, like 45 or 45.50 (0 for no charge).")
    .refine((pence) => pence === null || pence <= 100_000_00, "Enter a price of £100,000 or less."),
  vatTreatment: z.enum(["exempt", "standard"], { error: "Choose how VAT applies." }),
  position: z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(0, "Use 0 or more.").max(99, "Use 99 or less."),
});

/** What the public membership page says about a tier (admins only). */
export async function updateTierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = formFields(formData, ["slug", "name", "description", "benefits", "price", "vatTreatment", "position"]);
  const parsed = tierSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { slug, price, ...fields } = parsed.data;
  // Every registered account holds the free tier: it is never sold.
  const annualPricePence = slug === FREE_TIER ? 0 : (price ?? 0);
  const result = await updateTier(auth.viewer.id, slug, { ...fields, annualPricePence });
  if (!result) return { status: "error", message: "This tier no longer exists.", values };
  if (result.changed) revalidatePublicContent({ tiers: true });
  redirect(`/admin/tiers?${result.changed ? "saved" : "unchanged"}=${encodeURIComponent(slug)}#tier-${slug}`);
}

const graceSchema = z.object({
  graceDays: z.coerce
    .number({ error: "Enter a whole number of days." })
    .int("Enter a whole number of days.")
    .min(0, "Use 0 or more days.")
    .max(365, "Use 365 days or fewer."),
});

/** How long a lapsed or unpaid membership keeps its access (admins only, audited). */
export async function updateGracePeriodAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = formFields(formData, ["graceDays"]);
  const parsed = graceSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const changed = await setGraceDays(auth.viewer.id, parsed.data.graceDays);
  // Paying members' access ends move with the setting now, not at their next payment.
  const moved = changed ? await resyncPaidMemberships("Grace period changed") : 0;
  redirect(`/admin/tiers?${changed ? `grace=saved&moved=${moved}` : "unchanged=grace"}#grace`);
}
