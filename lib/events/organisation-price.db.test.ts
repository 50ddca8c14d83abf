import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { accounts } from "@/db/schema";
import { createAccountSession } from "@/db/queries/account-sessions";
import { getLiveEvent } from "@/db/queries/events/public";
import { createOrganisation, takeSeat } from "@/db/queries/organisations";
import { viewerFromSession } from "@/lib/auth/viewer";
import { ticketPriceFor } from "./price";

/* Ticket prices for people with an organisation's seat: the organisation's tier while its membership is current, their own once it has lapsed. */
const DAY = 86_400_000;
let counter = 0;

const staffId = async () => (await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org")))[0]!.id;

/** A gold organisation whose paid period ends in `endsInDays` (negative: ended; the grace period is 30 days). */
async function goldSchool(endsInDays: number) {
  counter += 1;
  return createOrganisation(await staffId(), {
    name: `Price Test School ${counter}`,
    type: "school",
    invoiceAddress: "1 High Street\nTesttown\nTT1 1TT",
    tierSlug: "gold",
    seats: 5,
    startsAt: new Date(Date.now() - 400 * DAY),
    endsAt: new Date(Date.now() + endsInDays * DAY),
  });
}

/** A member with their own tier holding a seat in the organisation, as their next request sees them. */
async function seatedMember(orgId: string, ownTier: "free" | "silver") {
  counter += 1;
  const [account] = await db
    .insert(accounts)
    .values({ email: `price-${counter}-${Date.now()}@example.net`, name: `Seat ${counter}`, passwordHash: "x", emailVerifiedAt: new Date(), tierSlug: ownTier, membershipExpiresAt: ownTier === "free" ? null : new Date(Date.now() + 100 * DAY) })
    .returning({ id: accounts.id, sessionVersion: accounts.sessionVersion });
  expect((await db.transaction((tx) => takeSeat(tx, orgId, account!.id, null, "test"))).ok).toBe(true);
  const sid = crypto.randomUUID();
  await createAccountSession({ id: sid, accountId: account!.id, pendingSecondFactor: false, sessionVersion: account!.sessionVersion, userAgent: "test", address: null });
  return viewerFromSession({ user: { id: account!.id }, sid, sessionVersion: account!.sessionVersion } as never);
}

const conference = (await getLiveEvent("send-network-annual-conference"))!;
const ticket = (name: string) => conference.tickets.find((t) => t.name === name)!;

describe("ticket prices for organisation members", () => {
  it("offers a member with a seat in a current Gold organisation the Gold price, and its Gold-only ticket", async () => {
    const orgId = await goldSchool(200);
    for (const ownTier of ["free", "silver"] as const) {
      const viewer = await seatedMember(orgId, ownTier);
      expect(ticketPriceFor(ticket("Standard ticket"), viewer), ownTier).toEqual({ available: true, pricePence: 0, audience: "gold" });
      expect(ticketPriceFor(ticket("Ticket with workshop pack"), viewer), ownTier).toEqual({ available: true, pricePence: 2500, audience: "gold" });
      expect(ticketPriceFor(ticket("Gold members' leadership session"), viewer), ownTier).toEqual({ available: true, pricePence: 1500, audience: "gold" });
    }
  });

  it("offers a member whose organisation has lapsed their own tier's price, or the non-member price", async () => {
    // Ended 40 days ago: past the 30-day grace period.
    const orgId = await goldSchool(-40);
    const silver = await seatedMember(orgId, "silver");
    expect(ticketPriceFor(ticket("Standard ticket"), silver)).toEqual({ available: true, pricePence: 6000, audience: "silver" });
    expect(ticketPriceFor(ticket("Gold members' leadership session"), silver)).toEqual({ available: false, reason: "tier-required" });
    const free = await seatedMember(orgId, "free");
    expect(ticketPriceFor(ticket("Standard ticket"), free)).toEqual({ available: true, pricePence: 9500, audience: "non-member" });
  });
});
