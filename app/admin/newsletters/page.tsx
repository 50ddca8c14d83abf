import Link from "next/link";
import { listNewsletters } from "@/db/queries/newsletters";
import { requireStaff } from "@/lib/auth/viewer";
import { formatDateTime } from "@/lib/format";
import type { SearchParams } from "@/lib/params";
import { AdminPage, buttonClass, tableClass } from "../_components/admin-page";
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
      {items.length === 0 ? (
        <p>No newsletters yet.</p>
      ) : (
        <div className={tableClass.wrap}>
          <table className={tableClass.table}>
            <caption className="sr-only">Newsletters, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className={tableClass.th}>Title</th>
                <th scope="col" className={tableClass.th}>Status</th>
                <th scope="col" className={tableClass.th}>Queued</th>
                <th scope="col" className={tableClass.th}>Sent</th>
                <th scope="col" className={tableClass.th}>Failed</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td className={tableClass.td}>
                    <Link href={`/admin/newsletters/${item.id}`} className="font-semibold">
                      {item.subject}
                    </Link>
                  </td>
                  <td className={tableClass.td}>
                    {statusWords[item.status]}
                    {item.status === "scheduled" && item.sendAt && <> for {formatDateTime(item.sendAt)}</>}
                    {item.status === "sent" && item.sentAt && <> at {formatDateTime(item.sentAt)}</>}
                  </td>
                  <td className={tableClass.td}>{item.counts.queued + item.counts.sending}</td>
                  <td className={tableClass.td}>{item.counts.sent}</td>
                  <td className={tableClass.td}>{item.counts.failed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminPage>
  );
}
