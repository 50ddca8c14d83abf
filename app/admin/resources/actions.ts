"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { listTopics } from "@/db/queries/taxonomy";
import { listTiers } from "@/db/queries/taxonomy";
import { getResourcePublishState } from "@/db/queries/resources/admin";
import { attachResourceFile, removeResourceAlternative, removeResourceFile } from "@/db/queries/resources/files";
import { alternativeKindEnum } from "@/db/schema";
import { createResource, deleteResource, unpublishResource, updateResource } from "@/db/queries/resources/writes";
import type { FormState } from "@/lib/actions";
import { authorise } from "@/lib/admin/authorise";
import { parseResourceForm } from "@/lib/content/form";
import { asksBeforePublishing, PUBLISH_WITHOUT_FILE, publishWithoutFileQuestion } from "@/lib/content/publish-without-file";
import { invalidContent, refusedSave } from "@/lib/content/save-messages";
import { unknownFeatureImage } from "@/lib/content/feature-image";
import { revalidatePublicContent } from "@/lib/content/revalidate";
import { env } from "@/lib/env";
import { FORM_FILE_MAX_BYTES, readFormFile } from "@/lib/uploads/form-file";

const idSchema = z.uuid();
const idOf = (formData: FormData) => idSchema.safeParse(formData.get("id"));
const gone: FormState = { status: "error", message: "This resource has been deleted by someone else." };

/**
 * Creates or saves a resource (any staff). A save from an out-of-date form is refused, not merged.
 * A new resource may bring its file; a gated one going live with no file is asked about first.
 */
export async function saveResourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const [tiers, topics] = await Promise.all([listTiers(), listTopics()]);
  const parsed = parseResourceForm(formData, { tierSlugs: tiers.map((t) => t.slug), topicSlugs: topics.map((t) => t.slug) });
  const creating = !formData.get("id");
  const chosen = creating ? await readFormFile(formData, "file", Math.min(env.MAX_UPLOAD_BYTES, FORM_FILE_MAX_BYTES)) : null;
  const fileError: Record<string, string[]> = chosen && !chosen.ok ? { file: [chosen.message] } : {};
  if (!parsed.ok) return invalidContent({ ...parsed.fieldErrors, ...fileError });
  if (chosen && !chosen.ok) return invalidContent(fileError);
  const { id, version, data } = parsed;
  const unknownImage = await unknownFeatureImage(data.featureImage);
  if (unknownImage) return unknownImage;
  const before = id ? await getResourcePublishState(id) : null;
  if (id && !before) return gone;
  const ask = asksBeforePublishing({
    visibility: data.visibility,
    status: data.status,
    wasLive: Boolean(before && before.status !== "draft"),
    hasFile: Boolean(before?.hasFile || chosen?.file),
    confirmed: formData.get(PUBLISH_WITHOUT_FILE) === "on",
  });
  if (ask) return { status: "error", message: "Not saved yet: one question first.", fieldErrors: { [PUBLISH_WITHOUT_FILE]: [publishWithoutFileQuestion] } };
  const result = id ? await updateResource(auth.viewer.id, id, version, data) : await createResource(auth.viewer.id, data);
  if (!result.ok) return refusedSave("resource", data.slug, result);
  // Its own transaction with its audit entry, as an upload on the edit page is.
  if (chosen?.file) await attachResourceFile(auth.viewer.id, result.id, chosen.file);
  revalidatePublicContent({ resourceSlugs: [result.slug, result.previousSlug] });
  redirect(`/admin/resources/${result.id}?${id ? "saved" : "created"}=1`);
}

export async function unpublishResourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idOf(formData);
  if (!id.success) return gone;
  const result = await unpublishResource(auth.viewer.id, id.data);
  if (!result) return gone;
  revalidatePublicContent({ resourceSlugs: [result.slug] });
  redirect(`/admin/resources/${id.data}?unpublished=1`);
}

export async function deleteResourceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idOf(formData);
  if (!id.success) return gone;
  const result = await deleteResource(auth.viewer.id, id.data);
  if (!result) return gone;
  revalidatePublicContent({ resourceSlugs: [result.slug], articleSlugs: result.articleSlugs });
  redirect(`/admin/resources?deleted=${encodeURIComponent(result.slug)}`);
}

const formatSchema = z.enum(alternativeKindEnum.enumValues).optional();

/** Removes the resource's file, or with `format` its large-print or audio version. */
export async function removeResourceFileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idOf(formData);
  if (!id.success) return gone;
  const format = formatSchema.safeParse(formData.get("format") ?? undefined);
  if (!format.success) return { status: "error", message: "Choose the file, the large-print version or the audio version." };
  const result = format.data
    ? await removeResourceAlternative(auth.viewer.id, id.data, format.data)
    : await removeResourceFile(auth.viewer.id, id.data);
  if (!result) return gone;
  revalidatePublicContent({ resourceSlugs: [result.slug] });
  redirect(`/admin/resources/${id.data}?file=${format.data ?? "file"}-removed`);
}
