import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { consentHistory } from "@/db/queries/consents";
import { getAccountSubscription } from "@/db/queries/billing";
import { getPendingErasure } from "@/db/queries/privacy/requests";
import { consentPurposeEnum } from "@/db/schema";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { isStaff } from "@/lib/access";
import { requireViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { consentPurposeNames } from "@/lib/privacy/consents";
import { describeErasure, privacySections } from "@/lib/privacy/sections";
import { ErasureForm } from "./_components/erasure-form";
import { WithdrawConsentForm } from "./_components/withdraw-consent-form";

export const metadata: Metadata = { title: "Your data and privacy", robots: { index: false } };

const section = "rounded-2xl border border-line bg-paper p-6 sm:p-8";
const sourceWords: Record<string, string> = {
  registration: "when you registered",
  account: "on your account pages",
  "unsubscribe-link": "through an unsubscribe link",
  staff: "by our staff, at your request",
};

export default async function PrivacyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/account/privacy");
  const [history, pending, sub, params] = await Promise.all([
    consentHistory(viewer.id),
    getPendingErasure(viewer.id),
    getAccountSubscription(viewer.id),
    searchParams,
  ]);
  const live = sub && ["active", "trialing", "past_due"].includes(sub.status);
  const notice = first(params.erasure);
  return (
    <>
      <PageHeader title="Your data and privacy" lead="Take a copy of everything we hold about you, manage what you agreed to, or erase your account." />
      <Container className="grid gap-8 py-10">
        {notice === "requested" && pending && (
          <p role="status" className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900">
            Your request has been received. Your account will be erased on {formatDate(pending.dueAt)}; we have emailed you the details.
          </p>
        )}
        {notice === "cancelled" && !pending && (
          <p role="status" className="rounded-md border-l-4 border-emerald-700 bg-emerald-50 p-4 font-medium text-emerald-900">
            The erasure has been cancelled. Your account stays as it is.
          </p>
        )}
        <section aria-labelledby="download-heading" className={section}>
          <h2 id="download-heading" className="text-2xl font-semibold text-brand-900">
            Download your data
          </h2>
          <p className="mt-2 max-w-prose">
            Everything we hold about you: your profile, membership, payments, consents, the emails we sent you and your sign-in
            history. The file is JSON, which other services can read; the summary is the same, laid out to read and print.
          </p>
          <ul className="mt-4 flex flex-wrap gap-4">
            <li>
              <a href="/account/privacy/export" download className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white no-underline hover:bg-brand-800">
                Download your data (JSON)
              </a>
            </li>
            <li>
              <Link href="/account/privacy/summary" className="inline-flex min-h-11 items-center font-semibold">
                Read a summary you can print
              </Link>
            </li>
          </ul>
        </section>

        <section aria-labelledby="consents-heading" className={section}>
          <h2 id="consents-heading" className="text-2xl font-semibold text-brand-900">
            What you agreed to
          </h2>
          {consentPurposeEnum.enumValues.map((purpose) => {
            const entries = history.filter((c) => c.purpose === purpose);
            const latest = entries[0];
            const name = consentPurposeNames[purpose];
            return (
              <div key={purpose} className="mt-4" data-testid={`consent-${purpose}`}>
                <h3 className="font-sans text-lg font-semibold">{name}</h3>
                <p className="mt-1" data-testid="consent-status">
                  {latest?.given
                    ? `You agreed on ${formatDate(latest.createdAt)}.`
                    : latest
                      ? `You withdrew your consent on ${formatDate(latest.createdAt)}.`
                      : "You have not agreed to this."}
                </p>
                {latest?.given && <WithdrawConsentForm purpose={purpose} label={name} />}
                {entries.length > 0 && (
                  <details className="mt-3">
                    <summary className="cursor-pointer font-medium">History ({entries.length})</summary>
                    <ul className="mt-2 space-y-2">
                      {entries.map((c) => (
                        <li key={c.id}>
                          <span className="font-semibold">{c.given ? "Agreed" : "Withdrew"}</span> {formatDateTime(c.createdAt)},{" "}
                          {sourceWords[c.source] ?? c.source}: “{c.wording}”
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </div>
            );
          })}
        </section>

        <section aria-labelledby="erase-heading" className={section}>
          <h2 id="erase-heading" className="text-2xl font-semibold text-brand-900">
            Erase your account
          </h2>
          <p className="mt-2 max-w-prose">
            We erase your personal data {env.ERASURE_GRACE_DAYS} days after you ask, so you can change your mind: sign in before then and
            cancel. After that you cannot sign in, and we cannot undo it. Here is what happens to each kind of data:
          </p>
          <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-[14rem_1fr]">
            {privacySections
              .filter((s) => s.table !== "revoked_sessions" && (!s.staffOnly || isStaff(viewer)))
              .map((s) => (
                <div key={s.table} className="contents">
                  <dt className="font-semibold">{s.title}</dt>
                  <dd>{describeErasure(s.erasure)}</dd>
                </div>
              ))}
          </dl>
          {live && (
            <p className="mt-5 rounded-md border-l-4 border-accent-700 bg-accent-100 p-4">
              Your {sub.tierName} membership is paid by card: on the day of erasure we cancel it at once, so you are not charged
              again. The rest of the year is not refunded; if you think it should be, write to us before then.
            </p>
          )}
          <div className="mt-6 max-w-md">
            {pending ? (
              <p>Your account will be erased on {formatDate(pending.dueAt)}. To keep it, use “Cancel the erasure” at the top of this page.</p>
            ) : isStaff(viewer) ? (
              <p>Staff accounts cannot be erased from here: ask another administrator to remove your staff role first.</p>
            ) : (
              <ErasureForm graceDays={env.ERASURE_GRACE_DAYS} />
            )}
          </div>
        </section>
        <p>
          Read <Link href="/privacy">how we use your data</Link>, including your rights and how to complain.
        </p>
      </Container>
    </>
  );
}
