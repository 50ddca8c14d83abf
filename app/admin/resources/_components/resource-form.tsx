"use client";

import type { TopicRef } from "@/db/queries/taxonomy";
import type { DisplayStatus } from "@/db/queries/content/status";
import type { TierLabel, Visibility } from "@/lib/access";
import { inputClass } from "../../_components/admin-page";
import { ContentForm } from "../../_components/content/content-form";
import { describedBy, FieldError, TextAreaField } from "../../_components/content/field-parts";
import { FeatureImageField } from "../../_components/content/feature-image-field";
import { MarkdownField } from "../../_components/content/markdown-field";
import { StatusField } from "../../_components/content/status-field";
import { TitleSlugFields } from "../../_components/content/title-slug-fields";
import { TopicsField } from "../../_components/content/topics-field";
import { VisibilityField } from "../../_components/content/visibility-field";
import { saveResourceAction } from "../actions";
import { ResourceFileField } from "./resource-file-field";

export interface ResourceFormValues {
  id: string | null;
  version: number;
  title: string;
  slug: string;
  summary: string;
  easyReadSummary: string;
  body: string;
  featureImage: string;
  featureImageAlt: string;
  type: string;
  visibility: Visibility;
  tiers: string[];
  topics: string[];
  featured: boolean;
  status: DisplayStatus;
  publishAt: string;
}

const labels = {
  title: "Title",
  slug: "Web address",
  summary: "Summary",
  featureImage: "Feature image",
  featureImageAlt: "Feature image description",
  easyReadSummary: "Easy read summary",
  body: "Body",
  type: "Type",
  visibility: "Who can open it",
  tiers: "Tiers",
  topics: "Topics",
  status: "Status",
  publishAt: "Publication date and time",
  file: "Downloadable file",
  publishWithoutFile: "Publish without a file",
};

export function ResourceForm({
  values,
  tiers,
  topics,
  types,
  maxFileBytes,
}: {
  values: ResourceFormValues;
  tiers: TierLabel[];
  topics: TopicRef[];
  types: readonly string[];
  maxFileBytes: number;
}) {
  return (
    <ContentForm action={saveResourceAction} labels={labels} id={values.id} version={values.version} noun="resource">
      {(errors) => (
        <>
          <div className="space-y-5">
            <TitleSlugFields initialTitle={values.title} initialSlug={values.slug} isNew={!values.id} pathPrefix="/resources/" errors={errors} />
            <TextAreaField
              name="summary"
              label="Summary"
              hint="Everyone sees this, in listings and on the resource page, even those who cannot open it."
              defaultValue={values.summary}
              maxLength={500}
              errors={errors.summary}
            />
            <div>
              <label htmlFor="field-type" className="block font-semibold text-ink">
                Type
              </label>
              <FieldError name="type" errors={errors.type} />
              <select
                id="field-type"
                name="type"
                defaultValue={values.type}
                aria-describedby={describedBy("type", null, errors.type)}
                className={`${inputClass(Boolean(errors.type?.length))} sm:max-w-xs`}
              >
                {types.map((type) => (
                  <option key={type}>{type}</option>
                ))}
              </select>
            </div>
          </div>

          <FeatureImageField initialPath={values.featureImage} initialAlt={values.featureImageAlt} errors={errors} />

          <MarkdownField
            name="easyReadSummary"
            label="Easy read summary"
            initial={values.easyReadSummary}
            rows={6}
            hint="Optional. The summary in short sentences and everyday words, for readers who find text hard. Everyone sees it on the resource page."
            errors={errors.easyReadSummary}
          />

          <MarkdownField name="body" label="Body" initial={values.body} hint="Only those who can open the resource see this." errors={errors.body} />

          <div className="grid gap-8 lg:grid-cols-2">
            <VisibilityField tiers={tiers} initialVisibility={values.visibility} initialTiers={values.tiers} errors={errors} />
            <div className="space-y-6">
              <StatusField initialStatus={values.status} initialPublishAt={values.publishAt} errors={errors} />
              <label className="flex min-h-11 cursor-pointer items-center gap-3">
                <input type="checkbox" name="featured" defaultChecked={values.featured} className="size-5 accent-brand-700" />
                <span className="font-semibold">Feature it on the home page</span>
              </label>
            </div>
          </div>

          <ResourceFileField isNew={!values.id} maxBytes={maxFileBytes} errors={errors} />

          <TopicsField topics={topics} selected={values.topics} errors={errors.topics} />
        </>
      )}
    </ContentForm>
  );
}
