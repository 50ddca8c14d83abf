import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db";
import { accounts, organisationAdmins, organisations } from "@/db/schema";
import { recordAudit } from "../audit";
import { diffChanges } from "../audit/changes";
import type { OrganisationInput } from "./staff";
import { takeSeat } from "./seats";

export type StartResult = { ok: true; id: string; seated: boolean } | { ok: false; reason: "awaiting"; organisationId: string; name: string };

/**
 * A signed-in person (typically the SENCO) sets up their organisation's membership themselves: the
 * organisation, not started until its first invoice is paid, with them as its admin and, if they
 * ask, holding one of its seats. One organisation awaiting its first payment per person at a time,
 * checked under the account's row lock so a double submission makes one.
 */
export async function startOrganisation(
  accountId: string,
  input: Pick<OrganisationInput, "name" | "type" | "invoiceAddress" | "tierSlug" | "seats">,
  options: { takeSeat: boolean },
): Promise<StartResult> {
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, accountId)).for("update");
    if (!account) throw new Error("startOrganisation: no such account");
    const [awaiting] = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisationAdmins)
      .innerJoin(organisations, eq(organisations.id, organisationAdmins.organisationId))
      .where(and(eq(organisationAdmins.accountId, accountId), isNull(organisations.startsAt)));
    if (awaiting) return { ok: false, reason: "awaiting", organisationId: awaiting.id, name: awaiting.name };
    const [row] = await tx
      .insert(organisations)
      .values({ ...input, startsAt: null, endsAt: null, membershipExpiresAt: null })
      .returning({ id: organisations.id });
    const id = row!.id;
    await tx.insert(organisationAdmins).values({ organisationId: id, accountId });
    await recordAudit(tx, {
      actorId: accountId,
      action: "create",
      entityType: "organisation",
      entityId: id,
      summary: `${account.email} set up ${input.name}'s membership, as its admin; it starts when its first invoice is paid`,
      changes: diffChanges(null, { ...input, admin: account.email }),
    });
    const seat = options.takeSeat ? await takeSeat(tx, id, accountId, accountId, "set up the membership") : null;
    return { ok: true, id, seated: seat?.ok === true };
  });
}
