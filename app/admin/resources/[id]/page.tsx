import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getResourceForEdit } from "@/db/queries/resources/admin";
import { listTiers, listTopics } from "@/db/queries/taxonomy";
import { resourceTypes } from "@/db/schema";
import { displayStatus } from "@/db/queries/content/status";
import { requireStaff } from "@/lib/auth/viewer";
import { toLondonDateTime } from "@/lib/dates";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../../_components/action-form";
import { AdminPage, buttonClass } from "../../_components/admin-page";
import { Notice } from "../../_components/notice";
import { StatusBadge } from "../../_components/status-badge";
import { deleteResourceAction, unpublishResourceAction } from "../actions";
import { AttachmentPanel } from "../_components/attachment-panel";
import { ResourceForm } from "../_components/resource-form";

export const metadata = { title: "Edit resource · Dashboard" };

const notices: Record<string, string> = {
  created: "The resource has been created.",
  saved: "Your changes have been saved.",
  unpublished: "The resource has been unpublished: it is a draft again, and only staff can see it.",
};

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
  const state = displayStatus(resource.status, resource.publishedAt);
  const notice = Object.keys(notices).find((key) => first(query[key]) === "1");
  const fileNotice = fileNotices[first(query.file) ?? ""];

  return (
    <AdminPage
      title={resource.title}
      lead={
        <>
          <StatusBadge status={resource.status} publishedAt={resource.publishedAt} /> Version {resource.version}, last changed{" "}
          {resource.updatedByName ? `by ${resource.updatedByName} ` : ""}at {formatDateTime(resource.updatedAt)}.
        </>
      }
      actions={
        state === "published" ? (
          <Link href={`/resources/${resource.slug}`} className={buttonClass.secondary}>
            View on the site
          </Link>
        ) : undefined
      }
    >
      {notice && <Notice>{notices[notice]}</Notice>}
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
          type: resource.type,
          visibility: resource.visibility,
          tiers: resource.tiers,
          topics: resource.topics,
          featured: resource.featured,
          status: state,
          publishAt: resource.publishedAt ? toLondonDateTime(resource.publishedAt) : "",
        }}
        tiers={tiers}
        topics={topics}
        types={resourceTypes}
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
        <section aria-labelledby="manage-heading" className="space-y-5 rounded-xl border border-line p-5">
          <h2 id="manage-heading" className="font-sans text-lg font-semibold">
            Unpublish or delete
          </h2>
          {state !== "draft" && (
            <div>
              <p className="mb-2 text-muted">Take it off the site and keep it as a draft.</p>
              <ActionForm action={unpublishResourceAction} id={resource.id} label="Unpublish" pendingLabel="Unpublishing…" />
            </div>
          )}
          <div>
            <p className="mb-2 text-muted">Delete it for good, with its file. It leaves every article’s related resources.</p>
            <ActionForm
              action={deleteResourceAction}
              id={resource.id}
              label="Delete resource"
              pendingLabel="Deleting…"
              tone="dangerOutline"
              confirm={
                <p>
                  Delete “{resource.title}” permanently? This cannot be undone.
                </p>
              }
              confirmLabel="Yes, delete it permanently"
            />
          </div>
        </section>
      </div>
    </AdminPage>
  );
}
