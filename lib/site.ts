/** Names and words used across the site, in one place. */
export const site = {
  name: "SEND Network",
  shortName: "SEND Network",
  tagline: "Supporting everyone who works with children and young people with special educational needs and disabilities.",
  description:
    "News, practical resources and professional support for SENCOs, teachers, leaders and families working with children and young people with SEND.",
  email: "hello@example.org",
} as const;
