/** A resource's download route, its slug captured (proxy.ts, the outage check, the script policy). */
export const downloadPath = /^\/resources\/([^/]+)\/download\/?$/;

/**
 * The cached open page of a resource (lib/content/open-grant.ts), where proxy.ts sends a viewer
 * lib/access allows; a request naming it is refused. A cached page, not one rendered per request.
 */
export const openResourcePath = /^\/member\/resources\/[^/]+\/open(\/|$)/;

/** Names and words used across the site, in one place. */
export const site = {
  name: "SEND Network",
  shortName: "SEND Network",
  tagline: "Supporting everyone who works with children and young people with special educational needs and disabilities.",
  description:
    "News, practical resources and professional support for SENCOs, teachers, leaders and families working with children and young people with SEND.",
  email: "hello@example.org",
} as const;
