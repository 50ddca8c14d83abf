import { listTopics } from "@/db/queries/taxonomy";
import { requireStaff } from "@/lib/auth/viewer";
import { AdminPage } from "../../_components/admin-page";
import { ArticleForm } from "../_components/article-form";

export const metadata = { title: "New article · Dashboard" };

export default async function NewArticlePage() {
  await requireStaff("/admin/news/new");
  const topics = await listTopics();
  return (
    <AdminPage title="New article">
      <ArticleForm
        values={{ id: null, version: 0, title: "", slug: "", standfirst: "", body: "", featureImage: "", featureImageAlt: "", topics: [], status: "draft", publishAt: "" }}
        topics={topics}
        related={[]}
      />
    </AdminPage>
  );
}
