import { notFound } from "next/navigation";
import { z } from "zod";
import { getArticleForEdit } from "@/db/queries/news";
import { getPickerResources } from "@/db/queries/resources/admin";
import { listTopics } from "@/db/queries/taxonomy";
import { requireStaff } from "@/lib/auth/viewer";
import type { SearchParams } from "@/lib/params";
import { ContentEditPage, ManageContent, statusValues } from "../../_components/content/content-edit-page";
import { articleKind } from "../../_components/content/kinds";
import { deleteArticleAction, unpublishArticleAction } from "../actions";
import { ArticleForm } from "../_components/article-form";

export const metadata = { title: "Edit article · Dashboard" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaff(`/admin/news/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [article, topics, query] = await Promise.all([getArticleForEdit(id), listTopics(), searchParams]);
  if (!article) notFound();
  const related = await getPickerResources(article.related);

  return (
    <ContentEditPage kind={articleKind} item={article} query={query}>
      <ArticleForm
        key={article.version}
        values={{
          id: article.id,
          version: article.version,
          title: article.title,
          slug: article.slug,
          standfirst: article.standfirst,
          body: article.body,
          featureImage: article.featureImage,
          featureImageAlt: article.featureImageAlt,
          topics: article.topics,
          ...statusValues(article),
        }}
        topics={topics}
        related={related}
      />
      <ManageContent
        kind={articleKind}
        item={article}
        unpublish={unpublishArticleAction}
        remove={deleteArticleAction}
        deleteHint="Delete it for good."
        className="mt-10 lg:max-w-2xl"
      />
    </ContentEditPage>
  );
}
