import type { Metadata } from "next";
import { findUsableInvite, getOrganisation } from "@/db/queries/organisations";
import { ActionButtonForm } from "@/components/billing/action-button-form";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { hashToken } from "@/lib/auth/tokens";
import { requireViewer } from "@/lib/auth/viewer";
import { first, type SearchParams } from "@/lib/params";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Join your organisation", robots: { index: false } };

/** Where an invitation's link lands: shows whose membership it offers, and takes the seat on a press. */
export default async function AcceptInvitePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = first((await searchParams).token) ?? "";
  const viewer = await requireViewer(`/account/organisation/accept?token=${encodeURIComponent(token)}`);
  const invite = token.length >= 10 && token.length <= 200 ? await findUsableInvite(hashToken(token)) : null;
  const organisation = invite ? await getOrganisation(invite.organisationId) : null;
  return (
    <>
      <PageHeader title={organisation ? `Join ${organisation.name}` : "This invitation has expired"} />
      <Container className="py-10">
        <div className="max-w-2xl rounded-2xl border border-line bg-paper p-6 sm:p-8">
          {!invite || !organisation ? (
            <p>Invitation links work once, for 14 days. Ask your organisation&apos;s admin to send you a new one.</p>
          ) : invite.email !== viewer.email.toLowerCase() ? (
            <p>
              This invitation was sent to <strong>{invite.email}</strong>, and you are signed in as <strong>{viewer.email}</strong>. Sign
              out, then open the link again and sign in (or register) with {invite.email}.
            </p>
          ) : (
            <>
              <p>
                {organisation.name} has given you a seat on its {organisation.tierName} membership. You keep your own account and
                everything in it; while you hold the seat you open {organisation.tierName} resources.
              </p>
              <div className="mt-6">
                <ActionButtonForm action={acceptInviteAction.bind(null, token)} label={`Join ${organisation.name}`} pendingText="Joining…" />
              </div>
            </>
          )}
        </div>
      </Container>
    </>
  );
}
