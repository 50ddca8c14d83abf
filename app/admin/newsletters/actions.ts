"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  cancelScheduledNewsletter,
  createNewsletter,
  deleteDraftNewsletter,
  getNewsletter,
  listOrganisationsForAudience,
  listTopicsForAudience,
  recordTestSend,
  retryFailedRecipients,
  scheduleNewsletter,
  type SaveResult,
  updateNewsletter,
} from "@/db/queries/newsletters";
import { listTiers } from "@/db/queries/taxonomy";
import type { FormState } from "@/lib/actions";
import { authorise } from "@/lib/admin/authorise";
import { revalidateSearch } from "@/lib/content/revalidate";
import { invalidContent } from "@/lib/content/save-messages";
import { formatDateTime } from "@/lib/format";
import { logger } from "@/lib/logger";
import { parseNewsletterForm, parseSendTime } from "@/lib/newsletters/form";
import { sendNewsletterMessage } from "@/lib/newsletters/mailer";
import { queueNewsletterDispatch } from "@/lib/newsletters/send";

const idSchema = z.uuid();
const gone: FormState = { status: "error", message: "This newsletter has been deleted by someone else." };

function refused(result: Exclude<SaveResult, { ok: true }>, slug = ""): FormState {
  switch (result.reason) {
    case "slug-taken":
      return invalidContent({ slug: [`The web address “${slug}” is already used by another newsletter. Choose another.`] });
    case "conflict":
      return { status: "error", message: "Someone else saved this newsletter since you opened it, so nothing was changed. Reload the page to see their version." };
    case "not-editable":
      return { status: "error", message: "This newsletter has started sending, so it can no longer be changed." };
    case "missing":
      return gone;
  }
}

export async function saveNewsletterAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const [tiers, organisations, topics] = await Promise.all([listTiers(), listOrganisationsForAudience(), listTopicsForAudience()]);
  const parsed = parseNewsletterForm(formData, {
    tierSlugs: tiers.map((t) => t.slug),
    organisationIds: organisations.map((o) => o.id),
    topicIds: topics.map((t) => t.id),
  });
  if (!parsed.ok) return invalidContent(parsed.fieldErrors);
  const result = parsed.id
    ? await updateNewsletter(auth.viewer.id, parsed.id, parsed.version, parsed.data)
    : await createNewsletter(auth.viewer.id, parsed.data);
  if (!result.ok) return refused(result, parsed.data.slug);
  revalidatePath("/admin/newsletters");
  redirect(`/admin/newsletters/${result.id}?${parsed.id ? "saved" : "created"}=1`);
}

/** "Send a test to me": the saved version, to the signed-in staff member only, marked [Test]. */
export async function sendTestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formData.get("id"));
  const newsletter = id.success ? await getNewsletter(id.data) : null;
  if (!newsletter) return gone;
  try {
    await sendNewsletterMessage(newsletter, { accountId: auth.viewer.id, email: auth.viewer.email }, { test: true });
  } catch (error) {
    logger.error({ err: error }, "test newsletter not sent");
    return { status: "error", message: "The test could not be sent: the mail server did not accept it. Try again in a few minutes." };
  }
  await recordTestSend(auth.viewer.id, newsletter.id, newsletter.subject, auth.viewer.email);
  return { status: "success", message: `A test of the saved version was sent to ${auth.viewer.email}.` };
}

export async function sendNewsletterAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formData.get("id"));
  const version = z.coerce.number().int().min(1).safeParse(formData.get("version"));
  if (!id.success || !version.success) return gone;
  const when = parseSendTime(formData);
  if (!when.ok) return { status: "error", message: when.message };
  const result = await scheduleNewsletter(auth.viewer.id, id.data, version.data, when.at);
  if (!result.ok) return refused(result);
  // The queue starts it (within seconds for "now"); the minutely pass is the safety net.
  await queueNewsletterDispatch(when.at.getTime() > Date.now() ? when.at : undefined).catch((error: unknown) =>
    logger.error({ err: error }, "newsletter job not queued; the minutely pass will start it"),
  );
  revalidatePath("/admin/newsletters");
  // A sent newsletter joins the archive, and so search, once the queue starts sending it (within
  // seconds; a scheduled one at its time, when kept answers expire: lib/cache/schedule). Kept
  // answers go now, and any kept in the seconds before it starts last a minute at most.
  revalidateSearch();
  redirect(`/admin/newsletters/${id.data}?${when.at.getTime() > Date.now() + 60_000 ? `scheduled=${encodeURIComponent(formatDateTime(when.at))}` : "sending=1"}`);
}

export async function cancelSendAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return gone;
  const result = await cancelScheduledNewsletter(auth.viewer.id, id.data);
  if (!result.ok) return refused(result);
  redirect(`/admin/newsletters/${id.data}?cancelled=1`);
}

export async function retryFailedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return gone;
  const retried = await retryFailedRecipients(auth.viewer.id, id.data);
  if (retried === null) return { status: "error", message: "Only a newsletter that has been sent has messages to retry." };
  if (retried === 0) return { status: "success", message: "No messages had failed." };
  await queueNewsletterDispatch().catch(() => undefined);
  revalidatePath(`/admin/newsletters/${id.data}`);
  return { status: "success", message: `${retried} message${retried === 1 ? " is" : "s are"} queued to be sent again.` };
}

export async function deleteNewsletterAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return gone;
  if (!(await deleteDraftNewsletter(auth.viewer.id, id.data))) return { status: "error", message: "Only a draft can be deleted." };
  revalidatePath("/admin/newsletters");
  redirect("/admin/newsletters?deleted=1");
}
