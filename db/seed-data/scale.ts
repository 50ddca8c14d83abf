/*
 * Synthetic data for `npm run db:seed -- --scale N`: members, organisations,
 * resources and news in realistic proportions, for measuring the site at size. Everything here is
 * generated from our own word lists by a seeded random generator, so a run is reproducible.
 * Nothing here touches the database.
 */
import type { ResourceType } from "../schema";

/** A small, fast, seeded generator (mulberry32): the same seed gives the same data. */
export function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  /** `count` distinct items of `list`, in list order. */
  const some = <T>(list: readonly T[], count: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(Math.floor(next() * list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i]!);
  };
  return { next, int, pick, chance, some };
}

export type Random = ReturnType<typeof randomFrom>;

const firstNames = [
  "Aisha", "Alfie", "Amelia", "Amir", "Anna", "Arjun", "Ava", "Ben", "Beth", "Callum", "Chloe", "Chidi",
  "Daniel", "Deborah", "Eilidh", "Ella", "Emeka", "Emily", "Erin", "Fatima", "Finn", "Freya", "Gareth",
  "Grace", "Hamza", "Harriet", "Harry", "Isla", "Jack", "Jasmine", "Jess", "Joseph", "Kamal", "Kate",
  "Kwame", "Laura", "Leah", "Liam", "Lucy", "Maryam", "Megan", "Mohammed", "Nadia", "Naomi", "Niamh",
  "Oliver", "Olivia", "Oscar", "Owain", "Poppy", "Rachel", "Rhys", "Rosie", "Ruth", "Sadia", "Sam",
  "Sophie", "Tariq", "Thomas", "Yusuf", "Zara", "Zoe",
] as const;

const surnames = [
  "Adeyemi", "Ahmed", "Ali", "Anderson", "Bailey", "Baker", "Begum", "Bennett", "Campbell", "Chen",
  "Clarke", "Cooper", "Davies", "Edwards", "Evans", "Fletcher", "Green", "Griffiths", "Hall", "Harris",
  "Hughes", "Hussain", "Jackson", "James", "Jones", "Kaur", "Khan", "Kowalski", "Lewis", "Lloyd",
  "MacDonald", "Mensah", "Mitchell", "Morgan", "Murphy", "Nowak", "O'Brien", "Okafor", "Owen", "Patel",
  "Phillips", "Price", "Rahman", "Roberts", "Robinson", "Scott", "Shah", "Singh", "Smith", "Stewart",
  "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson", "White", "Williams", "Wilson",
  "Wood", "Wright", "Young",
] as const;

const places = [
  "Ashford", "Beacon Hill", "Brookside", "Castlefield", "Cedar Park", "Elmwood", "Fernhill", "Greenbank",
  "Hartside", "Hollybrook", "Kingsmead", "Larchfield", "Meadowview", "Millbrook", "Northgate", "Oakfield",
  "Orchard Vale", "Parkside", "Queensway", "Riverside", "Rosehill", "St Aidan's", "St Mary's", "Southfields",
  "Springwell", "Stonebridge", "Thornbury", "Westfield", "Willowdene", "Woodlands",
] as const;

const settings = [
  "Primary School", "Academy", "Infant School", "Junior School", "High School", "Special School",
  "Nursery", "College", "Academy Trust", "Learning Partnership", "Pupil Referral Unit",
] as const;

/** Subjects of resources and articles; each is mostly one or two searchable words. */
const subjects = [
  "EHC plan reviews", "speech and language needs", "sensory processing", "phonics interventions",
  "transition to secondary school", "attendance and belonging", "behaviour support", "assistive technology",
  "social communication", "working memory", "exam access arrangements", "personal budgets",
  "the graduated approach", "inclusive assessment", "dyscalculia", "ADHD", "hearing impairment",
  "visual impairment", "physical disabilities", "moderate learning difficulties", "pupil voice",
  "co-production with families", "emotional wellbeing", "anxiety and school avoidance", "handwriting",
  "reading fluency", "vocabulary teaching", "numeracy catch-up", "medical needs in school",
  "teaching assistant deployment", "provision mapping", "SEN Support plans", "local offer information",
  "tribunal preparation", "supported internships", "independent travel training", "developmental language disorder",
  "Tourette syndrome", "autism-friendly classrooms", "dyspraxia", "epilepsy awareness", "trauma-informed practice", "restorative approaches",
] as const;

const audiences = [
  "SENCOs", "class teachers", "teaching assistants", "governors", "headteachers", "early years practitioners",
  "parent carers", "college tutors", "local authority officers", "trust leaders", "new teachers",
] as const;

const phases = [
  "primary schools", "secondary schools", "special schools", "nurseries", "further education colleges",
  "alternative provision", "multi-academy trusts", "sixth forms",
] as const;

const qualities = [
  "practical", "short", "step-by-step", "evidence-informed", "plain English", "one-page", "detailed", "illustrated",
] as const;

const actions = [
  "Planning", "Reviewing", "Improving", "Understanding", "Leading", "Auditing", "Explaining", "Strengthening",
  "Monitoring", "Introducing",
] as const;

const verbs = [
  "identify", "plan for", "review", "support", "record", "explain", "monitor", "celebrate", "fund", "evaluate",
] as const;

const outcomes = [
  "better attendance", "clearer outcomes", "fewer exclusions", "stronger relationships with families",
  "more confident staff", "earlier identification", "smoother transitions", "greater independence",
  "improved reading ages", "calmer classrooms", "better use of funding", "fairer access to the curriculum",
] as const;

const evidence = [
  "observations", "pupil interviews", "standardised scores", "attendance data", "parent questionnaires",
  "work scrutiny", "provision maps", "case studies", "staff surveys", "annual review minutes",
] as const;

const newsOpeners = [
  "Our members have told us", "A new survey suggests", "The latest figures show", "Government guidance published this week says",
  "A report from a group of local authorities finds", "Headteachers in our network report", "Research shared at our regional meeting shows",
] as const;

/** What a resource of each type is called in a sentence. */
const typeNouns: Record<ResourceType, string> = {
  Information: "information sheet",
  Guide: "guide",
  Document: "briefing document",
  Template: "template",
  Presentation: "presentation",
  Video: "video",
  Podcast: "podcast episode",
};

export const resourceTypeWeights: ReadonlyArray<[ResourceType, number]> = [
  ["Information", 24],
  ["Guide", 22],
  ["Document", 14],
  ["Template", 14],
  ["Presentation", 10],
  ["Video", 8],
  ["Podcast", 8],
];

function weighted<T>(random: Random, options: ReadonlyArray<[T, number]>): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)
    .replace(/-$/, "");
}

/** Synthetic rows are numbered: `member000123@example.org`, slugs ending `-s000123`. */
export function serialLabel(serial: number): string {
  return String(serial).padStart(6, "0");
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "a" or "an" before `word`, by its first letter (good enough for our word lists). */
const article = (word: string) => (/^(?!one)[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

export function memberName(random: Random): string {
  return `${random.pick(firstNames)} ${random.pick(surnames)}`;
}

export function organisationName(random: Random): string {
  return `${random.pick(places)} ${random.pick(settings)}`;
}

const people = [
  "the learner", "parents and carers", "the class teacher", "the SENCO", "the educational psychologist",
  "the speech and language therapist", "the key worker", "the form tutor", "the local authority caseworker",
  "the school nurse", "the governor for SEND", "the head of year",
] as const;

const times = [
  "at the start of each term", "before the annual review", "after half term", "in the first weeks of a new placement",
  "at transition points", "whenever the plan changes", "once a month", "at the end of the school year",
] as const;

const barriers = [
  "staff turnover", "waiting lists for specialist assessment", "tight budgets", "timetable pressure",
  "limited space", "a lack of shared language", "paperwork that nobody reads", "unclear roles",
] as const;

/** One sentence about `subject`; the word lists make most words in a body rarer than the subject. */
function sentence(random: Random, subject: string): string {
  const templates: Array<() => string> = [
    () => `${capitalise(random.pick(audiences))} can use ${subject} to ${random.pick(verbs)} the needs of each learner and to agree ${random.pick(outcomes)}.`,
    () => `Start with ${random.pick(evidence)} and ${random.pick(evidence)}, then decide together what ${subject} should look like in your setting.`,
    () => `In ${random.pick(phases)}, ${subject} works best when ${random.pick(audiences)} and ${random.pick(audiences)} plan it together.`,
    () => `Keep a short record of what was tried, for how long and what changed, so that the next review rests on ${random.pick(evidence)} rather than impressions.`,
    () => `Settings that ${random.pick(verbs)} ${subject} well tend to report ${random.pick(outcomes)} within a year.`,
    () => `Ask ${random.pick(people)} what helps: their view is part of ${subject}, not an extra.`,
    () => `${capitalise(article(random.pick(qualities)))} checklist for ${subject} helps ${random.pick(audiences)} see what is already in place and what is missing.`,
    () => `Families should hear about ${subject} early, in plain language, with time to ask questions.`,
    () => `Where ${subject} needs specialist advice, note who was asked, when, and what they recommended.`,
    () => `Look again at ${subject} ${random.pick(times)}, using ${random.pick(evidence)} to judge whether it is making a difference.`,
    () => `The most common obstacle we hear about is ${random.pick(barriers)}; naming it openly is the first step.`,
    () => `${capitalise(random.pick(people))} and ${random.pick(people)} should agree who does what ${random.pick(times)}.`,
    () => `One member told us that ${subject} only improved once ${random.pick(people)} had protected time for it.`,
    () => `Small changes count: a quieter corner, a visual timetable or an extra minute to answer can matter as much as ${subject}.`,
    () => `If progress stalls, return to ${random.pick(evidence)} before adding another intervention.`,
    () => `Training on ${subject} is most useful when it is followed by coaching in the classroom.`,
    () => `Share what works with ${random.pick(phases)} nearby: many of them face ${random.pick(barriers)} too.`,
    () => `Write targets for ${subject} that ${random.pick(people)} could explain in their own words.`,
    () => `Be wary of ${random.pick(barriers)} turning ${subject} into a paper exercise.`,
    () => `Funding for ${subject} should follow the need, and governors should be able to see where it went.`,
    () => `${capitalise(random.pick(evidence))} showed ${random.pick(outcomes)} where ${subject} was planned with ${random.pick(people)}.`,
    () => `Plan ${random.pick(times)} how ${subject} will continue when staff change.`,
  ];
  return random.pick(templates)();
}

function paragraph(random: Random, subject: string, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, subject)).join(" ");
}

/** A markdown body of several sections (roughly 250 to 500 words) about `main` and a few related subjects. */
function body(random: Random, main: string): string {
  const related = random.some(subjects, 3).filter((s) => s !== main);
  const sections = [main, ...related.slice(0, random.int(2, 3))];
  return sections
    .map((subject, i) => {
      const heading = i === 0 ? `Why ${subject} matters` : `${random.pick(actions)} ${subject}`;
      const paragraphs = Array.from({ length: random.int(1, 2) }, () => paragraph(random, subject, random.int(3, 4)));
      return `## ${heading}\n\n${paragraphs.join("\n\n")}`;
    })
    .join("\n\n");
}

export interface ScaleResource {
  slug: string;
  title: string;
  type: ResourceType;
  summary: string;
  body: string;
}

export function scaleResource(random: Random, serial: number): ScaleResource {
  const subject = random.pick(subjects);
  const audience = random.pick(audiences);
  const type = weighted(random, resourceTypeWeights);
  const titles = [
    `${random.pick(actions)} ${subject}: ${article(random.pick(qualities))} guide for ${audience}`,
    `${capitalise(subject)} in ${random.pick(phases)}`,
    `${capitalise(subject)}: what ${audience} need to know`,
    `${random.pick(actions)} ${subject} with ${random.pick(evidence)}`,
  ];
  const title = random.pick(titles);
  const summary = `${capitalise(article(random.pick(qualities)))} ${typeNouns[type]} for ${audience} on ${subject}: how to ${random.pick(verbs)} it, what good practice looks like, and how to reach ${random.pick(outcomes)}.`;
  return { slug: `${slugify(title)}-s${serialLabel(serial)}`, title, type, summary, body: body(random, subject) };
}

export interface ScaleArticle {
  slug: string;
  title: string;
  standfirst: string;
  body: string;
}

export function scaleArticle(random: Random, serial: number): ScaleArticle {
  const subject = random.pick(subjects);
  const titles = [
    `${capitalise(subject)}: ${random.pick(["new guidance", "what changes this year", "our response", "members' views", "a call for evidence"])}`,
    `${capitalise(random.pick(audiences))} and ${subject}`,
    `Spotlight on ${subject} in ${random.pick(phases)}`,
    `${random.pick(places)} ${random.pick(settings)} shares its work on ${subject}`,
  ];
  const title = random.pick(titles);
  const standfirst = `${random.pick(newsOpeners)} that ${subject} is changing for ${random.pick(audiences)}. We look at what it means for ${random.pick(phases)} and for ${random.pick(outcomes)}.`;
  return { slug: `${slugify(title)}-s${serialLabel(serial)}`, title, standfirst, body: body(random, subject) };
}
