/** The demo newsletter: the monthly members' update, a draft for Gold members. */
export function demoNewsletter(authorId: string | null) {
  return {
    slug: "monthly-members-update",
    subject: "Monthly members' update",
    preheader: "What is new for Gold members this month.",
    body: [
      "Welcome to this month's update for Gold members.",
      "",
      "## New in the library",
      "",
      "- [National SEND update](/resources/national-send-update): the latest on funding and reform.",
      "- [Training opportunities](/resources/training-opportunities) for the spring term.",
      "",
      "## From the network",
      "",
      "Thank you to everyone who answered our SENCO survey. We will share the results next month.",
    ].join("\n"),
    audience: "tiers" as const,
    audienceTiers: ["gold"],
    authorId,
    updatedById: authorId,
  };
}
