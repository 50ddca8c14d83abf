import "server-only";
import { db } from "@/db";
import { getAccountByEmail } from "@/db/queries/accounts";
import { freeSeat, takeSeat } from "@/db/queries/organisations";
import { inviteToOrganisation } from "./invites";

class SeatElsewhere extends Error {
  constructor(readonly organisationName?: string) {
    super("the colleague holds another organisation's seat");
  }
}

export type TransferResult =
  | { ok: true; outcome: "moved" | "invited" }
  | { ok: false; reason: "not-a-member" | "elsewhere" | "same-person"; organisationName?: string };

/**
 * Gives a leaver's seat to a colleague: the leaver keeps a free account; a colleague with a
 * confirmed account takes the seat in the same transaction (nobody else can take it between), and
 * anyone else is invited by email to take it.
 */
export async function transferSeat(input: {
  organisationId: string;
  organisationName: string;
  fromAccountId: string;
  toEmail: string;
  actorId: string;
  actorName: string;
}): Promise<TransferResult> {
  const colleague = await getAccountByEmail(input.toEmail);
  if (colleague?.id === input.fromAccountId) return { ok: false, reason: "same-person" };
  const moved = await db.transaction(async (tx) => {
    if (!(await freeSeat(tx, input.organisationId, input.fromAccountId, input.actorId, `seat transferred to ${input.toEmail}`))) {
      return { ok: false as const, reason: "not-a-member" as const };
    }
    if (!colleague || !colleague.emailVerifiedAt || colleague.disabled) return { ok: true as const, outcome: "invite" as const };
    const seat = await takeSeat(tx, input.organisationId, colleague.id, input.actorId, "seat transferred from a colleague");
    // Undo the removal (throwing rolls it back): the leaver keeps the seat until the colleague is free to take it.
    if (!seat.ok) throw new SeatElsewhere(seat.organisationName);
    return { ok: true as const, outcome: "moved" as const };
  }).catch((error: unknown) => {
    if (error instanceof SeatElsewhere) return { ok: false as const, reason: "elsewhere" as const, organisationName: error.organisationName };
    throw error;
  });
  if (!moved.ok) return moved;
  if (moved.outcome === "moved") return { ok: true, outcome: "moved" };
  await inviteToOrganisation({
    organisationId: input.organisationId,
    organisationName: input.organisationName,
    email: input.toEmail,
    inviterName: input.actorName,
    actorId: input.actorId,
  });
  return { ok: true, outcome: "invited" };
}
