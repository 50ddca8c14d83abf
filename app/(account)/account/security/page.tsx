import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listAccountSessions } from "@/db/queries/account-sessions";
import { getSecondFactorStatus } from "@/db/queries/second-factor";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { isAdmin } from "@/lib/access";
import { describeBrowser } from "@/lib/auth/browser-name";
import { pendingTotpEnrolment } from "@/lib/auth/second-factor/codes";
import { SECOND_FACTOR_REQUIRED_MESSAGE } from "@/lib/auth/second-factor/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { formatDate, formatDateTime } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { PasskeyPanel } from "./_components/passkey-panel";
import { RecoveryPanel } from "./_components/recovery-panel";
import { SessionList } from "./_components/session-list";
import { TotpPanel } from "./_components/totp-panel";

export const metadata: Metadata = { title: "Sign-in security", robots: { index: false } };

export default async function SecurityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer("/account/security");
  const [status, enrolment, sessions, params] = await Promise.all([
    getSecondFactorStatus(viewer.id),
    pendingTotpEnrolment(viewer.id, viewer.email),
    listAccountSessions(viewer.id),
    searchParams,
  ]);
  const required = isAdmin(viewer) && !viewer.secondFactor;
  const section = "rounded-2xl border border-line bg-paper p-6 sm:p-8";

  return (
    <>
      <PageHeader
        title="Sign-in security"
        lead="A second factor keeps your account safe even if someone learns your password."
        breadcrumb={
          <p>
            <Link href="/account">Your account</Link>
          </p>
        }
      />
      <Container className="grid gap-8 py-10 lg:grid-cols-2">
        {required && (
          <div role={first(params.required) === "admin" ? "alert" : undefined} className="rounded-md border-l-4 border-accent-700 bg-accent-100 p-4 lg:col-span-2">
            <p className="font-semibold">{SECOND_FACTOR_REQUIRED_MESSAGE}</p>
            <p className="mt-1">Set up an authenticator app or a passkey below; then the dashboard opens again.</p>
          </div>
        )}
        <section aria-labelledby="totp-heading" className={section}>
          <h2 id="totp-heading" className="text-2xl font-semibold text-brand-900">
            Authenticator app
          </h2>
          <div className="mt-4">
            <TotpPanel activeSince={status.totpConfirmedAt ? formatDate(status.totpConfirmedAt) : null} enrolment={enrolment} />
          </div>
        </section>

        <section aria-labelledby="passkeys-heading" className={section}>
          <h2 id="passkeys-heading" className="text-2xl font-semibold text-brand-900">
            Passkeys
          </h2>
          <div className="mt-4">
            <PasskeyPanel
              passkeys={status.passkeys.map((key) => ({
                id: key.id,
                name: key.name,
                added: formatDate(key.createdAt),
                lastUsed: key.lastUsedAt ? formatDateTime(key.lastUsedAt) : null,
              }))}
            />
          </div>
        </section>

        {viewer.secondFactor && (
          <section aria-labelledby="recovery-heading" className={`${section} lg:col-span-2`}>
            <h2 id="recovery-heading" className="text-2xl font-semibold text-brand-900">
              Recovery codes
            </h2>
            <div className="mt-4">
              <RecoveryPanel left={status.recoveryCodesLeft} />
            </div>
          </section>
        )}

        <section aria-labelledby="sessions-heading" className={`${section} lg:col-span-2`}>
          <h2 id="sessions-heading" className="text-2xl font-semibold text-brand-900">
            Where you are signed in
          </h2>
          <p className="mt-2 text-muted">
            Each browser signed in to your account. We show the network address each signed in from, not a place: we do not look
            addresses up. Sign out any you do not recognise, then change your password.
          </p>
          <div className="mt-4">
            <SessionList
              sessions={sessions.map((session) => ({
                id: session.id,
                browser: describeBrowser(session.userAgent),
                address: session.address,
                signedIn: formatDateTime(session.signedInAt),
                lastSeen: formatDateTime(session.lastSeenAt),
                current: session.id === viewer.sessionId,
              }))}
            />
          </div>
        </section>
      </Container>
    </>
  );
}
