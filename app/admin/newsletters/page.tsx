import { Link } from "@/components/ui/link";
import { listNewsletters } from "@/db/queries/newsletters";
import { requireStaff } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/format";
import type { SearchParams } from "@/lib/params";
import { AdminPage, buttonClass } from "../_components/admin-page";
import { AdminTable } from "../_components/admin-table";
import { Notice } from "../_components/notice";
import { statusWords } from "./_components/status-words";

export const metadata = { title: "Newsletters · Dashboard" };

export default async function NewslettersAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaff("/admin/newsletters");
  const [items, query] = await Promise.all([listNewsletters(), searchParams]);
  return (
    <AdminPage
      title="Newsletters"
      lead="Write a newsletter, send a test to yourself, then send it (now or at a time) to subscribers who have agreed to receive it."
      actions={
        <Link href="/admin/newsletters/new" className={buttonClass.primary}>
          New newsletter
        </Link>
      }
    >
      {query.deleted && <Notice>The draft was deleted.</Notice>}
      <AdminTable
        caption="Newsletters, newest first"
        rows={items}
        empty="No newsletters yet."
        columns={[
          {
            header: "Title",
            cell: (item) => (
              <Link href={`/admin/newsletters/${item.id}`} className="font-semibold">
                {item.subject}
              </Link>
            ),
          },
          {
            header: "Status",
            cell: (item) => (
              <>
                {statusWords[item.status]}
                {item.status === "scheduled" && item.sendAt && <> for {formatDateTime(item.sendAt)}</>}
                {item.status === "sent" && item.sentAt && <> at {formatDateTime(item.sentAt)}</>}
              </>
            ),
          },
          { header: "Queued", cell: (item) => item.counts.queued + item.counts.sending },
          { header: "Sent", cell: (item) => item.counts.sent },
          { header: "Failed", cell: (item) => item.counts.failed },
        ]}
      />
    </AdminPage>
  );
}
