import { Link } from "@/components/ui/link";
import { formatDate } from "@/lib/format";

/**
 * The grace period's banner: the paid period is over (a failed renewal, or renewal turned off) but
 * access continues until `until`; after it the account is free.
 */
export function GraceBanner({
  tierName,
  periodEnd,
  until,
  paymentFailed,
  announce = true,
}: {
  tierName: string;
  periodEnd: Date;
  until: Date;
  paymentFailed: boolean;
  /** An alert where it is news (the account pages); quiet where it repeats on every page. */
  announce?: boolean;
}) {
  return (
    <div role={announce ? "alert" : undefined} className="rounded-md border-l-4 border-accent-700 bg-accent-100 p-4" data-testid="grace-banner">
      <p className="font-semibold">
        {paymentFailed
          ? `We could not take your renewal payment for ${tierName} membership.`
          : `Your ${tierName} membership ended on ${formatDate(periodEnd)}.`}
      </p>
      <p className="mt-1">
        You keep {tierName} access until {formatDate(until)}. After that your account becomes a free account.{" "}
        {paymentFailed ? (
          <Link href="/account/billing">Update your card to keep your membership</Link>
        ) : (
          <Link href="/membership">Renew your membership</Link>
        )}
        .
      </p>
    </div>
  );
}
