"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveNewsletterPreferences } from "@/db/queries/newsletters/preferences";
import { listTopics } from "@/db/queries/taxonomy";
import type { FormState } from "@/lib/actions";
import { getViewer } from "@/lib/auth/viewer";
import { NEWSLETTER_CONSENT_WORDING, NEWSLETTER_WITHDRAWAL_WORDING } from "@/lib/newsletters/consent-wording";

const schema = z.object({ subscribed: z.boolean(), topics: z.array(z.string().max(100)).max(50) });

/** The account page's newsletter choice and topics; each change of answer is kept in consents. */
export async function saveNewsletterPreferencesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  if (!viewer) return { status: "error", message: "Your session has ended. Sign in again to make changes." };
  const form = formData instanceof FormData ? formData : new FormData();
  const parsed = schema.safeParse({
    subscribed: form.get("newsletter") === "yes",
    topics: form.getAll("topics").filter((v): v is string => typeof v === "string"),
  });
  if (!parsed.success) return { status: "error", message: "Choose topics from the list." };
  const known = (await listTopics()).map((t) => t.slug);
  const topicSlugs = parsed.data.topics.filter((slug) => known.includes(slug));
  await saveNewsletterPreferences(viewer.id, {
    subscribed: parsed.data.subscribed,
    topicSlugs,
    wording: parsed.data.subscribed ? NEWSLETTER_CONSENT_WORDING : NEWSLETTER_WITHDRAWAL_WORDING,
    source: "account",
  });
  revalidatePath("/account");
  return {
    status: "success",
    message: parsed.data.subscribed ? "Saved: we will send you the newsletter." : "Saved: we will not send you the newsletter.",
  };
}
