import "server-only";
import { z } from "zod";
import { addEventMaterial } from "@/db/queries/events/materials";
import { env } from "@/lib/env";
import { FORM_FILE_MAX_BYTES, readFormFile } from "@/lib/uploads/form-file";

const titleSchema = z.string().trim().min(1, "Enter a title, such as “Slides” or “Recording”.").max(200, "Keep the title to 200 characters or fewer.");

export type AddMaterialResult = { ok: true; slug: string } | { ok: false; fieldErrors: Record<string, string[]> } | { ok: false; gone: true };

/**
 * Staff add a slide deck, recording or handout to an event: a title, who may open it (people booked
 * on the event, members of chosen tiers, or both) and the file, checked as resource uploads are
 * (by name and by its first bytes). Nothing is stored unless every part is right.
 */
export async function addMaterialFromForm(actorId: string, eventId: string, form: FormData, tierSlugs: readonly string[]): Promise<AddMaterialResult> {
  const fieldErrors: Record<string, string[]> = {};
  const title = titleSchema.safeParse(typeof form.get("title") === "string" ? form.get("title") : "");
  if (!title.success) fieldErrors.title = [title.error.issues[0]!.message];
  const attendees = form.get("attendees") === "on";
  const tiers = form.getAll("tiers").filter((t): t is string => typeof t === "string");
  if (tiers.some((t) => !tierSlugs.includes(t))) fieldErrors.audience = ["Choose tiers from the list."];
  else if (!attendees && tiers.length === 0) fieldErrors.audience = ["Choose who may open it: people booked on the event, members of a tier, or both."];
  const chosen = await readFormFile(form, "file", Math.min(env.MAX_UPLOAD_BYTES, FORM_FILE_MAX_BYTES));
  if (!chosen.ok) fieldErrors.file = [chosen.message];
  else if (!chosen.file) fieldErrors.file = ["Choose the file to upload."];
  if (Object.keys(fieldErrors).length > 0 || !title.success || !chosen.ok || !chosen.file) return { ok: false, fieldErrors };
  const added = await addEventMaterial(actorId, eventId, title.data, { attendees, tiers: [...new Set(tiers)] }, chosen.file);
  return added ? { ok: true, slug: added.slug } : { ok: false, gone: true };
}
