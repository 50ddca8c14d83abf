"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { importMembers } from "@/lib/members/import";
import { getMember, updateMember } from "@/db/queries/members";
import { listTiers } from "@/db/queries/taxonomy";
import { grantComplimentary } from "@/db/queries/billing";
import { formFields, invalidForm, type FormState } from "@/lib/actions";
import { logger } from "@/lib/logger";
import { cancelErasure, eraseNow, requestErasure } from "@/lib/privacy/erasure";
import { authorise } from "@/lib/admin/authorise";
import { describeImport, type ImportState } from "@/lib/members/import-preview";
import { MAX_IMPORT_BYTES } from "@/lib/members/csv";
import { sendAccountInvitation, sendPasswordResetByStaff } from "@/lib/auth/emails";
import { endOfLondonDay, parseDateInput } from "@/lib/dates";

const memberSchema = z.object({
  id: z.uuid(),
  tierSlug: z.string().min(1, "Choose a tier."),
  expiry: z.string().trim(),
  role: z.enum(["member", "editor", "admin"], { error: "Choose a role." }),
  disabled: z.boolean(),
});

/** Tier, expiry, role and disabled (admins only). Applies on the account's next request. */
export async function updateMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = formFields(formData, ["id", "tierSlug", "expiry", "role"]);
  const parsed = memberSchema.safeParse({ ...values, disabled: formData.get("disabled") === "on" });
  const fieldErrors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
  }
  const { id, tierSlug, expiry, role, disabled } = parsed.data;
  const tiers = await listTiers();
  if (!tiers.some((t) => t.slug === tierSlug)) fieldErrors.tierSlug = ["Choose a tier from the list."];
  const date = expiry ? parseDateInput(expiry) : null;
  if (expiry && !date) fieldErrors.expiry = ["Enter a real date, like 31/07/2027."];
  if (tierSlug === "free" && expiry) fieldErrors.expiry = ["The Free tier does not expire: leave the date empty."];
  if (id === auth.viewer.id && role !== "admin") fieldErrors.role = ["You cannot remove your own admin role. Ask another admin to do it."];
  if (id === auth.viewer.id && disabled) fieldErrors.disabled = ["You cannot disable your own account."];
  if (Object.keys(fieldErrors).length) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };

  const result = await updateMember(auth.viewer.id, id, {
    tierSlug,
    membershipExpiresAt: date ? endOfLondonDay(date) : null,
    role,
    disabled,
  });
  if (!result.ok) {
    const message = {
      "not-found": "This account no longer exists.",
      "own-admin-role": "You cannot remove your own admin role.",
      "disable-self": "You cannot disable your own account.",
    }[result.reason];
    return { status: "error", message, values };
  }
  redirect(`/admin/members/${id}?${result.changed ? "saved" : "unchanged"}=1`);
}

export async function sendMemberPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const id = z.uuid().safeParse(formData.get("id"));
  const member = id.success ? await getMember(id.data) : null;
  if (!member) return { status: "error", message: "This account no longer exists." };
  if (member.disabled) return { status: "error", message: "This account is disabled: enable it first, then send the link." };
  await sendPasswordResetByStaff(auth.viewer.id, member);
  return { status: "success", message: `A password-reset link has been emailed to ${member.email}. It works for one hour.` };
}

async function csvFrom(formData: FormData): Promise<{ text: string; filename: string; pasted?: string } | { error: string }> {
  const file = formData.get("file");
  const pasted = formData.get("csv");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return { error: "The file is larger than 1 MB. Split it into smaller files." };
    return { text: await file.text(), filename: file.name.slice(0, 200) };
  }
  if (typeof pasted === "string" && pasted.trim()) {
    if (pasted.length > MAX_IMPORT_BYTES) return { error: "The text is larger than 1 MB. Split it into smaller files." };
    const name = formData.get("filename");
    return { text: pasted, filename: typeof name === "string" && name ? name.slice(0, 200) : "pasted CSV", pasted };
  }
  return { error: "Choose a CSV file, or paste its contents." };
}

/** Checks a member CSV and shows what it would do. Writes nothing. */
export async function previewImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const csv = await csvFrom(formData);
  if ("error" in csv) return { status: "error", message: csv.error };
  const result = await importMembers(auth.viewer.id, csv.text, { filename: csv.filename, apply: false });
  return { ...describeImport(result, csv.text, csv.filename), pasted: csv.pasted };
}

/** Applies a checked CSV: every row in one transaction, or nothing if any row is bad now. */
export async function applyImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const csv = await csvFrom(formData);
  if ("error" in csv) return { status: "error", message: csv.error };
  const result = await importMembers(auth.viewer.id, csv.text, { filename: csv.filename, apply: true });
  if (!result.ok) return describeImport(result, csv.text, csv.filename);
  const created = result.plan.creates.map((c) => c.email);
  after(async () => {
    for (const email of created) await sendAccountInvitation(email);
  });
  redirect(`/admin/members?imported=1&created=${created.length}&updated=${result.plan.updates.length}`);
}

const complimentarySchema = z.object({
  id: z.uuid(),
  tierSlug: z.string().min(1, "Choose a tier."),
  until: z.string().trim().min(1, "Enter the date it ends, like 31/07/2027."),
});

/** A paid tier at no charge until a date, without Stripe (admins only, audited). */
export async function grantComplimentaryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = formFields(formData, ["id", "tierSlug", "until"]);
  const parsed = complimentarySchema.safeParse(values);
  const fieldErrors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
  }
  const tiers = await listTiers();
  if (!tiers.some((t) => t.slug === parsed.data.tierSlug && t.slug !== "free")) fieldErrors.tierSlug = ["Choose a paid tier."];
  const date = parseDateInput(parsed.data.until);
  const until = date ? endOfLondonDay(date) : null;
  if (!until) fieldErrors.until = ["Enter a real date, like 31/07/2027."];
  else if (until.getTime() <= Date.now()) fieldErrors.until = ["Choose a date in the future."];
  if (Object.keys(fieldErrors).length || !until) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
  if (!(await grantComplimentary(auth.viewer.id, parsed.data.id, parsed.data.tierSlug, until))) {
    return { status: "error", message: "This account no longer exists.", values };
  }
  redirect(`/admin/members/${parsed.data.id}?complimentary=1`);
}

const erasureSchema = z.object({
  id: z.uuid(),
  note: z.string().trim().min(3, "Say how the request arrived, like “Letter dated 1 December 2026”.").max(200, "Keep it under 200 characters."),
  when: z.enum(["grace", "now"], { error: "Choose when to erase." }),
  confirm: z.literal("on", { error: "Confirm that you have checked the request." }),
});

/** Starts an erasure for a request received by post, now or after the grace period (admins only, audited). */
export async function startErasureAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const values = formFields(formData, ["id", "note", "when", "confirm"]);
  const parsed = erasureSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, { ...values, confirm: "" });
  const { id, note, when } = parsed.data;
  const member = await getMember(id);
  if (!member) return { status: "error", message: "This account no longer exists." };
  if (id === auth.viewer.id) return { status: "error", message: "You cannot erase your own account. Ask another administrator." };
  if (member.role !== "member") return { status: "error", message: "This is a staff account: remove its staff role first, then erase it." };
  if (when === "now") {
    try {
      await eraseNow({ accountId: id, actorId: auth.viewer.id, note });
    } catch (error) {
      logger.error({ err: error, account: id }, "staff erasure failed");
      return { status: "error", message: "The erasure could not be finished (the payment provider did not answer). Nothing was erased: try again shortly." };
    }
    redirect(`/admin/members/${id}?erased=1`);
  }
  await requestErasure({ accountId: id, source: "staff", actorId: auth.viewer.id, note });
  redirect(`/admin/members/${id}?erasure=requested`);
}

/** Cancels a member's pending erasure (admins only, audited). */
export async function cancelMemberErasureAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("admin");
  if (!auth.ok) return auth.state;
  const id = z.uuid().safeParse(formData.get("id"));
  if (!id.success || !(await cancelErasure(id.data, auth.viewer.id))) return { status: "error", message: "There is no erasure waiting to be cancelled." };
  redirect(`/admin/members/${id.data}?erasure=cancelled`);
}
