"use client";

import { useState } from "react";
import { AudienceBadge } from "@/components/ui/audience-badge";
import { audienceLabel, type TierLabel, type Visibility } from "@/lib/access";
import { choiceClass, choiceInputClass, FieldGroup } from "./field-parts";

/** Who may open the resource, with the badge the public will see, updated as it changes. */
export function VisibilityField({
  tiers,
  initialVisibility,
  initialTiers,
  errors,
}: {
  tiers: TierLabel[];
  initialVisibility: Visibility;
  initialTiers: string[];
  errors: Record<string, string[] | undefined>;
}) {
  const [visibility, setVisibility] = useState<Visibility>(initialVisibility);
  const [chosen, setChosen] = useState<string[]>(initialTiers);
  const paid = tiers.filter((t) => t.slug !== "free");
  const gate = { visibility, tiers: visibility === "tiers" ? chosen : [] };
  const choices: Array<{ value: Visibility; label: string }> = [
    { value: "public", label: "Everyone, signed in or not" },
    { value: "members", label: "Any signed-in member (including Free)" },
    { value: "tiers", label: "Members of the tiers chosen below" },
  ];
  return (
    <div className="space-y-4">
      <FieldGroup name="visibility" legend="Who can open it" hint="Everyone can see the title, summary and badge; only these people can read the body and download the file." errors={errors.visibility}>
        {choices.map((choice) => (
          <label key={choice.value} className={choiceClass}>
            <input
              type="radio"
              name="visibility"
              value={choice.value}
              checked={visibility === choice.value}
              onChange={() => setVisibility(choice.value)}
              className={choiceInputClass}
            />
            {choice.label}
          </label>
        ))}
      </FieldGroup>
      <FieldGroup name="tiers" legend="Tiers" hint={visibility === "tiers" ? "Choose one or more." : "Only used with the last option above."} errors={errors.tiers}>
        <div className="flex flex-wrap gap-x-6">
          {paid.map((tier) => (
            <label key={tier.slug} className={`${choiceClass} ${visibility !== "tiers" ? "opacity-60" : ""}`}>
              <input
                type="checkbox"
                name="tiers"
                value={tier.slug}
                checked={chosen.includes(tier.slug)}
                disabled={visibility !== "tiers"}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, tier.slug] : c.filter((s) => s !== tier.slug)))}
                className={choiceInputClass}
              />
              {tier.name}
            </label>
          ))}
        </div>
      </FieldGroup>
      <div aria-live="polite" className="rounded-md bg-wash p-3">
        <span className="mr-2 text-sm font-semibold">The public will see:</span>
        <AudienceBadge label={audienceLabel(gate, tiers)} visibility={visibility} tiers={gate.tiers} />
      </div>
    </div>
  );
}
