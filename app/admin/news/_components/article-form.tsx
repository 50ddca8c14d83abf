"use client";

import type { PickerResource } from "@/db/queries/resources/admin";
import type { TopicRef } from "@/db/queries/taxonomy";
import type { DisplayStatus } from "@/db/queries/content/status";
import { ContentForm } from "../../_components/content/content-form";
import { TextAreaField } from "../../_components/content/field-parts";
import { FeatureImageField } from "../../_components/content/feature-image-field";
import { MarkdownField } from "../../_components/content/markdown-field";
import { RelatedField } from "../../_components/content/related-field";
import { StatusField } from "../../_components/content/status-field";
import { TitleSlugFields } from "../../_components/content/title-slug-fields";
import { TopicsField } from "../../_components/content/topics-field";
import { saveArticleAction } from "../actions";

export interface ArticleFormValues {
  id: string | null;
  version: number;
  title: string;
  slug: string;
  standfirst: string;
  body: string;
  featureImage: string;
  featureImageAlt: string;
  topics: string[];
  status: DisplayStatus;
  publishAt: string;
}

const labels = {
  title: "Title",
  slug: "Web address",
  standfirst: "Standfirst",
  featureImage: "Feature image",
  featureImageAlt: "Feature image description",
  body: "Article",
  topics: "Topics",
  related: "Related resources",
  status: "Status",
  publishAt: "Publication date and time",
};

export function ArticleForm({ values, topics, related }: { values: ArticleFormValues; topics: TopicRef[]; related: PickerResource[] }) {
  return (
    <ContentForm action={saveArticleAction} labels={labels} id={values.id} version={values.version} noun="article">
      {(errors) => (
        <>
          <div className="space-y-5">
            <TitleSlugFields initialTitle={values.title} initialSlug={values.slug} isNew={!values.id} pathPrefix="/news/" errors={errors} />
            <TextAreaField
              name="standfirst"
              label="Standfirst"
              hint="The opening summary under the headline, also shown in news listings."
              defaultValue={values.standfirst}
              maxLength={600}
              errors={errors.standfirst}
            />
          </div>

          <FeatureImageField initialPath={values.featureImage} initialAlt={values.featureImageAlt} errors={errors} />

          <MarkdownField name="body" label="Article" initial={values.body} errors={errors.body} />

          <div className="grid gap-8 lg:grid-cols-2">
            <RelatedField initial={related} errors={errors.related} />
            <StatusField initialStatus={values.status} initialPublishAt={values.publishAt} errors={errors} />
          </div>

          <TopicsField topics={topics} selected={values.topics} errors={errors.topics} />
        </>
      )}
    </ContentForm>
  );
}
