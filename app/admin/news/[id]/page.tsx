import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getArticleForEdit } from "@/db/queries/news";
import { getPickerResources } from "@/db/queries/resources/admin";
import { listTopics } from "@/db/queries/taxonomy";
import { displayStatus } from "@/db/queries/content/status";
import { requireStaff } from "@/lib/auth/viewer";
import { toLondonDateTime } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../../_components/action-form";
import { AdminPage, buttonClass } from "../../_components/admin-page";
import { Notice } from "../../_components/notice";
import { StatusBadge } from "../../_components/status-badge";
import { deleteArticleAction, unpublishArticleAction } from "../actions";
import { ArticleForm } from "../_components/article-form";

export const metadata = { title: "Edit article · Dashboard" };

const notices: Record<string, string> = {
  created: "The article has been created.",
  saved: "Your changes have been saved.",
  unpublished: "The article has been unpublished: it is a draft again, and only staff can see it.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaff(`/admin/news/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [article, topics, query] = await Promise.all([getArticleForEdit(id), listTopics(), searchParams]);
  if (!article) notFound();
  const related = await getPickerResources(article.related);
  const state = displayStatus(article.status, article.publishedAt);
  const notice = Object.keys(notices).find((key) => first(query[key]) === "1");

  return (
    <AdminPage
      title={article.title}
      lead={
        <>
          <StatusBadge status={article.status} publishedAt={article.publishedAt} /> Version {article.version}, last changed{" "}
          {article.updatedByName ? `by ${article.updatedByName} ` : ""}at {formatDateTime(article.updatedAt)}.
        </>
      }
      actions={
        state === "published" ? (
          <Link href={`/news/${article.slug}`} className={buttonClass.secondary}>
            View on the site
          </Link>
        ) : undefined
      }
    >
      {notice && <Notice>{notices[notice]}</Notice>}
      <ArticleForm
        key={article.version}
        values={{
          id: article.id,
          version: article.version,
          title: article.title,
          slug: article.slug,
          standfirst: article.standfirst,
          body: article.body,
          topics: article.topics,
          status: state,
          publishAt: article.publishedAt ? toLondonDateTime(article.publishedAt) : "",
        }}
        topics={topics}
        related={related}
      />
      <section aria-labelledby="manage-heading" className="mt-10 space-y-5 rounded-xl border border-line p-5 lg:max-w-2xl">
        <h2 id="manage-heading" className="font-sans text-lg font-semibold">
          Unpublish or delete
        </h2>
        {state !== "draft" && (
          <div>
            <p className="mb-2 text-muted">Take it off the site and keep it as a draft.</p>
            <ActionForm action={unpublishArticleAction} id={article.id} label="Unpublish" pendingLabel="Unpublishing…" />
          </div>
        )}
        <div>
          <p className="mb-2 text-muted">Delete it for good.</p>
          <ActionForm
            action={deleteArticleAction}
            id={article.id}
            label="Delete article"
            pendingLabel="Deleting…"
            tone="dangerOutline"
            confirm={<p>Delete “{article.title}” permanently? This cannot be undone.</p>}
            confirmLabel="Yes, delete it permanently"
          />
        </div>
      </section>
    </AdminPage>
  );
}
