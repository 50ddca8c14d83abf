"use client";

import type { TopicRef } from "@/db/queries/taxonomy";
import type { DisplayStatus } from "@/db/queries/content/status";
import type { EventType } from "@/db/schema";
import { eventTypeLabels } from "@/lib/events/format";
import { inputClass } from "../../_components/admin-page";
import { ContentForm, type FieldErrors } from "../../_components/content/content-form";
import { choiceClass, choiceInputClass, describedBy, FieldError, FieldGroup, FieldHint, TextAreaField } from "../../_components/content/field-parts";
import { FeatureImageField } from "../../_components/content/feature-image-field";
import { MarkdownField } from "../../_components/content/markdown-field";
import { StatusField } from "../../_components/content/status-field";
import { TitleSlugFields } from "../../_components/content/title-slug-fields";
import { TopicsField } from "../../_components/content/topics-field";
import { saveEventAction } from "../actions";

export interface EventFormValues {
  id: string | null;
  version: number;
  title: string;
  slug: string;
  type: EventType;
  summary: string;
  body: string;
  featureImage: string;
  featureImageAlt: string;
  startsAt: string;
  endsAt: string;
  online: boolean;
  venueName: string;
  address: string;
  mapUrl: string;
  joinUrl: string;
  capacity: string;
  cpdHours: string;
  cancelCutoffHours: string;
  topics: string[];
  status: DisplayStatus;
  publishAt: string;
}

const labels = {
  title: "Title",
  slug: "Web address",
  type: "Kind of event",
  summary: "Summary",
  featureImage: "Feature image",
  featureImageAlt: "Feature image description",
  body: "Description",
  startsAt: "Starts",
  endsAt: "Ends",
  online: "Where",
  venueName: "Venue",
  address: "Address",
  mapUrl: "Map link",
  joinUrl: "Joining link",
  capacity: "Places",
  cpdHours: "CPD hours",
  cancelCutoffHours: "Cancellation cut-off",
  topics: "Topics",
  status: "Status",
  publishAt: "Publication date and time",
};

function Input({ name, label, hint, errors, ...rest }: { name: string; label: string; hint?: string; errors: FieldErrors } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={`field-${name}`} className="block font-semibold text-ink">
        {label}
      </label>
      <FieldHint name={name}>{hint}</FieldHint>
      <FieldError name={name} errors={errors[name]} />
      <input id={`field-${name}`} name={name} aria-invalid={errors[name]?.length ? true : undefined} aria-describedby={describedBy(name, hint, errors[name])} className={inputClass(Boolean(errors[name]?.length))} {...rest} />
    </div>
  );
}

export function EventForm({ values, topics }: { values: EventFormValues; topics: TopicRef[] }) {
  return (
    <ContentForm action={saveEventAction} labels={labels} id={values.id} version={values.version} noun="event">
      {(errors) => (
        <>
          <div className="space-y-5">
            <TitleSlugFields initialTitle={values.title} initialSlug={values.slug} isNew={!values.id} pathPrefix="/events/" errors={errors} />
            <FieldGroup name="type" legend="Kind of event" errors={errors.type}>
              {(Object.keys(eventTypeLabels) as EventType[]).map((type) => (
                <label key={type} className={choiceClass}>
                  <input type="radio" name="type" value={type} defaultChecked={values.type === type} className={choiceInputClass} />
                  <span>{eventTypeLabels[type]}</span>
                </label>
              ))}
            </FieldGroup>
            <TextAreaField name="summary" label="Summary" hint="One or two sentences, shown in listings and at the top of the page." defaultValue={values.summary} maxLength={500} errors={errors.summary} />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <Input name="startsAt" label="Starts" hint="UK time." type="datetime-local" defaultValue={values.startsAt} errors={errors} required />
            <Input name="endsAt" label="Ends" hint="UK time." type="datetime-local" defaultValue={values.endsAt} errors={errors} required />
          </div>
          <div className="space-y-5">
            <FieldGroup name="online" legend="Where" errors={errors.online}>
              <label className={choiceClass}>
                <input type="radio" name="online" value="venue" defaultChecked={!values.online} className={choiceInputClass} />
                <span>At a venue</span>
              </label>
              <label className={choiceClass}>
                <input type="radio" name="online" value="online" defaultChecked={values.online} className={choiceInputClass} />
                <span>Online</span>
              </label>
            </FieldGroup>
            <div className="grid gap-5 sm:grid-cols-2">
              <Input name="venueName" label="Venue" defaultValue={values.venueName} errors={errors} maxLength={200} />
              <Input name="address" label="Address" defaultValue={values.address} errors={errors} maxLength={500} />
              <Input name="mapUrl" label="Map link" hint="Optional, https://" type="url" defaultValue={values.mapUrl} errors={errors} />
              <Input name="joinUrl" label="Joining link" hint="Online events: sent to those booked, never shown on the page." type="url" defaultValue={values.joinUrl} errors={errors} />
            </div>
          </div>
          <div className="grid gap-5 sm:grid-cols-3">
            <Input name="capacity" label="Places" inputMode="numeric" defaultValue={values.capacity} errors={errors} required />
            <Input name="cpdHours" label="CPD hours" hint="Added to each attendee's record when marked attended." inputMode="decimal" defaultValue={values.cpdHours} errors={errors} />
            <Input name="cancelCutoffHours" label="Cancellation cut-off" hint="Members can cancel online until this many hours before the start." inputMode="numeric" defaultValue={values.cancelCutoffHours} errors={errors} />
          </div>
          <FeatureImageField initialPath={values.featureImage} initialAlt={values.featureImageAlt} errors={errors} />
          <MarkdownField name="body" label="Description" initial={values.body} errors={errors.body} />
          <div className="grid gap-8 lg:grid-cols-2">
            <StatusField initialStatus={values.status} initialPublishAt={values.publishAt} errors={errors} />
            <TopicsField topics={topics} selected={values.topics} errors={errors.topics} />
          </div>
        </>
      )}
    </ContentForm>
  );
}
