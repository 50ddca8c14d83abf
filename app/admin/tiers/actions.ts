"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { updateTier } from "@/db/queries/tiers";
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
  priceText: z.string().trim().max(60, "Keep the price to 60 characters or fewer."),
  position: z.coerce.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(0, "Use 0 or more.").max(99, "Use 99 or less."),
});

/** What the public membership page says about a tier (admins only). */
export async function updateTierAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = formFields(formData, ["slug", "name", "description", "benefits", "priceText", "position"]);
  const parsed = tierSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { slug, ...fields } = parsed.data;
  const result = await updateTier(auth.viewer.id, slug, fields);
  if (!result) return { status: "error", message: "This tier no longer exists.", values };
  if (result.changed) revalidatePublicContent({ tiers: true });
  redirect(`/admin/tiers?${result.changed ? "saved" : "unchanged"}=${encodeURIComponent(slug)}#tier-${slug}`);
}
