import type { Visibility } from "@/lib/access";

/** The form field that confirms it, and the question asked. */
export const PUBLISH_WITHOUT_FILE = "publishWithoutFile";
export const publishWithoutFileQuestion =
  "This resource is for members only but has no file to download. Attach a file, or tick “Publish without a file” to publish it anyway.";

/**
 * Whether to ask before saving: a gated resource going live (published or scheduled) with no file.
 * Members open such a resource expecting a download, so it is usually a file forgotten. Asked once,
 * when it first goes live: saving an item already live does not ask again.
 */
export function asksBeforePublishing(save: {
  visibility: Visibility;
  status: "draft" | "published" | "scheduled";
  wasLive: boolean;
  hasFile: boolean;
  confirmed: boolean;
}): boolean {
  return save.visibility !== "public" && save.status !== "draft" && !save.wasLive && !save.hasFile && !save.confirmed;
}
