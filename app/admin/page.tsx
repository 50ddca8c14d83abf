import Link from "next/link";
import { requireStaff } from "@/lib/auth/viewer";

export const metadata = { title: "Dashboard" };

export default async function AdminHomePage() {
  const viewer = await requireStaff("/admin");
  return (
    <div className="rounded-2xl border border-line bg-paper p-6 sm:p-8">
      <h1 className="text-3xl font-semibold text-brand-900">Dashboard</h1>
      <p className="mt-2 text-muted">
        Signed in as {viewer.name} ({viewer.role}).
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link href="/admin/outbox">Outbox</Link>: every email the site has sent, newest first.
        </li>
      </ul>
    </div>
  );
}
