"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { createSynonymGroup, deleteSynonymGroup, listSynonymGroups, updateSynonymGroup } from "@/db/queries/search/vocabulary";
import { formError, formFields, invalidForm, type FormState } from "@/lib/actions";
import { authorise } from "@/lib/admin/authorise";
import { revalidateSearch } from "@/lib/content/revalidate";
import { synonymTermsSchema, termsInOtherGroups } from "@/lib/search/vocabulary-form";

const idSchema = z.uuid();

/** Adds or changes a group of the search vocabulary (any staff member). */
export async function saveSynonymGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const values = formFields(formData, ["id", "terms"]);
  const id = values.id ? idSchema.safeParse(values.id) : null;
  if (id && !id.success) return formError("This group no longer exists.", values);
  const parsed = z.object({ terms: synonymTermsSchema }).safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { terms } = parsed.data;
  const clash = termsInOtherGroups(terms, await listSynonymGroups(), id?.data);
  if (clash.length > 0) {
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: { terms: [`Already in another group: ${clash.join(", ")}. A term can be in one group only.`] },
      values,
    };
  }
  let saved: string;
  if (id) {
    const result = await updateSynonymGroup(auth.viewer.id, id.data, terms);
    if (!result) return formError("This group no longer exists.", values);
    if (!result.changed) redirect(`/admin/vocabulary?unchanged=1#group-${id.data}`);
    saved = id.data;
  } else {
    saved = (await createSynonymGroup(auth.viewer.id, terms)).id;
  }
  revalidateSearch();
  redirect(`/admin/vocabulary?saved=${saved}#group-${saved}`);
}

/** Removes a group of the search vocabulary (any staff member). */
export async function deleteSynonymGroupAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const auth = await authorise("staff");
  if (!auth.ok) return auth.state;
  const id = idSchema.safeParse(formFields(formData, ["id"]).id);
  if (!id.success || !(await deleteSynonymGroup(auth.viewer.id, id.data))) return formError("This group no longer exists.");
  revalidateSearch();
  redirect("/admin/vocabulary?deleted=1");
}
