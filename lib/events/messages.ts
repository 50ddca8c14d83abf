import "server-only";
import { z } from "zod";
import { recordAttendeeMessage } from "@/db/queries/events/messages";
import { deliverStoredEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { site } from "@/lib/site";

const messageSchema = z.object({
  subject: z.string().trim().min(1, "Enter a subject.").max(200, "Keep the subject to 200 characters or fewer."),
  message: z.string().trim().min(1, "Enter the message.").max(10_000, "Keep the message to 10,000 characters or fewer."),
});

export type AttendeeMessageResult =
  | { ok: true; sent: number }
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string[]> }
  | { ok: false; reason: "nobody" | "gone" };

const field = (form: FormData, name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");

/**
 * Staff email everyone holding a confirmed place on an event (not those waiting or cancelled),
 * once each, through the outbox; recorded with an audit row. Bad input sends nothing.
 */
export async function messageAttendees(actorId: string, eventId: string, form: FormData): Promise<AttendeeMessageResult> {
  const parsed = messageSchema.safeParse({ subject: field(form, "subject"), message: field(form, "message") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= [issue.message];
    return { ok: false, reason: "invalid", fieldErrors };
  }
  const { subject, message } = parsed.data;
  const result = await recordAttendeeMessage(actorId, eventId, subject, (r, event) => ({
    to: r.email,
    subject,
    text: `Hello ${r.name},\n\n${message}\n\nYou are receiving this because you booked a place at ${event.title}. Your bookings: ${env.SITE_URL}/account/bookings\n\n${site.name}\n`,
  }));
  if (!result) return { ok: false, reason: "gone" };
  if (result.sent.length === 0) return { ok: false, reason: "nobody" };
  for (const { outboxId, message: email } of result.sent) await deliverStoredEmail(outboxId, email);
  return { ok: true, sent: result.sent.length };
}
