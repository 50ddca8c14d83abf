import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/db";
import { addToOutbox } from "@/db/queries/outbox";
import { saveInvite } from "@/db/queries/organisations";
import { hashToken } from "@/lib/auth/tokens";
import { deliverStoredEmail, redactTokenLinks } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { site } from "@/lib/site";
import { INVITE_TTL_DAYS } from "./terms";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Invites an address to take a seat (or sends a fresh link for an open invitation, which stops the
 * old one working): the invitation and its email are written in one transaction.
 */
export async function inviteToOrganisation(input: { organisationId: string; organisationName: string; email: string; inviterName: string; actorId: string | null }) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_TTL_DAYS * DAY);
  const link = `${env.SITE_URL}/account/organisation/accept?token=${token}`;
  const message = {
    to: input.email.trim().toLowerCase(),
    subject: `${input.inviterName} has invited you to ${input.organisationName}'s ${site.name} membership`,
    text:
      `Hello,\n\n${input.inviterName} has given you a place on ${input.organisationName}'s ${site.name} membership.\n\n` +
      `To take it, open this link and sign in (or register with this address, ${input.email.trim().toLowerCase()}):\n${link}\n\n` +
      `The link works once, until ${formatDate(expiresAt)}.\n\n${site.name}\n`,
  };
  const { outboxId, renewed } = await db.transaction(async (tx) => {
    const saved = await saveInvite(tx, { organisationId: input.organisationId, email: input.email, tokenHash: hashToken(token), expiresAt, invitedById: input.actorId });
    // With SMTP delivering, the outbox copy has no usable link (as lib/email keeps it).
    const stored = env.SMTP_URL ? { ...message, text: redactTokenLinks(message.text) } : message;
    return { outboxId: await addToOutbox(stored, tx), renewed: saved.renewed };
  });
  await deliverStoredEmail(outboxId, message);
  return { renewed, token };
}
