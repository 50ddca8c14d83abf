"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addCpdActivity, deleteOwnCpdActivity, setCpdGoal } from "@/db/queries/events/cpd";
import { formFields, invalidForm, type FormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/viewer";
import { parseDateInput } from "@/lib/dates";

const signedOut: FormState = { status: "error", message: "Your session has ended. Sign in again to continue." };

const activitySchema = z.object({
  title: z.string().trim().min(1, "Enter what you did.").max(200, "Keep the title under 200 characters."),
  date: z
    .string()
    .transform((v) => parseDateInput(v) ?? "")
    .refine((v) => v !== "", "Enter a real date, for example 2026-05-14.")
    .refine((v) => v <= new Date().toISOString().slice(0, 10), "The date cannot be in the future."),
  hours: z.coerce.number({ message: "Enter the hours as a number, for example 1.5." }).gt(0, "Enter more than 0 hours.").max(100, "Enter at most 100 hours for one activity."),
  reflection: z.string().trim().max(5000, "Keep the reflection under 5,000 characters."),
});

/** Adds one of the member's own CPD activities. */
export async function addCpdActivityAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const values = formFields(form, ["title", "date", "hours", "reflection"]);
  const parsed = activitySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  await addCpdActivity(viewer.id, { ...parsed.data, hours: Math.round(parsed.data.hours * 100) / 100 });
  revalidatePath("/account/cpd");
  return { status: "success", message: `Added “${parsed.data.title}” to your record.` };
}

const goalSchema = z.object({ goal: z.coerce.number({ message: "Enter a whole number of hours." }).int("Enter a whole number of hours.").min(1, "Enter at least 1 hour.").max(1000, "Enter at most 1,000 hours.") });

/** Sets the member's yearly CPD goal. */
export async function setCpdGoalAction(_prev: FormState, form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const values = formFields(form, ["goal"]);
  const parsed = goalSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  await setCpdGoal(viewer.id, parsed.data.goal);
  revalidatePath("/account/cpd");
  return { status: "success", message: `Your goal is ${parsed.data.goal} hours a year.` };
}

/** Removes one of the member's own activities (not attended events). */
export async function deleteCpdActivityAction(id: unknown, _prev: FormState, _form: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return signedOut;
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success || !(await deleteOwnCpdActivity(viewer.id, parsed.data))) return { status: "error", message: "That activity is not on your record." };
  revalidatePath("/account/cpd");
  return { status: "success", message: "Removed." };
}
