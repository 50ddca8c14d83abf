import { describe, expect, it } from "vitest";

/* A certificate whose holder erased their account: checking its code says it was issued and the holder's details were erased, with nothing about them. */
const { eq, inArray } = await import("drizzle-orm");
const { db } = await import("@/db");
const { accounts, certificates, erasedCertificates, eventBookings, events } = await import("@/db/schema");
const { issueCertificate, verifyCertificate } = await import("@/db/queries/events/cpd");
const { eraseNow } = await import("@/lib/privacy/erasure");

const DAY = 86_400_000;
let counter = 0;

async function person(label: string) {
  counter += 1;
  const [row] = await db
    .insert(accounts)
    .values({ email: `cert-${label}-${counter}-${Date.now()}@example.org`, name: `${label} Holder ${counter}`, passwordHash: "x", tierSlug: "free", emailVerifiedAt: new Date() })
    .returning({ id: accounts.id, email: accounts.email, name: accounts.name });
  return row!;
}

async function pastEvent() {
  counter += 1;
  const startsAt = new Date(Date.now() - 20 * DAY);
  const [event] = await db
    .insert(events)
    .values({ slug: `cert-erasure-${counter}-${Date.now()}`, title: `Certificate course ${counter}`, type: "training", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: 10, cpdHours: 2, status: "published", publishedAt: new Date(Date.now() - 40 * DAY) })
    .returning({ id: events.id });
  return event!.id;
}

/** An attended booking (paid ones are kept on erasure, free ones deleted) and its certificate's code. */
async function certificateFor(accountId: string, paid: boolean) {
  const [booking] = await db
    .insert(eventBookings)
    .values({ eventId: await pastEvent(), accountId, status: "attended", attendedAt: new Date(), pricePence: paid ? 5000 : 0, stripePaymentIntentId: paid ? `pi_cert_${counter}_${Date.now()}` : null })
    .returning({ id: eventBookings.id });
  return (await issueCertificate(accountId, booking!.id))!.code;
}

describe("checking a certificate after its holder's erasure", () => {
  it("says it was issued and the details erased, naming nobody; others' certificates still verify", async () => {
    const holder = await person("Erased");
    const other = await person("Kept");
    const freeCode = await certificateFor(holder.id, false);
    const paidCode = await certificateFor(holder.id, true);
    const otherCode = await certificateFor(other.id, false);
    expect(await verifyCertificate(freeCode)).toMatchObject({ status: "genuine", name: holder.name });

    const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
    expect(await eraseNow({ accountId: holder.id, actorId: admin!.id, note: "Request by post" })).toBe("erased");

    for (const code of [freeCode, paidCode]) {
      const check = await verifyCertificate(code);
      expect(check).toEqual({ status: "erased", code });
      expect(JSON.stringify(check)).not.toContain(holder.name);
    }
    // Nothing about the holder is left with the code: the certificates are gone, the codes kept alone.
    expect(await db.$count(certificates, inArray(certificates.code, [freeCode, paidCode]))).toBe(0);
    const kept = await db.select().from(erasedCertificates).where(inArray(erasedCertificates.code, [freeCode, paidCode]));
    expect(kept).toHaveLength(2);
    for (const row of kept) expect(Object.keys(row).sort()).toEqual(["code", "erasedAt"]);

    expect(await verifyCertificate(otherCode)).toMatchObject({ status: "genuine", name: other.name });
    expect(await verifyCertificate("AAAA-BBBB-CCCC")).toEqual({ status: "unknown" });
  });
});
