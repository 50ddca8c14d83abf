import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, certificates, cpdActivities, cpdGoals, erasedCertificates, eventBookings, events } from "@/db/schema";

export async function listCpdActivities(accountId: string) {
  return db
    .select({
      id: cpdActivities.id,
      title: cpdActivities.title,
      date: cpdActivities.date,
      hours: cpdActivities.hours,
      reflection: cpdActivities.reflection,
      bookingId: cpdActivities.bookingId,
    })
    .from(cpdActivities)
    .where(eq(cpdActivities.accountId, accountId))
    .orderBy(desc(cpdActivities.date), asc(cpdActivities.title));
}

export async function addCpdActivity(accountId: string, activity: { title: string; date: string; hours: number; reflection: string }) {
  const [row] = await db.insert(cpdActivities).values({ accountId, ...activity }).returning({ id: cpdActivities.id });
  return row!.id;
}

/** Removes one of the member's own activities (attended events are staff's record and stay). */
export async function deleteOwnCpdActivity(accountId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(cpdActivities)
    .where(and(eq(cpdActivities.id, id), eq(cpdActivities.accountId, accountId)))
    .returning({ id: cpdActivities.id, bookingId: cpdActivities.bookingId });
  return rows.length > 0;
}

export async function getCpdGoal(accountId: string): Promise<number | null> {
  const [row] = await db.select({ hours: cpdGoals.hoursPerYear }).from(cpdGoals).where(eq(cpdGoals.accountId, accountId));
  return row?.hours ?? null;
}

export async function setCpdGoal(accountId: string, hoursPerYear: number) {
  await db
    .insert(cpdGoals)
    .values({ accountId, hoursPerYear })
    .onConflictDoUpdate({ target: cpdGoals.accountId, set: { hoursPerYear, updatedAt: new Date() } });
}

/** Unambiguous letters and digits (no 0/O, 1/I/L): read aloud or typed from paper. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newCertificateCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

const londonDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The certificate of an attended booking of this account: issued on first request (what it
 * certifies copied onto it), the same one ever after. Null when the booking is not attended.
 */
export async function issueCertificate(accountId: string, bookingId: string) {
  return db.transaction(async (tx) => {
    const [booking] = await tx
      .select({ id: eventBookings.id, status: eventBookings.status, name: accounts.name, title: events.title, startsAt: events.startsAt, hours: events.cpdHours })
      .from(eventBookings)
      .innerJoin(accounts, eq(accounts.id, eventBookings.accountId))
      .innerJoin(events, eq(events.id, eventBookings.eventId))
      .where(and(eq(eventBookings.id, bookingId), eq(eventBookings.accountId, accountId)));
    if (!booking || booking.status !== "attended") return null;
    await tx
      .insert(certificates)
      .values({ code: newCertificateCode(), bookingId, name: booking.name, eventTitle: booking.title, eventDate: londonDay.format(booking.startsAt), hours: booking.hours })
      .onConflictDoNothing({ target: certificates.bookingId });
    const [certificate] = await tx.select().from(certificates).where(eq(certificates.bookingId, bookingId));
    return certificate!;
  });
}

export type CertificateCheck =
  | { status: "genuine"; code: string; name: string; eventTitle: string; eventDate: string }
  | { status: "erased"; code: string }
  | { status: "unknown" };

/**
 * What `/certificates/[code]` shows: name, event and date only; for a certificate whose holder's
 * data was erased, only that it was issued.
 */
export async function verifyCertificate(code: string): Promise<CertificateCheck> {
  const normalised = code.trim().toUpperCase();
  if (!/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/.test(normalised)) return { status: "unknown" };
  const [row] = await db
    .select({ code: certificates.code, name: certificates.name, eventTitle: certificates.eventTitle, eventDate: certificates.eventDate })
    .from(certificates)
    .where(eq(certificates.code, normalised));
  if (row) return { status: "genuine", ...row };
  const [erased] = await db.select({ code: erasedCertificates.code }).from(erasedCertificates).where(eq(erasedCertificates.code, normalised));
  return erased ? { status: "erased", code: erased.code } : { status: "unknown" };
}

/** Codes of the account's certificates, by booking. */
export async function listCertificateCodes(accountId: string) {
  return db
    .select({ bookingId: certificates.bookingId, code: certificates.code })
    .from(certificates)
    .innerJoin(eventBookings, eq(eventBookings.id, certificates.bookingId))
    .where(eq(eventBookings.accountId, accountId));
}
