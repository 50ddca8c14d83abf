import "server-only";
import { type SQL, sql } from "drizzle-orm";

/** Rows of a raw statement, whichever driver ran it (postgres.js gives an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * Whether the account (a column or expression holding its id) has newsletter consent now: its
 * latest answer in `consents` (db/queries/consents.ts's rule, restated for a set of accounts).
 */
export function hasNewsletterConsent(accountId: SQL): SQL {
  return sql`coalesce((select c.given from consents c where c.account_id = ${accountId} and c.purpose = 'newsletter'
    order by c.created_at desc, c.id desc limit 1), false)`;
}

/**
 * The accounts, aliased `a`, in newsletter `n`'s audience, with consent now and a confirmed,
 * enabled account. Tiers are those held now: `free` by everyone, an account's own or its
 * organisation's paid tier while unexpired (lib/access's effectiveTiers, restated for SQL).
 */
export const inAudience = sql`not a.disabled and a.email_verified_at is not null
  and ${hasNewsletterConsent(sql`a.id`)}
  and case n.audience
    when 'all' then true
    when 'tiers' then ('free' = any(n.audience_tiers)
      or (a.tier_slug = any(n.audience_tiers) and (a.membership_expires_at is null or a.membership_expires_at > now()))
      or exists (select 1 from organisations o where o.id = a.organisation_id and o.tier_slug = any(n.audience_tiers)
        and (o.membership_expires_at is null or o.membership_expires_at > now())))
    when 'organisations' then a.organisation_id = any(n.audience_organisations)
    when 'topics' then exists (select 1 from account_topic_interests i where i.account_id = a.id and i.topic_id = any(n.audience_topics))
    else false end`;
