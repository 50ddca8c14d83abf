import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { displayStatus } from "@/db/queries/content/status";
import type { ContentStatus } from "@/db/schema";
import type { FormState } from "@/lib/actions";
import { toLondonDateTime } from "@/lib/dates";
import { formatDateTime } from "@/lib/format";
import { first, type SearchParams } from "@/lib/params";
import { ActionForm } from "../action-form";
import { AdminPage, buttonClass } from "../admin-page";
import { Notice } from "../notice";
import { StatusBadge } from "../status-badge";
import type { ContentKind } from "./kinds";

/** What every kind's edit page shows about the item, whatever else its form holds. */
export interface EditableContent {
  id: string;
  title: string;
  slug: string;
  status: ContentStatus;
  publishedAt: Date | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
}

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** The status fields' starting values: the status as people see it, and the time in UK terms. */
export function statusValues(item: Pick<EditableContent, "status" | "publishedAt">) {
  return {
    status: displayStatus(item.status, item.publishedAt),
    publishAt: item.publishedAt ? toLondonDateTime(item.publishedAt) : "",
  };
}

/**
 * An item's edit page: its title, status and last save, a link to it on the site once live, and
 * the notice a redirect asked for (`?saved=1` and so on). The form and the rest are `children`.
 */
export function ContentEditPage({
  kind,
  item,
  query,
  children,
}: {
  kind: ContentKind;
  item: EditableContent;
  query: SearchParams;
  children: ReactNode;
}) {
  const notices: Record<string, string> = {
    created: `The ${kind.noun} has been created.`,
    saved: "Your changes have been saved.",
    unpublished: `The ${kind.noun} has been unpublished: it is a draft again, and only staff can see it.`,
  };
  const notice = Object.keys(notices).find((key) => first(query[key]) === "1");
  return (
    <AdminPage
      title={item.title}
      lead={
        <>
          <StatusBadge status={item.status} publishedAt={item.publishedAt} /> Version {item.version}, last changed{" "}
          {item.updatedByName ? `by ${item.updatedByName} ` : ""}at {formatDateTime(item.updatedAt)}.
        </>
      }
      actions={
        displayStatus(item.status, item.publishedAt) === "published" ? (
          <Link href={`${kind.sitePath}${item.slug}`} className={buttonClass.secondary}>
            View on the site
          </Link>
        ) : undefined
      }
    >
      {notice && <Notice>{notices[notice]}</Notice>}
      {children}
    </AdminPage>
  );
}

/** Unpublish (unless it is a draft already) and delete, the latter only after a confirmation. */
export function ManageContent({
  kind,
  item,
  unpublish,
  remove,
  deleteHint,
  className = "",
}: {
  kind: ContentKind;
  item: EditableContent;
  unpublish: Action;
  remove: Action;
  deleteHint: string;
  className?: string;
}) {
  return (
    <section aria-labelledby="manage-heading" className={`space-y-5 rounded-xl border border-line p-5 ${className}`.trim()}>
      <h2 id="manage-heading" className="font-sans text-lg font-semibold">
        Unpublish or delete
      </h2>
      {displayStatus(item.status, item.publishedAt) !== "draft" && (
        <div>
          <p className="mb-2 text-muted">Take it off the site and keep it as a draft.</p>
          <ActionForm action={unpublish} id={item.id} label="Unpublish" pendingLabel="Unpublishing…" />
        </div>
      )}
      <div>
        <p className="mb-2 text-muted">{deleteHint}</p>
        <ActionForm
          action={remove}
          id={item.id}
          label={`Delete ${kind.noun}`}
          pendingLabel="Deleting…"
          tone="dangerOutline"
          confirm={<p>Delete “{item.title}” permanently? This cannot be undone.</p>}
          confirmLabel="Yes, delete it permanently"
        />
      </div>
    </section>
  );
}
