import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getMember } from "@/db/queries/members";
import { listAudit } from "@/db/queries/audit";
import { listTiers } from "@/db/queries/taxonomy";
import { requireAdmin } from "@/lib/auth/viewer";
import { toLondonDate } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../../_components/action-form";
import { ActivityList } from "../../_components/activity-list";
import { AdminPage } from "../../_components/admin-page";
import { Notice } from "../../_components/notice";
import { sendMemberPasswordResetAction } from "../actions";
import { MemberForm } from "../_components/member-form";

export const metadata = { title: "Member · Dashboard" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function MemberPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireAdmin(`/admin/members/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [member, tiers, query] = await Promise.all([getMember(id), listTiers(), searchParams]);
  if (!member) notFound();
  const history = (await listAudit({ entityType: "account", entityId: id }, 1, 10)).items;
  const values = {
    id: member.id,
    tierSlug: member.tierSlug,
    expiry: member.membershipExpiresAt ? toLondonDate(member.membershipExpiresAt) : "",
    role: member.role,
    disabled: member.disabled,
  };
  return (
    <AdminPage
      title={member.name}
      lead={
        <>
          {member.email} · joined {formatDate(member.createdAt)}
          {member.emailVerifiedAt ? "" : " · email not confirmed"}
        </>
      }
      actions={
        <Link href="/admin/members" className="inline-flex min-h-11 items-center font-medium">
          All members
        </Link>
      }
    >
      {first(query.saved) === "1" && <Notice>The changes have been saved. They apply on the member’s next page view.</Notice>}
      {first(query.unchanged) === "1" && <Notice>Nothing was changed.</Notice>}
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="membership-heading">
          <h2 id="membership-heading" className="mb-4 text-xl font-semibold text-brand-900">
            Membership and access
          </h2>
          <MemberForm key={JSON.stringify(values)} values={values} tiers={tiers} isSelf={member.id === viewer.id} />
        </section>
        <section aria-labelledby="password-heading" className="h-fit rounded-xl border border-line p-5">
          <h2 id="password-heading" className="font-sans text-lg font-semibold">
            Password
          </h2>
          <p className="mt-2 mb-4 text-muted">Email them a link to choose a new password. It works once, for one hour.</p>
          <ActionForm action={sendMemberPasswordResetAction} id={member.id} label="Send a password-reset email" pendingLabel="Sending…" />
        </section>
      </div>
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-semibold text-brand-900">
          Changes by staff
        </h2>
        <div className="mt-3">
          <ActivityList rows={history} showChanges />
        </div>
      </section>
    </AdminPage>
  );
}
