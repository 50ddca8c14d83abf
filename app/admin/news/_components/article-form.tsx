"use client";

import type { PickerResource } from "@/db/queries/resources/admin";
import type { TopicRef } from "@/db/queries/taxonomy";
import type { DisplayStatus } from "@/db/queries/content/status";
import { buttonClass, inputClass } from "../../_components/admin-page";
import { FormAlert } from "../../_components/form-alert";
import { describedBy, FieldError, FieldHint } from "../../_components/content/field-parts";
import { MarkdownField } from "../../_components/content/markdown-field";
import { RelatedField } from "../../_components/content/related-field";
import { StatusField } from "../../_components/content/status-field";
import { TitleSlugFields } from "../../_components/content/title-slug-fields";
import { TopicsField } from "../../_components/content/topics-field";
import { useContentForm } from "../../_components/content/use-content-form";
import { saveArticleAction } from "../actions";

export interface ArticleFormValues {
  id: string | null;
  version: number;
  title: string;
  slug: string;
  standfirst: string;
  body: string;
  topics: string[];
  status: DisplayStatus;
  publishAt: string;
}

const labels = {
  title: "Title",
  slug: "Web address",
  standfirst: "Standfirst",
  body: "Article",
  topics: "Topics",
  related: "Related resources",
  status: "Status",
  publishAt: "Publication date and time",
};

export function ArticleForm({ values, topics, related }: { values: ArticleFormValues; topics: TopicRef[]; related: PickerResource[] }) {
  const { state, formAction, pending, onSubmit, errors } = useContentForm(saveArticleAction);
  const standfirstHint = "The opening summary under the headline, also shown in news listings.";
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert state={state} labels={labels} />
      <input type="hidden" name="id" value={values.id ?? ""} />
      <input type="hidden" name="version" value={values.version} />
      <div className="space-y-5">
        <TitleSlugFields initialTitle={values.title} initialSlug={values.slug} isNew={!values.id} pathPrefix="/news/" errors={errors} />
        <div>
          <label htmlFor="field-standfirst" className="block font-semibold text-ink">
            Standfirst
          </label>
          <FieldHint name="standfirst">{standfirstHint}</FieldHint>
          <FieldError name="standfirst" errors={errors.standfirst} />
          <textarea
            id="field-standfirst"
            name="standfirst"
            defaultValue={values.standfirst}
            rows={3}
            maxLength={600}
            aria-invalid={errors.standfirst?.length ? true : undefined}
            aria-describedby={describedBy("standfirst", standfirstHint, errors.standfirst)}
            className={`${inputClass(Boolean(errors.standfirst?.length))} py-2`}
          />
        </div>
      </div>

      <MarkdownField name="body" label="Article" initial={values.body} errors={errors.body} />

      <div className="grid gap-8 lg:grid-cols-2">
        <RelatedField initial={related} errors={errors.related} />
        <StatusField initialStatus={values.status} initialPublishAt={values.publishAt} errors={errors} />
      </div>

      <TopicsField topics={topics} selected={values.topics} errors={errors.topics} />

      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-6">
        <button type="submit" className={buttonClass.primary} disabled={pending}>
          {pending ? "Saving…" : values.id ? "Save changes" : "Create article"}
        </button>
      </div>
    </form>
  );
}
