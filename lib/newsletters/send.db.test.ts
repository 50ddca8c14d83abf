import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { accounts, newsletterRecipients, organisations, topics } from "@/db/schema";
import { recordConsent } from "@/db/queries/consents";
import { createNewsletter, getNewsletter, retryFailedRecipients, scheduleNewsletter, type NewsletterInput } from "@/db/queries/newsletters";
import { saveNewsletterPreferences, unsubscribeFromNewsletter } from "@/db/queries/newsletters/preferences";
import { INTERRUPTED } from "@/db/queries/newsletters/sending";
import { env } from "@/lib/env";
import { SmtpSink } from "@/tests/smtp-sink";
import { dispatchNewsletters, INTERRUPTED_AFTER_MS } from "./send";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/* Newsletters sent through a real SMTP server (smtp-server), checked as received. */
const sink = new SmtpSink();
let adminId: string;
let run = 0;

beforeAll(async () => {
  env.NEWSLETTER_SMTP_URL = await sink.start();
  const [admin] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, "admin@example.org"));
  adminId = admin!.id;
});
afterAll(() => sink.stop());

async function person(email: string, options: { tier?: string; consent?: boolean; organisationId?: string } = {}) {
  const [row] = await db
    .insert(accounts)
    .values({
      email,
      name: email.split("@")[0]!,
      passwordHash: "x",
      tierSlug: options.tier ?? "free",
      emailVerifiedAt: new Date(),
      organisationId: options.organisationId ?? null,
    })
    .returning({ id: accounts.id });
  if (options.consent) await recordConsent(db, { accountId: row!.id, purpose: "newsletter", given: true, wording: "Send me the newsletter", source: "registration" });
  return row!.id;
}

async function sendNewsletter(audience: Partial<NewsletterInput>, body = "Hello members.") {
  run += 1;
  const created = await createNewsletter(adminId, {
    subject: `Update ${run}`,
    slug: `update-${run}`,
    preheader: "This month",
    body,
    audience: "all",
    audienceTiers: [],
    audienceOrganisations: [],
    audienceTopics: [],
    ...audience,
  });
  if (!created.ok) throw new Error(created.reason);
  const now = new Date();
  const scheduled = await scheduleNewsletter(adminId, created.id, 1, now, now);
  if (!scheduled.ok) throw new Error(scheduled.reason);
  return { id: created.id, subject: `Update ${run}` };
}

const receivedSubject = (subject: string) => sink.messages.filter((m) => m.parsed.subject === subject);
const recipientsOf = (subject: string) => receivedSubject(subject).flatMap((m) => m.to).sort();

describe("sending a newsletter", () => {
  it("reaches the consenting Gold members only, as HTML and text with the unsubscribe headers, and the counts say so", async () => {
    const gold = [await person("nl-gold-1@example.net", { tier: "gold", consent: true }), await person("nl-gold-2@example.net", { tier: "gold", consent: true })];
    await person("nl-gold-no-consent@example.net", { tier: "gold" });
    await person("nl-silver@example.net", { tier: "silver", consent: true });
    const withdrawn = await person("nl-gold-withdrawn@example.net", { tier: "gold", consent: true });
    await unsubscribeFromNewsletter(withdrawn, "Unsubscribed");

    const { id, subject } = await sendNewsletter(
      { audience: "tiers", audienceTiers: ["gold"] },
      "## This month\n\nRead the [national update](/resources/national-send-update).",
    );
    await dispatchNewsletters();

    // The seed's gold@example.org gave consent at registration; expired@example.org's Gold has lapsed.
    expect(recipientsOf(subject)).toEqual(["gold@example.org", "nl-gold-1@example.net", "nl-gold-2@example.net"]);
    const newsletter = await getNewsletter(id);
    expect(newsletter?.status).toBe("sent");
    expect(newsletter?.counts).toMatchObject({ sent: 3, queued: 0, failed: 0, total: 3 });

    const [mail] = sink.to("nl-gold-1@example.net").filter((m) => m.parsed.subject === subject);
    const header = (name: string) => mail!.parsed.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, " ") ?? "";
    const listUnsubscribe = header("list-unsubscribe");
    const link = /<(https?:\/\/[^>]+)>/.exec(listUnsubscribe)?.[1];
    expect(link).toMatch(/\/newsletters\/unsubscribe\/one-click\?token=/);
    expect(verifyUnsubscribeToken(new URL(link!).searchParams.get("token"))).toBe(gold[0]);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail!.parsed.messageId).toMatch(/^<newsletter\.[0-9a-f-]+@localhost>$/);
    // Both parts, with the same words and working links (absolute, to this site).
    expect(mail!.parsed.text).toContain("national update (http://localhost:3000/resources/national-send-update)");
    const page = link!.replace("/unsubscribe/one-click?", "/unsubscribe?");
    expect(mail!.parsed.text).toContain(`Unsubscribe: ${page}`);
    const html = String(mail!.parsed.html);
    expect(html).toContain('<a href="http://localhost:3000/resources/national-send-update"');
    expect(html).toContain(`href="${page.replace(/&/g, "&amp;")}"`);
    expect(html).toMatch(/<table role="presentation"/);
    expect(html).not.toMatch(/<style|<script|class="/);
  });

  it("sends nobody without consent now: a withdrawal after sending began skips them", async () => {
    const stays = await person("nl-stays@example.net", { consent: true });
    const leaves = await person("nl-leaves@example.net", { consent: true });
    const { id, subject } = await sendNewsletter({ audience: "all" });
    // Sending begins (the audience is written), then one person withdraws before their turn.
    const start = Date.now();
    await dispatchNewsletters({ stopAfter: 0, now: new Date(start) });
    expect((await getNewsletter(id))?.counts.queued).toBeGreaterThanOrEqual(2);
    await unsubscribeFromNewsletter(leaves, "Unsubscribed");
    await recordConsent(db, { accountId: stays, purpose: "newsletter", given: true, wording: "again", source: "account" });
    await dispatchNewsletters({ now: new Date(start + 61_000) });
    const got = recipientsOf(subject);
    expect(got).toContain("nl-stays@example.net");
    expect(got).not.toContain("nl-leaves@example.net");
    const [row] = await db.select({ state: newsletterRecipients.state }).from(newsletterRecipients).where(eq(newsletterRecipients.accountId, leaves));
    expect(row?.state).toBe("skipped");
    expect((await getNewsletter(id))?.status).toBe("sent");
  });

  it("keeps to the rate: one batch a minute, however often it runs", async () => {
    for (let i = 0; i < 5; i++) await person(`nl-rate-${i}@example.net`, { tier: "silver", consent: true });
    const { subject } = await sendNewsletter({ audience: "tiers", audienceTiers: ["silver"] });
    const start = Date.now();
    await dispatchNewsletters({ ratePerMinute: 2, now: new Date(start) });
    await dispatchNewsletters({ ratePerMinute: 2, now: new Date(start + 1000) });
    expect(receivedSubject(subject)).toHaveLength(2);
    await dispatchNewsletters({ ratePerMinute: 2, now: new Date(start + 61_000) });
    expect(receivedSubject(subject)).toHaveLength(4);
  });

  it("sends each person one copy when a send is interrupted and resumed; the unknown one waits for staff to retry", async () => {
    const organisation = (await db.insert(organisations).values({ name: "Resume School", tierSlug: "gold" }).returning({ id: organisations.id }))[0]!.id;
    for (let i = 0; i < 6; i++) await person(`nl-resume-${i}@resume.example.net`, { consent: true, organisationId: organisation });
    const { id, subject } = await sendNewsletter({ audience: "organisations", audienceOrganisations: [organisation] });
    const start = Date.now();
    let sends = 0;
    const crash = () => {
      sends += 1;
      if (sends === 3) throw new Error("process stopped");
    };
    // The worker stops after its third message left and before it was recorded.
    await expect(dispatchNewsletters({ now: new Date(start), afterEachSend: crash })).rejects.toThrow("process stopped");
    expect(receivedSubject(subject)).toHaveLength(3);

    // Started again: too soon to call the third lost, so nothing is sent twice meanwhile.
    await dispatchNewsletters({ now: new Date(start + 61_000) });
    await dispatchNewsletters({ now: new Date(start + INTERRUPTED_AFTER_MS + 62_000) });
    const counts = sink.countsByRecipient();
    const people = recipientsOf(subject);
    expect(new Set(people).size).toBe(6);
    expect(people.every((p) => counts.get(p) === 1)).toBe(true);
    const after = await getNewsletter(id);
    expect(after?.status).toBe("sent");
    expect(after?.counts).toMatchObject({ sent: 5, failed: 1, queued: 0, sending: 0 });
    const [unknown] = await db.select().from(newsletterRecipients).where(eq(newsletterRecipients.state, "failed"));
    expect(unknown?.error).toBe(INTERRUPTED);

    // Staff retry it deliberately: that person gets it again (they may now have two), nobody else does.
    expect(await retryFailedRecipients(adminId, id)).toBe(1);
    await dispatchNewsletters({ now: new Date(start + INTERRUPTED_AFTER_MS + 200_000) });
    expect(receivedSubject(subject)).toHaveLength(7);
    expect((await getNewsletter(id))?.counts).toMatchObject({ sent: 6, failed: 0 });
  });

  it("reaches the followers of a topic", async () => {
    const follower = await person("nl-topic@example.net");
    await saveNewsletterPreferences(follower, { subscribed: true, topicSlugs: ["autism"], wording: "Send me the newsletter", source: "account" });
    await person("nl-no-topic@example.net", { consent: true });
    const [topic] = await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, "autism"));
    const { subject } = await sendNewsletter({ audience: "topics", audienceTopics: [topic!.id] });
    await dispatchNewsletters();
    expect(recipientsOf(subject)).toEqual(["nl-topic@example.net"]);
  });
});
