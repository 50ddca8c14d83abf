import type { SaveResult } from "@/db/queries/content/save";
import type { FormState } from "@/lib/actions";
import { formatDateTime } from "@/lib/format";

/** What staff are told when a save is refused. */
export function refusedSave(kind: "article" | "resource", slug: string, result: Exclude<SaveResult, { ok: true }>): FormState {
  switch (result.reason) {
    case "conflict":
      return {
        status: "error",
        message: `This ${kind} was changed by ${result.by ?? "someone else"} at ${formatDateTime(result.at)} since you opened it, so your changes have not been saved. They are still in the form: copy anything you need, then reload the page to see the latest version.`,
      };
    case "slug-taken":
      return {
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: { slug: [`The web address “${slug}” is already used by the ${kind} “${result.takenBy}”. Choose another.`] },
      };
    case "not-found":
      return { status: "error", message: `This ${kind} has been deleted by someone else.` };
  }
}

export const invalidContent = (fieldErrors: Record<string, string[]>): FormState => ({
  status: "error",
  message: "Please correct the highlighted fields.",
  fieldErrors,
});
