import { requireStaff } from "@/lib/auth/viewer";
import { AdminPage } from "../../_components/admin-page";
import { NewsletterForm } from "../_components/newsletter-form";
import { audienceOptions } from "../_components/options";

export const metadata = { title: "New newsletter · Dashboard" };

export default async function NewNewsletterPage() {
  await requireStaff("/admin/newsletters/new");
  const options = await audienceOptions();
  return (
    <AdminPage title="New newsletter" lead="Save it as a draft first: then you can preview it as an email, send a test to yourself and send it.">
      <NewsletterForm
        values={{ id: null, version: 0, subject: "", slug: "", preheader: "", body: "", audience: "all", audienceTiers: [], audienceOrganisations: [], audienceTopics: [] }}
        {...options}
      />
    </AdminPage>
  );
}
