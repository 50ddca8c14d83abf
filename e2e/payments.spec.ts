import { expect, expectAccessible, linkIn, readOutbox, reference, registerAccount, signIn, test, uniqueEmail } from "./fixtures";

/*
 * Paying for a membership online. The e2e server points Stripe at the local emulator
 * (tests/stripe-emulator.ts): its hosted Checkout page takes the "payment" and sends signed events to
 * the site's webhook, which alone changes the membership.
 */
const goldOnly = reference.related[1]!.slug;

test.describe("paid membership", () => {
  test("a free member clicks Upgrade on a Gold resource, pays on Stripe's page, returns and opens it", async ({ page, browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "payer");
    await signIn(page, account.email, account.password);
    await page.goto(`/resources/${goldOnly}`);
    const panel = page.getByTestId("access-panel");
    await expect(panel).toContainText("Your membership: Free.");
    await panel.getByRole("link", { name: "Upgrade to Gold" }).click();

    await expect(page).toHaveURL(/\/join\/gold$/);
    await expect(page.getByRole("heading", { name: "Gold membership", level: 1 })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("£120 a year (VAT exempt)");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Continue to payment" }).click();

    await expect(page.getByRole("heading", { name: "Pay SEND Network" })).toBeVisible();
    await expect(page.getByText("Subscription: £120.00 a year")).toBeVisible();
    await page.getByRole("button", { name: "Pay and subscribe" }).click();

    await expect(page).toHaveURL(/\/account\/billing\?joined=gold/);
    await expect(page.getByRole("status").filter({ hasText: "you are now a Gold member" })).toBeVisible();
    await expect(page.getByTestId("billing-plan")).toHaveText("Gold membership, yearly");
    await expect(page.getByTestId("billing-card")).toHaveText("Visa ending 4242");
    await expect(page.getByRole("link", { name: /View invoice/ })).toHaveCount(1);
    await expectAccessible(page);

    await page.goto(`/resources/${goldOnly}`);
    await expect(page.getByTestId("access-panel")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Download/ }).first()).toBeVisible();
  });

  test("a signed-out visitor who chooses Gold registers, confirms, signs in and lands on Gold's payment step", async ({ page, baseURL }) => {
    await page.goto("/membership");
    await expect(page.getByTestId("price-gold")).toContainText("£120 a year");
    await expect(page.getByTestId("price-gold")).toContainText("VAT exempt");
    await page.getByRole("link", { name: "Become a Gold member" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fjoin%2Fgold/);
    await page.getByRole("link", { name: "Create a free account" }).click();
    const email = uniqueEmail("chooser");
    const password = "correct horse battery staple";
    await page.getByLabel("Full name").fill("Casey Chooser");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const mail = await readOutbox(baseURL!, email, /Confirm your email/);
    await page.goto(linkIn(mail, "/verify-email?token="));
    await expect(page).toHaveURL(/\/login\?confirmed=1&callbackUrl=%2Fjoin%2Fgold/);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/join\/gold$/);
    await expect(page.getByRole("button", { name: "Continue to payment" })).toBeVisible();
  });

  test("a paying member turns renewal off and on, and moves down a tier at renewal", async ({ page, browser, baseURL }) => {
    const account = await registerAccount(browser, baseURL!, "renewer");
    await signIn(page, account.email, account.password);
    await page.goto("/join/gold");
    await page.getByRole("button", { name: "Continue to payment" }).click();
    await page.getByRole("button", { name: "Pay and subscribe" }).click();
    await expect(page.getByTestId("billing-plan")).toHaveText("Gold membership, yearly");

    await page.getByRole("button", { name: "Turn automatic renewal off" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Automatic renewal is off" })).toBeVisible();
    // The change arrives by webhook; the page shows it once it has.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("billing-renewal")).toContainText("automatic renewal is off");
    }).toPass();
    await page.getByRole("button", { name: "Turn automatic renewal on" }).click();
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("billing-renewal")).not.toContainText("automatic renewal is off");
    }).toPass();

    await page.getByRole("link", { name: "Switch to Silver" }).click();
    await expect(page).toHaveURL(/\/join\/silver$/);
    await page.getByRole("button", { name: "Switch to Silver at renewal" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your plan will change when your membership renews" })).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("billing-renewal")).toContainText(", as Silver");
    }).toPass();
    await expect(page.getByTestId("billing-plan")).toHaveText("Gold membership, yearly");
  });

  test("a member whose renewal payment fails keeps access with a banner on every page, and the link to fix the card", async ({ page, browser, baseURL, request }) => {
    const account = await registerAccount(browser, baseURL!, "lapsing");
    await signIn(page, account.email, account.password);
    await page.goto("/join/gold");
    await page.getByRole("button", { name: "Continue to payment" }).click();
    await page.getByRole("button", { name: "Pay and subscribe" }).click();
    await expect(page.getByTestId("billing-plan")).toHaveText("Gold membership, yearly");
    await page.goto("/news");
    await expect(page.getByTestId("grace-banner")).toHaveCount(0);

    // Stripe's side: the renewal comes due and the card is declined (the emulator's test helper).
    const stripeOrigin = new URL((await page.goto("/account/billing"), await page.getByRole("link", { name: /View invoice/ }).first().getAttribute("href"))!).origin;
    expect((await request.post(`${stripeOrigin}/test_helpers/renew?email=${encodeURIComponent(account.email)}&pay=0`)).status()).toBe(200);

    await expect(async () => {
      await page.goto("/news");
      await expect(page.getByTestId("grace-banner")).toContainText("We could not take your renewal payment for Gold membership.");
    }).toPass();
    await expect(page.getByTestId("grace-banner")).toContainText("You keep Gold access until");
    await expectAccessible(page);
    await page.goto(`/resources/${goldOnly}`);
    await expect(page.getByTestId("access-panel")).toHaveCount(0);
    await expect(page.getByTestId("grace-banner")).toBeVisible();
    await page.getByTestId("grace-banner").getByRole("link", { name: "Update your card to keep your membership" }).click();
    await expect(page).toHaveURL(/\/account\/billing$/);
    // The account pages say it once, as their own alert.
    await expect(page.getByTestId("grace-banner")).toHaveCount(1);
    await expect(page.getByTestId("billing-renewal")).toContainText("Your renewal payment failed");
  });
});
