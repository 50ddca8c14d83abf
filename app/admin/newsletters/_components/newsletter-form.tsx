"use client";

import { useState } from "react";
import { ContentForm } from "../../_components/content/content-form";
import { choiceClass, choiceInputClass, FieldGroup, TextAreaField } from "../../_components/content/field-parts";
import { MarkdownField } from "../../_components/content/markdown-field";
import { TitleSlugFields } from "../../_components/content/title-slug-fields";
import { saveNewsletterAction } from "../actions";

export interface NewsletterFormValues {
  id: string | null;
  version: number;
  subject: string;
  slug: string;
  preheader: string;
  body: string;
  audience: "all" | "tiers" | "organisations" | "topics";
  audienceTiers: string[];
  audienceOrganisations: string[];
  audienceTopics: string[];
}

type Option = { value: string; label: string };

const labels = {
  title: "Title",
  slug: "Web address",
  preheader: "Preview line",
  body: "Newsletter",
  audience: "Who it is for",
  tiers: "Tiers",
  organisations: "Organisations",
  topics: "Topics",
};

const kinds = [
  { value: "all", label: "Everyone who subscribes" },
  { value: "tiers", label: "Members of chosen tiers" },
  { value: "organisations", label: "Members of chosen organisations" },
  { value: "topics", label: "Subscribers interested in chosen topics" },
] as const;

/** The newsletter's words (the news editor's markdown field) and its audience. */
export function NewsletterForm({
  values,
  tiers,
  organisations,
  topics,
}: {
  values: NewsletterFormValues;
  tiers: Option[];
  organisations: Option[];
  topics: Option[];
}) {
  const [audience, setAudience] = useState(values.audience);
  const lists = { tiers: { options: tiers, chosen: values.audienceTiers }, organisations: { options: organisations, chosen: values.audienceOrganisations }, topics: { options: topics, chosen: values.audienceTopics } };
  return (
    <ContentForm action={saveNewsletterAction} labels={labels} id={values.id} version={values.version} noun="draft">
      {(errors) => (
        <>
          <div className="space-y-5">
            <TitleSlugFields initialTitle={values.subject} initialSlug={values.slug} isNew={!values.id} pathPrefix="/newsletters/" errors={errors} />
            <TextAreaField
              name="preheader"
              label="Preview line"
              hint="The line mail programs show after the subject. The title is the email's subject."
              defaultValue={values.preheader}
              maxLength={200}
              errors={errors.preheader}
            />
          </div>
          <MarkdownField name="body" label="Newsletter" initial={values.body} errors={errors.body} />
          <FieldGroup
            name="audience"
            legend="Who it is for"
            hint="Only people who have agreed to receive the newsletter are ever sent it, whichever you choose."
            errors={errors.audience}
          >
            {kinds.map((kind) => (
              <label key={kind.value} className={choiceClass}>
                <input
                  type="radio"
                  name="audience"
                  value={kind.value}
                  checked={audience === kind.value}
                  onChange={() => setAudience(kind.value)}
                  className={choiceInputClass}
                />
                {kind.label}
              </label>
            ))}
          </FieldGroup>
          {audience !== "all" && (
            <FieldGroup name={audience} legend={labels[audience]} errors={errors[audience]}>
              <div className="grid gap-x-4 sm:grid-cols-2">
                {lists[audience].options.map((option) => (
                  <label key={option.value} className={choiceClass}>
                    <input
                      type="checkbox"
                      name={audience}
                      value={option.value}
                      defaultChecked={lists[audience].chosen.includes(option.value)}
                      className={choiceInputClass}
                    />
                    {option.label}
                  </label>
                ))}
              </div>
              {lists[audience].options.length === 0 && <p className="text-muted">There are none yet.</p>}
            </FieldGroup>
          )}
        </>
      )}
    </ContentForm>
  );
}
