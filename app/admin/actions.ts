"use server";

import { z } from "zod";
import { searchResourcesForPicker, type PickerResource } from "@/db/queries/resources/admin";
import { authorise } from "@/lib/admin/authorise";
import { externalImageMessage, missingAltMessage, renderMarkdown } from "@/lib/markdown";

/**
 * The editor's live preview: the same sanitizing renderer as the public pages, so what staff see
 * is what the public will get.
 */
export async function previewMarkdownAction(
  markdown: string,
): Promise<{ html: string; missingAlt: string | null; externalImages: string | null } | { error: string }> {
  const auth = await authorise("staff");
  if (!auth.ok) return { error: auth.state.message ?? "Not allowed." };
  const source = z.string().max(200_000).safeParse(markdown);
  if (!source.success) return { error: "The text is too long to preview." };
  return {
    html: renderMarkdown(source.data),
    missingAlt: missingAltMessage(source.data),
    externalImages: externalImageMessage(source.data),
  };
}

/** Resources matching a search, for the related-resources picker. */
export async function searchResourcesAction(query: string, exclude: string[]): Promise<PickerResource[]> {
  const auth = await authorise("staff");
  if (!auth.ok) return [];
  const q = z.string().max(200).safeParse(query);
  const ids = z.array(z.uuid()).max(50).safeParse(exclude);
  if (!q.success || !ids.success) return [];
  return searchResourcesForPicker(q.data, ids.data);
}
