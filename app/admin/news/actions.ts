"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { listTopics } from "@/db/queries/taxonomy";
import { createArticle, deleteArticle, unpublishArticle, updateArticle } from "@/db/queries/news";
import type { FormState } from "@/lib/actions";
import { authorise } from "@/lib/admin/authorise";
import { parseArticleForm } from "@/lib/content/form";
import { invalidContent, refusedSave } from "@/lib/content/save-messages";
import { unknownFeatureImage } from "@/lib/content/feature-image";
import { revalidatePublicContent } from "@/lib/content/revalidate";

const idSchema = z.uuid();
const gone: FormState = { status: "error", message: "This article has been deleted by someone else." };

export async function saveArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const topics = await listTopics();
  const parsed = parseArticleForm(formData, { topicSlugs: topics.map((t) => t.slug) });
  if (!parsed.ok) return invalidContent(parsed.fieldErrors);
  const { id, version, data } = parsed;
  const unknownImage = await unknownFeatureImage(data.featureImage);
  if (unknownImage) return unknownImage;
  const result = id ? await updateArticle(auth.viewer.id, id, version, data) : await createArticle(auth.viewer.id, data);
  if (!result.ok) return refusedSave("article", data.slug, result);
  revalidatePublicContent({ articleSlugs: [result.slug, result.previousSlug] });
  redirect(`/admin/news/${result.id}?${id ? "saved" : "created"}=1`);
}

export async function unpublishArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return gone;
  const result = await unpublishArticle(auth.viewer.id, id.data);
  if (!result) return gone;
  revalidatePublicContent({ articleSlugs: [result.slug] });
  redirect(`/admin/news/${id.data}?unpublished=1`);
}

export async function deleteArticleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return gone;
  const result = await deleteArticle(auth.viewer.id, id.data);
  if (!result) return gone;
  revalidatePublicContent({ articleSlugs: [result.slug] });
  redirect(`/admin/news?deleted=${encodeURIComponent(result.slug)}`);
}
