import type { TopicRef } from "@/db/queries/taxonomy";
import { choiceClass, choiceInputClass, FieldGroup } from "./field-parts";

export function TopicsField({ topics, selected, errors }: { topics: TopicRef[]; selected: string[]; errors?: string[] }) {
  return (
    <FieldGroup name="topics" legend="Topics" hint="Readers can browse by topic. Choose any that fit." errors={errors}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {topics.map((topic) => (
          <label key={topic.slug} className={choiceClass}>
            <input type="checkbox" name="topics" value={topic.slug} defaultChecked={selected.includes(topic.slug)} className={choiceInputClass} />
            {topic.name}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
