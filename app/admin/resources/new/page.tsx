import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { resourceTypes } from "@/db/schema";
import { requireStaff } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { FORM_FILE_MAX_BYTES } from "@/lib/uploads/form-file";
import { AdminPage } from "../../_components/admin-page";
import { ResourceForm } from "../_components/resource-form";

export const metadata = { title: "New resource · Dashboard" };

export default async function NewResourcePage() {
  await requireStaff("/admin/resources/new");
  const [tiers, topics] = await Promise.all([listTiers(), listTopics()]);
  return (
    <AdminPage title="New resource" lead="Attach its file here, or save it as a draft and attach it on the next page.">
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
        maxFileBytes={Math.min(env.MAX_UPLOAD_BYTES, FORM_FILE_MAX_BYTES)}
      />
    </AdminPage>
  );
}
