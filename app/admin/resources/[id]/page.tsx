import { notFound } from "next/navigation";
import { z } from "zod";
import { getResourceForEdit } from "@/db/queries/resources/admin";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { resourceTypes } from "@/db/schema";
import { requireStaff } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { first, type SearchParams } from "@/lib/params";
import { ContentEditPage, ManageContent, statusValues } from "../../_components/content/content-edit-page";
import { resourceKind } from "../../_components/content/kinds";
import { Notice } from "../../_components/notice";
import { deleteResourceAction, unpublishResourceAction } from "../actions";
import { AttachmentPanel } from "../_components/attachment-panel";
import { ResourceForm } from "../_components/resource-form";

export const metadata = { title: "Edit resource · Dashboard" };

const fileNotices: Record<string, string> = {
  "file-removed": "The file has been removed.",
  "large-print-removed": "The large-print version has been removed.",
  "audio-removed": "The audio version has been removed.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function EditResourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireStaff(`/admin/resources/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [resource, tiers, topics, query] = await Promise.all([getResourceForEdit(id), listTiers(), listTopics(), searchParams]);
  if (!resource) notFound();
  const fileNotice = fileNotices[first(query.file) ?? ""];

  return (
    <ContentEditPage kind={resourceKind} item={resource} query={query}>
      {fileNotice && <Notice>{fileNotice}</Notice>}
      <ResourceForm
        key={resource.version}
        values={{
          id: resource.id,
          version: resource.version,
          title: resource.title,
          slug: resource.slug,
          summary: resource.summary,
          easyReadSummary: resource.easyReadSummary,
          body: resource.body,
          featureImage: resource.featureImage,
          featureImageAlt: resource.featureImageAlt,
          type: resource.type,
          visibility: resource.visibility,
          tiers: resource.tiers,
          topics: resource.topics,
          featured: resource.featured,
          ...statusValues(resource),
        }}
        tiers={tiers}
        topics={topics}
        types={resourceTypes}
        maxFileBytes={env.MAX_UPLOAD_BYTES}
      />
      <div className="mt-10 grid gap-6 lg:grid-cols-2">
        <AttachmentPanel resourceId={resource.id} file={resource.file} maxBytes={env.MAX_UPLOAD_BYTES} />
        <div className="space-y-4 lg:row-span-2">
          <p className="text-muted">
            Other formats are offered beside the download, to the same people who may open it. Large print: a PDF or
            Word file set in at least 16 point type.
          </p>
          <AttachmentPanel resourceId={resource.id} file={resource.largePrint} maxBytes={env.MAX_UPLOAD_BYTES} slot="large-print" />
          <AttachmentPanel resourceId={resource.id} file={resource.audio} maxBytes={env.MAX_UPLOAD_BYTES} slot="audio" />
        </div>
        <ManageContent
          kind={resourceKind}
          item={resource}
          unpublish={unpublishResourceAction}
          remove={deleteResourceAction}
          deleteHint="Delete it for good, with its file. It leaves every article’s related resources."
        />
      </div>
    </ContentEditPage>
  );
}
