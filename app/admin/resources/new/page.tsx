import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { resourceTypes } from "@/db/schema";
import { requireStaff } from "@/lib/auth/viewer";
import { AdminPage } from "../../_components/admin-page";
import { ResourceForm } from "../_components/resource-form";

export const metadata = { title: "New resource · Dashboard" };

export default async function NewResourcePage() {
  await requireStaff("/admin/resources/new");
  const [tiers, topics] = await Promise.all([listTiers(), listTopics()]);
  return (
    <AdminPage title="New resource" lead="Save it as a draft first if you want to attach a file before it goes live: files are added on the next page.">
      <ResourceForm
        values={{
          id: null,
          version: 0,
          title: "",
          slug: "",
          summary: "",
          easyReadSummary: "",
          body: "",
          featureImage: "",
          featureImageAlt: "",
          type: "Information",
          visibility: "tiers",
          tiers: [],
          topics: [],
          featured: false,
          status: "draft",
          publishAt: "",
        }}
        tiers={tiers}
        topics={topics}
        types={resourceTypes}
      />
    </AdminPage>
  );
}
