import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { listTopics } from "@/db/queries/taxonomy";
import { requireStaff } from "@/lib/auth/viewer";
import { AdminPage } from "../../_components/admin-page";
import { EventForm } from "../_components/event-form";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requireStaff("/admin/events/new");
  const topics = await listTopics();
  return (
    <AdminPage title="New event" lead={<>Save it, then add its tickets. <Link href="/admin/events">All events</Link></>}>
      <EventForm
        topics={topics}
        values={{ id: null, version: 0, title: "", slug: "", type: "training", summary: "", body: "", featureImage: "", featureImageAlt: "", startsAt: "", endsAt: "", online: false, venueName: "", address: "", mapUrl: "", joinUrl: "", capacity: "", cpdHours: "0", cancelCutoffHours: "48", topics: [], status: "draft", publishAt: "" }}
      />
    </AdminPage>
  );
}
