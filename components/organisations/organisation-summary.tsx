import { formatDate } from "@/lib/format";
import { organisationStatus, organisationTypeWords, statusWords, type OrganisationPeriod } from "@/lib/organisations/terms";

/** An organisation's membership at a glance: tier, status, seats, period, renewal. */
export function OrganisationSummary({
  organisation: org,
  used,
  graceDays,
  now,
}: {
  organisation: OrganisationPeriod & { tierName: string; seats: number; type: keyof typeof organisationTypeWords };
  used: number;
  graceDays: number;
  now: Date;
}) {
  const status = organisationStatus(org, now);
  return (
    <>
      <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Tier</dt>
        <dd data-testid="organisation-tier">{org.tierName}</dd>
        <dt className="font-semibold">Status</dt>
        <dd data-testid="organisation-status">{statusWords[status]}</dd>
        <dt className="font-semibold">Seats used</dt>
        <dd data-testid="organisation-seats">
          {used} of {org.seats}
        </dd>
        <dt className="font-semibold">Type</dt>
        <dd>{organisationTypeWords[org.type]}</dd>
        {org.startsAt && org.endsAt && (
          <>
            <dt className="font-semibold">Period</dt>
            <dd>
              {formatDate(org.startsAt)} to {formatDate(org.endsAt)}
            </dd>
            <dt className="font-semibold">Renewal date</dt>
            <dd data-testid="organisation-renewal">{formatDate(org.endsAt)}</dd>
          </>
        )}
      </dl>
      {status === "grace" && org.membershipExpiresAt && (
        <p role="alert" className="mt-5 rounded-md border-l-4 border-accent-700 bg-accent-100 p-4 font-medium">
          The membership ended on {formatDate(org.endsAt!)}. Your staff keep {org.tierName} access until{" "}
          {formatDate(org.membershipExpiresAt)} (a grace period of {graceDays} days): renew before then to avoid a break.
        </p>
      )}
      {status === "lapsed" && (
        <p role="alert" className="mt-5 rounded-md border-l-4 border-accent-700 bg-accent-100 p-4 font-medium">
          The membership has lapsed: your staff have free accounts until it is renewed. Nobody has been removed, and their
          seats come back as soon as a renewal is paid.
        </p>
      )}
      {status === "not-started" && (
        <p className="mt-5 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          The membership starts when its invoice is paid{org.startsAt && org.startsAt > now ? `, from ${formatDate(org.startsAt)}` : ""}.
        </p>
      )}
    </>
  );
}
