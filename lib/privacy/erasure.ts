import "server-only";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { getPerson } from "@/db/queries/privacy/person";
import {
  addErasureRequest,
  cancelErasureRequest,
  completeErasureRequest,
  type ErasureRequest,
  getErasureRequest,
  listDueErasures,
  makeErasureDueNow,
  setErasureOutcome,
} from "@/db/queries/privacy/requests";
import { sendEmail } from "@/lib/email";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import type { JobDefinition } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { site } from "@/lib/site";
import { privacySections } from "./sections";
import { cancelStripeSubscriptions } from "./stripe-cancel";

const DAY = 24 * 60 * 60 * 1000;

export function erasureDueDate(now = new Date(), graceDays = env.ERASURE_GRACE_DAYS): Date {
  return new Date(now.getTime() + graceDays * DAY);
}

/**
 * Records a request to erase the account, carried out after the grace period unless cancelled;
 * emails the person the date and how to cancel. A second request while one is pending changes nothing.
 */
export async function requestErasure(input: {
  accountId: string;
  source: "self" | "staff";
  actorId: string;
  note?: string;
  dueAt?: Date;
}): Promise<ErasureRequest | null> {
  const result = await db.transaction(async (tx) => {
    const person = await getPerson(tx, input.accountId, true);
    if (!person) return null;
    const { request, created } = await addErasureRequest(tx, {
      accountId: input.accountId,
      source: input.source,
      requestedById: input.source === "staff" ? input.actorId : null,
      note: input.note ?? "",
      dueAt: input.dueAt ?? erasureDueDate(),
    });
    if (created) {
      await recordAudit(tx, {
        actorId: input.actorId,
        action: "request-erasure",
        entityType: "account",
        entityId: input.accountId,
        summary: `Erasure requested (${input.source === "self" ? "by the member" : `by staff: ${input.note ?? ""}`}), due ${request.dueAt.toISOString().slice(0, 10)}`,
      });
    }
    return { request, created, person };
  });
  if (!result) return null;
  if (result.created && result.request.dueAt.getTime() > Date.now()) {
    await sendEmail({
      to: result.person.email,
      subject: `Your ${site.name} account will be erased on ${formatDate(result.request.dueAt)}`,
      text: `Hello ${result.person.name},\n\nWe have received a request to erase your ${site.name} account. On ${formatDate(result.request.dueAt)} we will erase your personal data, except what the law requires us to keep (such as payment records, without your name or email).\n\nIf you change your mind before then, sign in and choose "Cancel the erasure" at ${env.SITE_URL}/account/privacy\n\n${site.name}\n`,
    });
  }
  return result.request;
}

/** Cancels a pending request (the person signing in, or staff); false when none was pending. */
export async function cancelErasure(accountId: string, actorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const cancelled = await cancelErasureRequest(tx, accountId);
    if (cancelled) {
      await recordAudit(tx, {
        actorId,
        action: "cancel-erasure",
        entityType: "account",
        entityId: accountId,
        summary: "Erasure request cancelled",
      });
    }
    return cancelled;
  });
}

export type ErasureResult = "erased" | "not-pending";

/**
 * Carries out one pending request: cancels the person's Stripe subscriptions, then in one
 * transaction claims the request and erases or anonymises every section, with an audit row that
 * names no one. Run twice, or by two processes at once, it erases once: the second finds the
 * request completed.
 */
export async function carryOutErasure(requestId: string, actorId: string | null): Promise<ErasureResult> {
  const request = await getErasureRequest(requestId);
  if (!request || request.status !== "pending") return "not-pending";
  await cancelStripeSubscriptions(request.accountId);
  const result = await db.transaction(async (tx) => {
    const person = await getPerson(tx, request.accountId, true);
    if (!person || !(await completeErasureRequest(tx, requestId, {}))) return "not-pending" as const;
    const outcome: Record<string, string> = {};
    for (const section of privacySections) {
      const rows = await section.access.erase(tx, person);
      outcome[section.table] = `${section.erasure.kind === "delete" ? "deleted" : section.erasure.kind === "keep" ? "kept" : "anonymised"}: ${rows}`;
    }
    await setErasureOutcome(tx, requestId, outcome);
    await recordAudit(tx, {
      actorId,
      action: "erase-account",
      entityType: "account",
      entityId: request.accountId,
      summary: `Account erased (${request.source === "self" ? "asked for by the member" : "request entered by staff"}); payment records kept without name or email`,
      changes: outcome,
    });
    return "erased" as const;
  });
  if (result === "erased") logger.info({ account: request.accountId, request: requestId }, "account erased");
  return result;
}

/** Staff erasing at once (a request received by post): the request is recorded, then carried out now. */
export async function eraseNow(input: { accountId: string; actorId: string; note: string }): Promise<ErasureResult> {
  const request = await db.transaction(async (tx) => {
    const person = await getPerson(tx, input.accountId, true);
    if (!person) return null;
    const { request, created } = await addErasureRequest(tx, {
      accountId: input.accountId,
      source: "staff",
      requestedById: input.actorId,
      note: input.note,
      dueAt: new Date(),
    });
    if (!created) await makeErasureDueNow(tx, request.id);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "request-erasure",
      entityType: "account",
      entityId: input.accountId,
      summary: `Immediate erasure requested by staff: ${input.note}`,
    });
    return request;
  });
  if (!request) return "not-pending";
  return carryOutErasure(request.id, input.actorId);
}

/** Carries out every request whose grace period has ended; returns how many accounts it erased. */
export async function eraseDue(now = new Date()): Promise<number> {
  let erased = 0;
  for (const due of await listDueErasures(now)) {
    if ((await carryOutErasure(due.id, null)) === "erased") erased += 1;
  }
  return erased;
}

/** The daily job that runs it (lib/jobs). */
export const erasureJob: JobDefinition = {
  name: "privacy-erase-due",
  cron: "23 3 * * *",
  run: async () => void (await eraseDue()),
};
