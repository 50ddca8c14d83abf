import type { Browser, Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { axeViolations, expect, expectAccessible, readOutbox, readOutboxAll, registerAccount, signInRequest, test, uniqueAddress } from "./fixtures";

/*
 * Events (issue 25): a non-member sees the non-member price; a Gold member books the conference
 * free, gets it in their calendar, attends (staff check them in), downloads a certificate that
 * adds three hours to their CPD record, and anyone can check the certificate; a full webinar
 * offers its waitlist; members-only slides open to those who attended.
 */
const conference = "/events/send-network-annual-conference";
const webinar = "/events/send-funding-explained-webinar";
const training = "/events/autism-in-the-classroom-training";

const themes = ["default", "contrast", "dark", "cream"] as const;

/** A page of its own (own cookies, own client address), signed in as `email` when given. */
async function pageAs(browser: Browser, baseURL: string, email?: string, password?: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() } });
  if (email) await signInRequest(context.request, email, password);
  return context.newPage();
}

/** axe on the page in every reading theme (colour rules again in each), as e2e/accessibility.spec.ts does. */
async function accessibleInEveryTheme(page: Page) {
  await expectAccessible(page);
  for (const theme of themes.slice(1)) {
    await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    expect(await axeViolations(page, ["color-contrast", "link-in-text-block"]), `${page.url()} in the ${theme} theme`).toEqual([]);
  }
  await page.evaluate(() => document.documentElement.removeAttribute("data-theme"));
}

test.describe("events", () => {
  // The journeys check several pages in four themes each; on a loaded machine that passes 90 s.
  test.describe.configure({ timeout: 240_000 });
  test("a visitor finds the conference with its non-member price, places and Event data", async ({ page }) => {
    await page.goto("/events");
    await expect(page.getByRole("heading", { name: "Events", level: 1 })).toBeVisible();
    await accessibleInEveryTheme(page);
    await page.getByLabel("Type").selectOption("conference");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/events\?type=conference/);
    await expect(page.getByRole("heading", { name: "1 upcoming event matches these filters" })).toBeVisible();
    await page.getByRole("link", { name: "SEND Network Annual Conference" }).click();

    await expect(page.getByRole("heading", { name: "SEND Network Annual Conference", level: 1 })).toBeVisible();
    await expect(page.getByTestId("your-price")).toContainText("£95 for non-members");
    await expect(page.getByTestId("places-left")).toHaveText("250 places left");
    const table = page.getByRole("table", { name: "Ticket prices" });
    await expect(table.getByRole("row", { name: /Standard ticket/ })).toContainText("£95");
    await expect(table.getByRole("row", { name: /Standard ticket/ })).toContainText("£60");
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
    expect(data).toMatchObject({ "@type": "Event", name: "SEND Network Annual Conference", location: { "@type": "Place", name: "Birmingham Conference Centre" } });
    expect(data.offers).toContainEqual(expect.objectContaining({ price: "95.00", priceCurrency: "GBP" }));
    await accessibleInEveryTheme(page);

    await page.goto("/events?when=past");
    await expect(page.getByRole("link", { name: "Autism in the classroom: a practical training course" })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Upcoming events" }).getByRole("link", { name: "SEND Network Annual Conference" })).toBeVisible();
  });

  test("a Silver member is offered their own price; an expired Gold member the non-member price", async ({ browser, baseURL }) => {
    let page = await pageAs(browser, baseURL!, "silver@example.org");
    await page.goto(`${conference}/book`);
    await expect(page.getByText("£60 (your Silver price)")).toBeVisible();
    await expect(page.getByText("For Gold members only")).toBeVisible();
    await accessibleInEveryTheme(page);
    page = await pageAs(browser, baseURL!, "expired@example.org");
    await page.goto(`${conference}/book`);
    await expect(page.getByText("£95 (non-member price)")).toBeVisible();
  });

  test("a Gold member books free, gets the calendar entry, attends and downloads a certificate worth three CPD hours", async ({ browser, baseURL }) => {
    const page = await pageAs(browser, baseURL!, "gold@example.org");
    await page.goto("/account/cpd");
    const year = await page.getByTestId(/cpd-year-/).first().textContent();
    await page.goto(conference);
    await page.getByRole("link", { name: "Book a place" }).click();
    await expect(page.getByText("Free (your Gold price)").first()).toBeVisible();
    await page.getByRole("button", { name: "Book" }).click();
    await expect(page).toHaveURL(/\/account\/bookings\?booked=/);
    await expect(page.getByText("Your place is booked.")).toBeVisible();
    const booking = page.getByRole("listitem").filter({ hasText: "SEND Network Annual Conference" });
    await expect(booking).toContainText("Booked");
    await expect(booking.getByRole("link", { name: /Google Calendar/ })).toHaveAttribute("href", /calendar\.google\.com/);
    const ics = await page.request.get((await booking.getByRole("link", { name: /Add to calendar/ }).getAttribute("href"))!);
    expect(await ics.text()).toContain("SUMMARY:SEND Network Annual Conference");
    await accessibleInEveryTheme(page);
    const mail = await readOutbox(baseURL!, "gold@example.org", /Booking confirmed: SEND Network Annual Conference/);
    expect(mail).toContain("calendar.google.com");

    // The day comes: staff check them in on a phone.
    const staff = await pageAs(browser, baseURL!, "editor@example.org", undefined, { width: 390, height: 844 });
    await staff.goto("/admin/events");
    const row = staff.getByRole("row").filter({ hasText: "SEND Network Annual Conference" });
    await staff.goto((await row.locator('a[href$="/bookings"]').getAttribute("href"))!);
    await staff.getByRole("button", { name: "Check in Hannah Wright" }).click();
    await expect(staff.getByRole("button", { name: "Undo check-in for Hannah Wright" })).toBeVisible();
    await accessibleInEveryTheme(staff);
    await staff.context().close();

    await page.goto("/account/bookings");
    const attended = page.getByRole("listitem").filter({ hasText: "SEND Network Annual Conference" });
    await expect(attended).toContainText("Attended");
    const pdf = await page.request.get((await attended.getByRole("link", { name: /Download certificate \(3 hours CPD\)/ }).getAttribute("href"))!);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await page.reload();
    const code = (await page.getByRole("listitem").filter({ hasText: "SEND Network Annual Conference" }).getByText(/Certificate code/).textContent())!.replace("Certificate code ", "");

    await page.goto("/account/cpd");
    const before = Number(/: ([\d.]+) hours?/.exec(year ?? "")?.[1] ?? 0);
    const conferenceYear = await page.getByText("SEND Network Annual Conference").locator("..").textContent();
    expect(conferenceYear).toContain("3 hours");
    // The conference is in this year or the next; either way three more hours are on the record.
    const totals = await page.getByTestId(/cpd-year-/).allTextContents();
    const sum = totals.reduce((s, t) => s + Number(/: ([\d.]+) hours?/.exec(t)?.[1] ?? 0), 0);
    expect(sum).toBeGreaterThanOrEqual(before + 3);
    await accessibleInEveryTheme(page);

    const visitor = await pageAs(browser, baseURL!);
    await visitor.goto(`/certificates/${code}`);
    await expect(visitor.getByTestId("certificate-genuine")).toContainText("Hannah Wright");
    await expect(visitor.getByTestId("certificate-genuine")).toContainText("SEND Network Annual Conference");
    await expect(visitor.getByTestId("certificate-genuine")).not.toContainText("gold@example.org");
    await accessibleInEveryTheme(visitor);
    await visitor.goto("/certificates/AAAA-BBBB-CCCC");
    await expect(visitor.getByText("We have no certificate with this code.")).toBeVisible();
    await visitor.context().close();
  });

  test("the nearly full webinar's last place goes to one person; the next joins the waitlist", async ({ browser, baseURL }) => {
    const first = await registerAccount(browser, baseURL!, "webinar-first");
    const second = await registerAccount(browser, baseURL!, "webinar-second");
    let page = await pageAs(browser, baseURL!, first.email, first.password);
    await page.goto(webinar);
    await expect(page.getByTestId("places-left")).toHaveText("1 place left");
    await page.getByRole("link", { name: "Book a place" }).click();
    await page.getByRole("button", { name: "Book" }).click();
    await expect(page).toHaveURL(/\/account\/bookings\?booked=/);

    page = await pageAs(browser, baseURL!, second.email, second.password);
    await page.goto(`${webinar}/book`);
    await expect(page.getByTestId("places-left")).toContainText("This event is full");
    await page.getByRole("button", { name: "Join the waitlist" }).click();
    await expect(page).toHaveURL(/\/account\/bookings\?waitlisted=/);
    await expect(page.getByRole("listitem").filter({ hasText: "SEND funding explained" })).toContainText("On the waitlist");
    await readOutbox(baseURL!, second.email, /You are on the waitlist/);
  });

  test("members-only slides open to the Gold member who attended, not to a free member", async ({ browser, baseURL }) => {
    const page = await pageAs(browser, baseURL!);
    await page.goto(training);
    const link = page.getByRole("link", { name: "Course slides" });
    await expect(page.getByText("For: Attendees, and Silver and Gold members")).toBeVisible();
    const href = (await link.getAttribute("href"))!;
    expect((await page.request.get(href, { maxRedirects: 0 })).status()).toBe(303);
    const member = await pageAs(browser, baseURL!, "member@example.org");
    expect((await member.request.get(href)).status()).toBe(403);
    const gold = await pageAs(browser, baseURL!, "gold@example.org");
    const slides = await gold.request.get(href);
    expect(slides.status()).toBe(200);
    expect(slides.headers()["content-type"]).toBe("application/pdf");
  });

  test("upcoming events are in an RSS and an Atom feed, advertised on /events", async ({ page, request, baseURL }) => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });
    const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
    type Text = string | { "#text": string };
    // Atom's text elements carry a type attribute, so the parser gives them as objects.
    const textOf = (value: Text) => (typeof value === "string" ? value : value["#text"]);
    for (const [path, kind] of [
      ["/events/feed.xml", "rss"],
      ["/events/atom.xml", "atom"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toContain(kind === "rss" ? "application/rss+xml" : "application/atom+xml");
      const xml = await response.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = parser.parse(xml);
      const entries: { title: string; link: string; date: string; text: string }[] =
        kind === "rss"
          ? asList(doc.rss.channel.item).map((i: { title: string; link: string; pubDate: string; description: string }) => ({ title: i.title, link: i.link, date: i.pubDate, text: i.description }))
          : asList(doc.feed.entry).map((e: { title: Text; link: { "@href": string }; published: string; summary: Text }) => ({
              title: textOf(e.title),
              link: e.link["@href"],
              date: e.published,
              text: textOf(e.summary),
            }));
      const conferenceEntry = entries.find((e) => e.link === `${baseURL}${conference}`);
      expect(conferenceEntry?.title).toBe("SEND Network Annual Conference");
      expect(conferenceEntry?.text).toContain("Birmingham Conference Centre");
      expect(entries.map((e) => e.link)).toContain(`${baseURL}${webinar}`);
      // Past events are not upcoming.
      expect(entries.map((e) => e.link)).not.toContain(`${baseURL}${training}`);
      for (const entry of entries) expect(entry.date).toMatch(kind === "rss" ? /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      if (kind === "rss") expect(doc.rss.channel["atom:link"]["@href"]).toBe(`${baseURL}${path}`);
      else expect(asList(doc.feed.link).map((l: { "@href": string }) => l["@href"])).toContain(`${baseURL}${path}`);
    }
    await page.goto("/events");
    const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((els) => els.map((e) => `${e.getAttribute("type")} ${e.getAttribute("href")}`));
    expect(alternates).toContain(`application/rss+xml ${baseURL}/events/feed.xml`);
    expect(alternates).toContain(`application/atom+xml ${baseURL}/events/atom.xml`);
  });

  test("staff message the webinar's attendees: those booked get it, bad input sends nothing", async ({ browser, baseURL }) => {
    const staff = await pageAs(browser, baseURL!, "editor@example.org");
    await staff.goto("/admin/events");
    await staff.getByRole("link", { name: "SEND funding explained: a free webinar", exact: true }).click();
    const section = staff.getByRole("region", { name: "Message attendees" });
    await section.getByRole("button", { name: "Send message" }).click();
    await expect(section.getByTestId("error-summary")).toContainText("Nothing was sent");
    await expect(section.getByRole("link", { name: "Subject: Enter a subject." })).toBeVisible();

    const subject = `Joining link update ${Date.now()}`;
    await section.getByLabel("Subject").fill(subject);
    await section.getByLabel("Message").fill("The webinar now opens ten minutes early for questions.");
    await section.getByRole("button", { name: "Send message" }).click();
    await expect(section.getByText(/^Sent to \d+ people\.$/)).toBeVisible();
    const mail = await readOutbox(baseURL!, "silver@example.org", new RegExp(subject));
    expect(mail).toContain("ten minutes early");
    // Someone not booked on it gets nothing.
    expect(await readOutboxAll(baseURL!, "gold@example.org", new RegExp(subject))).toEqual([]);
    await accessibleInEveryTheme(staff);
  });

  test("staff upload a handout for the webinar's attendees: one booked downloads it, one not booked gets 403; staff remove it", async ({ browser, baseURL }) => {
    const staff = await pageAs(browser, baseURL!, "editor@example.org");
    await staff.goto("/admin/events");
    await staff.getByRole("link", { name: "SEND funding explained: a free webinar", exact: true }).click();
    const section = staff.getByRole("region", { name: "Materials" });
    await section.getByRole("button", { name: "Add material" }).click();
    await expect(section.getByTestId("error-summary")).toContainText("Nothing was uploaded");
    await expect(section.getByRole("link", { name: "File: Choose the file to upload." })).toBeVisible();

    const title = `Webinar handout ${Date.now()}`;
    await section.getByLabel("Title").fill(title);
    await expect(section.getByLabel("People booked on the event")).toBeChecked();
    await section.getByLabel("File").setInputFiles({ name: "handout.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });
    await section.getByRole("button", { name: "Add material" }).click();
    await expect(staff.getByText("Material added.")).toBeVisible();
    await expect(staff.getByRole("region", { name: "Materials" })).toContainText("handout.pdf");

    const visitor = await pageAs(browser, baseURL!);
    await visitor.goto(webinar);
    const href = (await visitor.getByRole("link", { name: title }).getAttribute("href"))!;
    const attendee = await pageAs(browser, baseURL!, "member@example.org");
    const file = await attendee.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const notBooked = await pageAs(browser, baseURL!, "gold@example.org");
    expect((await notBooked.request.get(href)).status()).toBe(403);

    await staff.getByRole("button", { name: `Remove ${title}` }).click();
    await staff.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(staff.getByText("Material removed.")).toBeVisible();
    expect((await attendee.request.get(href)).status()).toBe(404);
  });

  test("staff pages: the events list and the event editor are accessible", async ({ browser, baseURL }) => {
    const page = await pageAs(browser, baseURL!, "editor@example.org");
    await page.goto("/admin/events");
    await accessibleInEveryTheme(page);
    await page.getByRole("link", { name: "New event" }).click();
    await accessibleInEveryTheme(page);
    await page.getByRole("button", { name: "Create event" }).click();
    await expect(page.getByRole("link", { name: "Enter a title." })).toBeVisible();
  });
});
