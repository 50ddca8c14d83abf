import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";
import { pageMetadata } from "@/lib/metadata";
import { describeErasure, privacySections } from "@/lib/privacy/sections";
import { site } from "@/lib/site";

// The same for everyone and read from code alone: rendered once and kept.
export const revalidate = 3600;

export const metadata: Metadata = pageMetadata({
  title: "Privacy",
  description: `What personal data ${site.name} keeps, why, for how long, and your rights under UK data protection law.`,
  path: "/privacy",
});

const prose = "max-w-prose space-y-3";

/** The privacy notice: what is kept, why, for how long, and people's rights (UK GDPR). */
export default function PublicPrivacyPage() {
  const sections = privacySections.filter((s) => s.table !== "revoked_sessions");
  return (
    <>
      <PageHeader title="Privacy" lead="What we keep about you, why, for how long, and what you can ask us to do with it." />
      <Container className="grid gap-10 py-12">
        <section aria-labelledby="who-heading" className={prose}>
          <h2 id="who-heading" className="text-2xl font-semibold text-brand-900">
            Who we are
          </h2>
          <p>
            {site.name} is the data controller for the personal data this website holds. You can reach us about anything on this page
            at <a href={`mailto:${site.email}`}>{site.email}</a>, or by post to our office.
          </p>
        </section>

        <section aria-labelledby="what-heading">
          <h2 id="what-heading" className="text-2xl font-semibold text-brand-900">
            What we keep and why
          </h2>
          <div className={`mt-3 ${prose}`}>
            <p>
              We keep what we need to run your membership: your account (to sign you in and open the resources your membership includes),
              your payments (to take and account for them), the emails we send you, and a record of changes to your account. Our lawful
              basis is the contract of your membership; for the newsletter, it is your consent, which you can withdraw at any time; for
              payment records, it is a legal obligation; for security records (failed sign-ins, the audit log), it is our legitimate
              interest in keeping accounts safe.
            </p>
            <p>
              Card payments are handled by Stripe, our payment processor: your card number never reaches us. We do not sell your data or
              use it for advertising.
            </p>
          </div>
          <ul className="mt-6 grid gap-4 md:grid-cols-2">
            {sections.map((s) => (
              <li key={s.table} className="rounded-xl border border-line p-5">
                <h3 className="font-sans text-lg font-semibold">{s.title}</h3>
                <p className="mt-1">{s.holds}</p>
                <p className="mt-2">
                  <span className="font-semibold">When you erase your account: </span>
                  {describeErasure(s.erasure)}
                </p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="long-heading" className={prose}>
          <h2 id="long-heading" className="text-2xl font-semibold text-brand-900">
            How long we keep it
          </h2>
          <p>
            Your account stays while you are a member and until you ask us to erase it. Payment records are kept for six years, as HMRC
            requires. Failed sign-ins are kept for a short while to stop password guessing. Everything else goes when your account is
            erased.
          </p>
        </section>

        <section aria-labelledby="rights-heading" className={prose}>
          <h2 id="rights-heading" className="text-2xl font-semibold text-brand-900">
            Your rights
          </h2>
          <p>Under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018 you can ask us to:</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>give you a copy of your data (the right of access), in a form other services can read (data portability);</li>
            <li>correct anything that is wrong (rectification);</li>
            <li>erase your data (erasure), except what the law requires us to keep;</li>
            <li>stop or limit how we use it (objection and restriction);</li>
            <li>stop using it where you gave consent, such as the newsletter (withdrawing consent).</li>
          </ul>
          <p>
            If you have an account, you can do most of this yourself on <Link href="/account/privacy">your data and privacy page</Link>:
            download everything we hold, withdraw a consent, or erase your account. Erasure happens {env.ERASURE_GRACE_DAYS} days after you
            ask, so you can change your mind. You can also write to us by email or post; we answer within one month.
          </p>
        </section>

        <section aria-labelledby="complain-heading" className={prose}>
          <h2 id="complain-heading" className="text-2xl font-semibold text-brand-900">
            How to complain
          </h2>
          <p>
            Please tell us first at <a href={`mailto:${site.email}`}>{site.email}</a> and we will try to put it right. You also have the
            right to complain to the Information Commissioner’s Office (ICO), the UK’s data protection regulator: at{" "}
            <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a> or by phone on 0303 123 1113.
          </p>
        </section>
      </Container>
    </>
  );
}
