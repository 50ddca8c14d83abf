import type { SeedArticle, SeedResource, SeedTopic } from "./types";

/*
 * Demo content for the website: topics, news articles and member resources.
 * Written in the organisation's own voice ("we", "our members").
 * British English throughout.
 */

export const seedTopics: SeedTopic[] = [
  {
    slug: "send-policy",
    name: "SEND policy",
    description:
      "National and local policy affecting children and young people with special educational needs and disabilities, from the Code of Practice to reform proposals.",
  },
  {
    slug: "funding",
    name: "Funding",
    description:
      "High needs funding, notional SEN budgets and how money reaches the learners who need additional support.",
  },
  {
    slug: "inclusion",
    name: "Inclusion",
    description:
      "Building inclusive cultures, classrooms and systems so that every learner belongs and makes progress.",
  },
  {
    slug: "senco",
    name: "The SENCO role",
    description:
      "Support for special educational needs co-ordinators: leadership, workload, statutory duties and day-to-day practice.",
  },
  {
    slug: "training",
    name: "Training and events",
    description:
      "Professional development, qualifications, conferences and events for everyone working in SEND.",
  },
  {
    slug: "early-years",
    name: "Early years",
    description:
      "Early identification and support for young children with SEND in nurseries, pre-schools, childminding settings and reception classes.",
  },
  {
    slug: "post-16",
    name: "Post-16 and preparing for adulthood",
    description:
      "Transitions to further education, training and employment, and the preparing for adulthood outcomes.",
  },
  {
    slug: "autism",
    name: "Autism",
    description:
      "Understanding and supporting autistic children and young people across every phase of education.",
  },
  {
    slug: "dyslexia-literacy",
    name: "Dyslexia and literacy",
    description:
      "Identifying and supporting learners with dyslexia and other literacy difficulties, and building a reading culture for all.",
  },
  {
    slug: "mental-health",
    name: "Mental health and wellbeing",
    description:
      "Social, emotional and mental health needs, attendance, wellbeing and belonging for learners and staff.",
  },
];

export const seedArticles: SeedArticle[] = [
  {
    slug: "nasen-response-to-naht-empty-promises-report",
    title: "nasen response to NAHT 'Empty Promises Report'",
    standfirst:
      "The NAHT's Empty Promises report is a timely contribution to the debate on SEND funding. We set out our views on three of the issues it raises: incentives for inclusion, SEN Support and high needs funding.",
    publishedAt: "2018-09-05",
    topics: ["send-policy", "funding", "inclusion"],
    related: ["what-is-dme", "national-send-update", "training-opportunities"],
    body: `The National Association of Head Teachers has today published *Empty Promises*, a report on the funding and support available to learners with special educational needs and disabilities (SEND). We welcome it. It echoes what many of our members have been telling us, and it gives everyone with an interest in SEND a fresh opportunity to ask how the ambitions of the SEND Code of Practice 2015 can become everyday reality.

We want to highlight three of its themes.

## 1. Inclusive schools should not be penalised

Most people who lead schools came into education to make a difference, and in our experience inclusion is their natural starting point. The report shows how schools that welcome learners with SEND can end up worse off, because the extra cost of meeting individual needs falls largely on their own budgets.

Our members who are headteachers describe a second penalty: the accountability system. Performance tables and inspection grades can make a highly inclusive school look weaker than one that quietly discourages some families from applying. With the Ofsted framework under review, there is a real chance to change this. We believe that:

- a school that is not inclusive should not be able to achieve the highest inspection grade;
- inspectors should look closely at which pupils join and leave a school, and why;
- schools known for good SEND practice should be recognised, not left to absorb ever more need without extra support.

## 2. Clearer accountability for SEN Support

Most learners with SEND do not have an education, health and care (EHC) plan. They are supported through SEN Support, paid for from each school's notional SEN budget. Because that budget is notional, it is often hard to see how much is spent on these learners or what difference it makes.

The pupil premium offers a useful comparison. That funding is clearly identified, and governors hold leaders to account for its impact. We would like to see something similar for SEN Support, so that school leaders, SENCOs and governors can understand what the notional budget is buying and where it could work harder, including through partnership with neighbouring schools and the local authority.

## 3. A national conversation about high needs

The cost of supporting learners with the most complex needs keeps rising. Needs are becoming more complex, and a growing share of pupils with statements or EHC plans now attend special schools: around 38 per cent in 2007, and more than 45 per cent in 2018.

We champion both mainstream and special schools, and we think the country needs an honest conversation about the balance between them. A shared view would help special schools plan places, help mainstream schools prepare their staff, and help government judge what level of funding is truly required, alongside health and social care.

We look forward to working with the NAHT, government and our members on all three.`,
  },
  {
    slug: "notional-sen-budgets-senco-survey",
    title: "Notional SEN budgets: what our SENCO survey found",
    standfirst:
      "Fewer than half of the SENCOs who answered our autumn survey know the size of their school's notional SEN budget. We look at why that matters for learners on SEN Support.",
    publishedAt: "2018-11-20",
    topics: ["funding", "senco"],
    related: ["notional-sen-budget-explained"],
    body: `Following our response to the NAHT's *Empty Promises* report in September, we asked SENCOs in member schools a simple question: do you know how much your school's notional SEN budget is?

More than 600 SENCOs replied. Fewer than half said they knew the figure, and only around one in five said they had been involved in deciding how it was spent.

## Why it matters

Every mainstream school receives a notional SEN budget as part of its overall funding. It is not ring-fenced, but it is the money schools are expected to use for learners on SEN Support, and to meet the first £6,000 of additional support for a pupil with higher needs before top-up funding from the local authority applies.

If the SENCO does not know the figure, it is very hard to:

- plan provision strategically across the year;
- judge which interventions are making a difference;
- explain to governors and families how decisions are made.

## What SENCOs told us

Many respondents described the budget as "invisible". One secondary SENCO wrote: "I know what I need, but I have no idea what I have. Every request feels like asking a favour."

Others described good practice: termly meetings with the school business manager, a provision map costed line by line, and an annual report to governors on SEND spending and impact.

## What we are doing

"Knowing the notional budget is not about bean-counting," said our Head of Policy. "It is about making sure the learners who most need support are not the last to be considered when money is tight."

We have published a short, free explainer to help SENCOs and school leaders start that conversation in their own schools.`,
  },
  {
    slug: "early-identification-checklist-for-early-years",
    title: "Spotting needs early: a new checklist for early years settings",
    standfirst:
      "Practitioners in nurseries, pre-schools and childminding settings are often the first to notice that a child may need extra help. Our new checklist aims to make those first observations and conversations easier.",
    publishedAt: "2019-03-14",
    topics: ["early-years"],
    related: ["early-years-identification-checklist"],
    body: `Early years practitioners see children every day, in play, at mealtimes and in the moments of change between activities. That makes them well placed to notice when a child's development is not following the expected pattern, and to act early.

Our new early identification checklist, free to download, is designed to support those first observations and conversations. It follows the four broad areas of need in the SEND Code of Practice and sits comfortably alongside the prime areas of the Early Years Foundation Stage.

## Why early matters

The earlier a need is identified, the sooner the right support can be put in place. Early support can reduce the impact of a difficulty on a child's learning and wellbeing, and it helps families feel they are not on their own.

"Practitioners often tell us they had a feeling something was different but did not want to worry parents," said our early years adviser. "The checklist gives them a structure for sharing what they have seen in a calm, factual way, and for listening to what families have noticed at home."

## Using the checklist well

- Observe the child across different activities and times of day before drawing conclusions.
- Share observations with the setting's SENCO and, where available, the area SENCO.
- Talk with parents and carers early, and record their views alongside your own.
- Link your observations to the progress check at age two where it applies.
- Use the graduated approach to plan, try and review support, rather than waiting for a diagnosis.

## A starting point, not a label

The checklist is not a diagnostic tool. It is a way of gathering evidence so that a child's needs can be understood and met. We would welcome feedback from settings using it this spring.`,
  },
  {
    slug: "new-inspection-framework-and-send",
    title: "The new inspection framework: what it means for learners with SEND",
    standfirst:
      "Ofsted's education inspection framework applies from this month. We look at the questions inspectors are likely to ask about SEND, and what school leaders can do to prepare.",
    publishedAt: "2019-09-10",
    topics: ["send-policy", "inclusion"],
    related: ["preparing-for-inspection-send", "graduated-approach-assess-plan-do-review"],
    body: `Ofsted's new education inspection framework applies to inspections from this month. Its central judgement on the quality of education looks at what schools intend pupils to learn, how the curriculum is taught and the difference it makes. For learners with special educational needs and disabilities, that shift is significant.

## What inspectors will look at

The framework is clear that the curriculum should be ambitious for all pupils, including those with SEND. In practice, inspectors are likely to ask:

- whether learners with SEND study the same broad curriculum as their peers, with adaptations rather than a narrower offer;
- how teachers identify and respond to individual needs in lessons;
- how well pupils with SEND are prepared for the next stage of education, training or employment;
- whether any pupils have been removed from the roll without a formal, lawful process.

During subject deep dives, inspectors will often talk to pupils with SEND and look at their work alongside that of their classmates.

## Our view

We welcome the emphasis on an ambitious curriculum for every learner and the explicit attention to off-rolling. We have argued for some time that a school should not be judged highly if it is not inclusive.

However, the framework will only be as good as the inspections carried out under it. "Inspectors need a confident understanding of SEND to judge whether adaptations are appropriate or whether expectations have simply been lowered," said our Head of Policy. "We will be listening closely to our members' experiences this year."

## Preparing your school

SENCOs and senior leaders may find it helpful to check that the graduated approach is understood by every teacher, not only by the SEND team, and that subject leaders can explain how their curriculum works for pupils with SEND. Our presentation for silver and gold members sets out the key questions in more detail.`,
  },
  {
    slug: "welcoming-learners-with-send-back-to-school",
    title: "Welcoming learners with SEND back to school",
    standfirst:
      "As more pupils return to the classroom, members share practical advice on planning a calm, well-supported return for children and young people with SEND.",
    publishedAt: "2020-06-04",
    topics: ["mental-health", "inclusion"],
    body: `Many schools and settings are now welcoming more pupils back after months of disruption. For children and young people with SEND, the return can be exciting and unsettling in equal measure. Routines have changed, familiar adults may be in different roles, and the building itself may look very different.

We asked members what is helping. Their advice falls into four themes.

## Prepare before the first day

- Share photographs or short videos of classrooms, entrances and new one-way systems.
- Use social stories to explain changes such as smaller groups, handwashing routines and staggered start times.
- Agree a named adult the child can go to, and tell families who that person is.

## Keep communication open with families

Parents and carers know how their child has coped at home. A short phone call before the return can surface worries early and help the school adjust its plans. Several SENCOs told us that regular contact during closure has strengthened relationships they now want to keep.

## Put wellbeing first

Some learners will have found time at home calming; others will have missed friends, structure and specialist support. Plan time for reconnecting and play, and be alert to signs of anxiety, withdrawal or changed behaviour. Avoid rushing to assess "lost learning" in the first weeks.

## Review support plans

Risk assessments and support plans written before closure may no longer fit. Revisit EHC plan provision with families and professionals, and record any temporary changes clearly so that they can be reviewed.

"The schools managing this best are treating the return as a transition in its own right," said our Head of Inclusion. "That means planning for it with the same care you would give to a move to a new school."`,
  },
  {
    slug: "senco-workload-survey-time-is-the-missing-resource",
    title: "SENCO workload: time is the missing resource",
    standfirst:
      "Our latest survey finds that most SENCOs spend far more time on paperwork than on supporting teaching and learning. We are calling for protected time for the role.",
    publishedAt: "2021-03-03",
    topics: ["senco"],
    related: ["senco-time-audit-template"],
    body: `Our latest survey of SENCOs, completed by more than 1,100 members in January and February, paints a clear picture: SENCOs are committed, experienced and stretched too thin.

## Key findings

- Seven in ten SENCOs said they do not have enough time to carry out the role effectively.
- Around half have a substantial teaching timetable alongside their SENCO responsibilities.
- Fewer than a third are members of their school's senior leadership team.
- Administration, especially paperwork linked to EHC needs assessments and annual reviews, was the most commonly reported pressure.

These findings matter for learners. The SEND Code of Practice says the SENCO should have sufficient time and resources to carry out the role. When that time is swallowed by paperwork, there is less left to support colleagues, observe practice and work with families.

"I became a SENCO to help teachers help children," one secondary SENCO told us. "Most weeks I spend more time filling in forms than I spend in classrooms."

## What we are calling for

1. Protected, non-teaching time for SENCOs that reflects the size of the school and the level of need.
2. A clear expectation that the SENCO is part of, or reports directly to, the senior leadership team.
3. Action from local authorities to simplify and standardise paperwork.

## What schools can do now

We have produced a simple time audit template for members, to help SENCOs record where their time goes over a typical fortnight. It is a practical starting point for a conversation with the headteacher about what could be delegated, streamlined or stopped.`,
  },
  {
    slug: "neurodiversity-in-the-classroom",
    title: "Neurodiversity in the classroom: from awareness to everyday practice",
    standfirst:
      "Understanding neurodiversity is a starting point, not an end in itself. Members share the small changes that make the biggest difference for autistic learners and those with dyslexia, ADHD and other differences.",
    publishedAt: "2021-10-12",
    topics: ["autism", "dyslexia-literacy", "inclusion"],
    body: `Awareness of neurodiversity has grown rapidly in recent years. The idea that brains work in different ways, and that this variation is a natural part of human diversity, now shapes how many schools talk about autism, ADHD, dyslexia, dyspraxia and other differences.

Awareness is a good start. The harder question is what changes in the classroom on an ordinary Tuesday morning. We asked members to share the adjustments that have made the most difference.

## Small changes, big difference

- **Predictable routines.** A visual timetable and advance notice of changes reduce uncertainty for many learners.
- **Clear, chunked instructions.** Giving instructions one step at a time, and leaving them on display, supports working memory.
- **A calmer sensory environment.** Reducing clutter on walls, managing noise and offering a quiet space can help learners stay regulated.
- **Choice in how learning is shown.** Typing, speaking or drawing can be as valid as handwriting.
- **Movement breaks.** Short, planned opportunities to move help many learners to focus.

## Start with strengths

Several members stressed the importance of noticing what learners do well. "We used to write profiles that were lists of problems," said a primary SENCO in Yorkshire. "Now every pupil passport opens with what the child is good at and what they enjoy. It has changed the way staff talk about them."

## Whole-school, not bolt-on

The most effective approaches are built into everyday teaching rather than reserved for individual pupils, and many of these adjustments benefit the whole class. When they are simply part of how a school works, learners do not have to wait for a diagnosis before they get what they need.`,
  },
  {
    slug: "send-review-green-paper-our-key-messages",
    title: "SEND Review green paper: our key messages",
    standfirst:
      "We have submitted our response to the government's SEND and alternative provision green paper. Here is a summary of what we said and why.",
    publishedAt: "2022-05-18",
    topics: ["send-policy", "funding"],
    body: `We have today submitted our response to the government's SEND and alternative provision green paper, *SEND Review: Right support, right place, right time*. Our response draws on surveys, focus groups and conversations with hundreds of members over the past two months.

## What we welcome

- The ambition for a single, national SEND system with clear national standards.
- The recognition that mainstream schools need to be better equipped to meet a wider range of needs.
- Plans to strengthen the SENCO qualification and review the role.
- A greater focus on the early years, and on alternative provision as part of the wider SEND system.

## Where we have concerns

**Parental choice.** The proposal for tailored lists of suitable settings must not reduce families' ability to express a preference for the school they believe is right for their child.

**Mainstream capacity.** National standards will only work if schools have the staff, expertise and funding to meet them. Workforce development must come first, not after.

**Accountability.** Inclusion needs to be recognised and rewarded through inspection and performance measures, so that inclusive schools are not disadvantaged.

**Funding.** Many local authorities are carrying significant high needs deficits. Reform cannot succeed while the system is under this much pressure.

## In our own words

"There is much in the green paper that we have argued for, and we want it to succeed," said our Chief Executive. "But families have heard promises before. The test will be whether a child starting school next year meets a system that is more consistent, more inclusive and easier to navigate."

We will keep members updated as the government considers the responses it receives.`,
  },
  {
    slug: "send-and-ap-improvement-plan-first-thoughts",
    title: "The SEND and AP improvement plan: our first thoughts",
    standfirst:
      "The government has published its long-awaited response to the SEND Review. We welcome the direction of travel, but the detail, the funding and the timescales will decide whether it succeeds.",
    publishedAt: "2023-03-02",
    topics: ["send-policy", "funding"],
    related: ["send-ap-improvement-plan-briefing", "national-send-update"],
    body: `The government has today published the SEND and alternative provision improvement plan, its response to the consultation on last year's green paper. We welcome the publication and much of its direction. The detail, the funding and the timescales will decide whether it makes a real difference to children, young people and families.

## The main proposals

- National standards setting out what support should be available, and who should provide it.
- A standardised, digital EHC plan template to improve consistency between local areas.
- Local SEND and alternative provision partnerships, producing local inclusion plans.
- A new leadership-level national professional qualification for SENCOs.
- A change programme to test the reforms in a number of regions before wider roll-out.
- A clearer role for alternative provision, with more emphasis on early support in mainstream schools.

## Our early view

We are pleased to see the continued commitment to inclusion in mainstream schools and to strengthening the SENCO role, both of which our members have called for.

We are more cautious about the pace. Much of the plan will be tested before it is rolled out, which means families may wait several years to see change. "The system is under strain now," said our Head of Policy. "We will support the change programme, but there must also be action in the meantime on the workforce, on high needs funding and on the administrative burden facing SENCOs."

## What happens next

We will publish a fuller analysis over the coming weeks. Our members' briefing explains what each proposal means for schools, and gold members can revisit our national SEND update presentation for the wider context on policy and statistics.`,
  },
  {
    slug: "moving-on-at-16-transitions-for-young-people-with-send",
    title: "Moving on at 16: getting transitions right for young people with SEND",
    standfirst:
      "The move to college, sixth form, an apprenticeship or a supported internship is one of the biggest steps a young person with SEND will take. Early planning and the young person's own voice make the difference.",
    publishedAt: "2023-11-08",
    topics: ["post-16"],
    related: ["post-16-transition-planning-toolkit"],
    body: `The move from school to college, sixth form, an apprenticeship or a supported internship is one of the biggest steps a young person with SEND will take. Done well, it builds on everything they have achieved. Done badly, it can undo years of progress.

## Start early

The SEND Code of Practice expects preparing for adulthood to be part of planning from Year 9 onwards, focused on four outcomes:

- paid employment and higher education;
- independent living;
- participating in society, including friendships and community life;
- being as healthy as possible in adult life.

For young people with an EHC plan moving into post-16 education, the plan must be reviewed and amended, naming the new setting, by 31 March of the year of transfer. Leaving this to the last minute makes a smooth handover very hard.

## Share what works, not just what is needed

Colleges tell us that the most useful transition information describes what helps the young person learn and feel safe, not only a list of diagnoses and difficulties. One-page profiles written with the young person are especially valuable.

## Put the young person at the centre

Once they are over compulsory school age, young people have the right to make many decisions for themselves, such as requesting an assessment or appealing a decision, provided they have the mental capacity to do so. Schools can help by building their confidence to speak up well before they leave.

"The best transitions we see are the ones where the young person could tell you their own plan," said our post-16 adviser. "That only happens when they have been part of the conversation for years, not weeks."

Our transition planning toolkit for silver and gold members provides timelines, prompts and questions to support this work.`,
  },
  {
    slug: "annual-conference-2024-registration-open",
    title: "Registration opens for our 2024 annual conference",
    standfirst:
      "This year's conference, Belonging by design, brings together SENCOs, school leaders and specialists for two days of practical sessions on inclusive practice.",
    publishedAt: "2024-06-20",
    topics: ["training", "inclusion"],
    body: `Registration is now open for our annual conference, which takes place on 14 and 15 November in Birmingham. This year's theme is *Belonging by design*: how schools, settings and services can create environments where every learner feels they belong, rather than having to earn a place.

## What to expect

Over two days, delegates can choose from more than 30 practical sessions across four strands:

- **Leading SEND:** strategic leadership, governance and the SENCO role;
- **Early years:** identification, inclusion funding and working with families;
- **Post-16 and adulthood:** transitions, employment pathways and independent living;
- **Wellbeing:** mental health, attendance and relationships.

Our Chief Executive will open the conference with a keynote on the state of inclusion in England, and a panel of young people with SEND will share what belonging has meant to them at school and college.

## Who should attend

The conference is designed for SENCOs, headteachers, teachers, teaching assistants, early years practitioners, governors and colleagues from local authority and health services. Every session has been chosen because it gives delegates something they can use the following week.

## Booking

Members receive a discount on all ticket types, and gold members can claim one complimentary day pass. Places on the site visits to local schools are limited, so we encourage early booking.

"Our conference is the one time in the year when so many people who care about SEND are in the same room," said our Head of Events. "We want everyone to leave with new ideas and new connections."`,
  },
  {
    slug: "npq-for-sencos-what-members-need-to-know",
    title: "The NPQ for SENCOs: what members need to know",
    standfirst:
      "From this autumn, newly appointed SENCOs take the national professional qualification for SENCOs rather than the National Award for SEN Co-ordination. We answer members' most common questions.",
    publishedAt: "2024-10-01",
    topics: ["senco", "training"],
    related: ["senco-induction-checklist", "training-opportunities"],
    body: `This autumn marks a significant change for the SENCO workforce. The National Award for SEN Co-ordination has been replaced by a new national professional qualification (NPQ) for SENCOs. Here are answers to the questions members ask us most often.

## Who needs to take the NPQ?

Teachers who take up a SENCO post for the first time on or after 1 September 2024 must achieve the NPQ for SENCOs within three years of being appointed.

## I already hold the National Award. Do I need the NPQ?

No. SENCOs who already hold the National Award do not need to take the new qualification. If you had started the National Award before September 2024, check with your provider about completing it.

## What does the NPQ cover?

The qualification is designed as a leadership qualification. It covers the SENCO's role in leading SEND across a school, working with families and other professionals, and supporting colleagues to adapt their teaching, as well as the statutory framework.

## How can schools support a new SENCO?

Completing a qualification while learning a demanding new role is hard. Headteachers can help by:

- protecting time for study and for the SENCO role itself;
- pairing the new SENCO with an experienced mentor, inside or beyond the school;
- making sure the SENCO has a voice on the senior leadership team;
- agreeing a clear induction plan for the first year.

"The NPQ is a welcome recognition that the SENCO is a leadership role," said our Head of Professional Development. "The support a new SENCO receives in school will matter just as much as the course itself."

Check the latest guidance on eligibility and funding with your chosen provider. Our new SENCO induction checklist can help you plan the first year.`,
  },
  {
    slug: "high-needs-deficits-a-temporary-fix-is-not-a-plan",
    title: "High needs deficits: a temporary fix is not a plan",
    standfirst:
      "Many local authorities are carrying growing deficits on their high needs budgets. We explain why the statutory override cannot be the long-term answer, and what we are calling for instead.",
    publishedAt: "2025-02-13",
    topics: ["funding", "send-policy"],
    body: `Many local authorities in England are now carrying large deficits on the high needs block of their dedicated schools grant, the money that funds support for children and young people with the most complex needs. A temporary accounting arrangement, known as the statutory override, allows councils to keep these deficits separate from their wider budgets. It has been extended before. It does not make the deficits go away.

## Why deficits have grown

- The number of EHC plans has risen every year since the 2014 reforms.
- More children with complex needs are being educated in specialist and independent settings, which often cost more.
- Mainstream schools report that they no longer have the capacity to meet some needs they could once support.
- Funding has not kept pace with demand.

## The risk

Councils under financial pressure may look for savings in ways that affect children directly: tighter thresholds for assessment, longer delays or reduced provision. Programmes to help councils reduce their deficits have supported some useful work, but members describe growing tension between financial recovery and meeting legal duties.

## What we are calling for

1. A long-term, sustainable settlement for high needs funding, agreed well before the override ends.
2. Investment in mainstream inclusion, so that more children can have their needs met locally.
3. Earlier identification and support, especially in the early years, to reduce the need for crisis intervention later.
4. Honest, transparent discussion with families about how decisions are made.

"Nobody wants a system where the first question about a child is how much they cost," said our Head of Policy. "But that is where we are heading unless the funding system is fixed."`,
  },
  {
    slug: "new-for-members-monthly-senco-clinics",
    title: "New for members: monthly SENCO clinics",
    standfirst:
      "From October, silver and gold members can book a free 30-minute online clinic with one of our specialist advisers.",
    publishedAt: "2025-09-09",
    topics: ["senco", "training"],
    body: `From October, silver and gold members will be able to book a free, confidential 30-minute online clinic with one of our specialist advisers. The clinics respond to what members told us in our annual survey: that the hardest questions often come up between training days, when there is no one to ask.

## How the clinics work

- Clinics run on set days each month, with morning, afternoon and after-school slots.
- Members book through the member area of our website.
- Each session is with an adviser who has senior SENCO or specialist experience.
- You can bring any SEND question: a tricky case (anonymised), a policy you are drafting, a conversation you are preparing for, or simply a sense check.

Gold members will also have priority booking and can request a termly review call for their school's senior leadership team.

## What clinics are not

Clinics are not a substitute for legal advice or for statutory services such as educational psychology. Where a question needs a specialist response, advisers will help you work out where to go next.

## Why we are doing this

"Being a SENCO can be lonely, particularly in a small school," said our Head of Membership. "We want every member to know there is someone knowledgeable at the end of the line who understands the pressures they face."

We will review the clinics after the first term and would welcome feedback from members who use them.`,
  },
  {
    slug: "better-outcomes-in-ehc-plans-practice-review",
    title: "Better outcomes in EHC plans: what our practice review found",
    standfirst:
      "We reviewed 120 anonymised EHC plans with member schools and local authorities. The strongest outcomes started with the child's own aspirations and were matched by specific provision.",
    publishedAt: "2026-01-22",
    topics: ["send-policy", "senco"],
    related: ["writing-outcomes-for-ehc-plans", "ehc-plan-annual-reviews"],
    body: `Over the autumn term, we worked with a group of member schools and three local authorities to review 120 anonymised education, health and care (EHC) plans. We wanted to understand what makes the outcomes in a plan useful to the child, the family and the people delivering support.

## What we found

Outcomes were strongest when they:

- linked clearly to the aspirations the child and family had described;
- described something the child would be able to do, rather than an activity adults would carry out;
- were achievable by the end of a key stage or phase, with shorter steps agreed at each review;
- were matched by provision that was specific about what, how often and who.

The most common weaknesses were:

- outcomes so broad that progress could not be judged, such as "to make progress in literacy";
- provision described in vague terms, such as "access to" or "opportunities for";
- health and social care sections left largely blank;
- aspirations copied from one plan to the next.

## Why it matters

An EHC plan is a legal document. Special educational provision must be detailed and specific, and should normally be quantified, so that everyone understands what must be delivered. Vague wording makes it harder for schools to plan and for families to know what their child should receive.

"The best plans we read sounded like the child," said our Head of Practice. "You could picture the young person, and you knew exactly what the adults around them were going to do."

## Next steps

We are sharing our findings with the local authorities involved and will run member webinars this spring. Our guide to writing outcomes and our new annual review document provide practical prompts and worked examples.`,
  },
  {
    slug: "emotionally-based-school-avoidance-and-send",
    title: "Emotionally based school avoidance: supporting learners with SEND",
    standfirst:
      "More learners are struggling to attend school because of anxiety. We look at why learners with SEND are particularly affected and what schools can do to help.",
    publishedAt: "2026-05-14",
    topics: ["mental-health", "inclusion"],
    related: ["ebsa-support-plan-template"],
    body: `Members are telling us that more learners are struggling to attend school because of anxiety and other emotional difficulties. Many of these young people have identified SEND; others have needs that have not yet been recognised. Emotionally based school avoidance, often shortened to EBSA, is now one of the most frequent topics raised in our SENCO clinics.

## Understanding the pattern

EBSA is not the same as truancy. Most young people affected want to be in school but find it overwhelming. Common contributing factors include:

- sensory overload in busy corridors, dining halls and classrooms;
- unmet learning needs that make lessons feel impossible;
- difficulties with friendships, or experiences of bullying;
- worries about home or family;
- transitions, such as the move to secondary school.

## What helps

Early action makes a difference. Members describe the value of:

1. noticing changes in attendance quickly and talking to the young person and family without blame;
2. identifying a trusted adult and a safe space in school;
3. agreeing small, achievable steps back into school, reviewed regularly;
4. looking for unmet needs, including through the graduated approach;
5. working closely with mental health and other services where needed.

## A joined-up response

Attendance and SEND teams sometimes work separately. "A child who cannot face school is telling you something," said our Head of Inclusion. "The attendance lead and the SENCO need to hear it together."

Our new attendance support plan template, available to gold members, helps schools record the young person's views, the barriers they face and the agreed steps, in a format that can be shared with families and external professionals.`,
  },
  {
    slug: "dyslexia-awareness-week-reading-for-pleasure",
    title: "Dyslexia Awareness Week: reading for pleasure belongs to everyone",
    standfirst:
      "This Dyslexia Awareness Week, we are focusing on something that can be overlooked in conversations about literacy: the joy of reading.",
    publishedAt: "2026-10-05",
    topics: ["dyslexia-literacy"],
    related: ["dyslexia-friendly-practice", "literacy-interventions-evaluation-template"],
    body: `This Dyslexia Awareness Week, we are focusing on something that can be overlooked in conversations about literacy: the joy of reading.

Learners with dyslexia often spend a great deal of time on decoding, spelling and interventions. That work matters. But if reading is only ever a skill to be practised, it is easy for a young person to conclude that books are not for them.

## Making reading for pleasure accessible

Members have shared ideas that work in their schools:

- **Audiobooks count.** Listening to a story is reading for meaning, and it builds vocabulary and background knowledge.
- **Choice matters.** Graphic novels, magazines, non-fiction and high-interest, accessible books all have a place in the library.
- **Read aloud, every day.** Hearing an adult read well gives access to stories above a child's decoding level.
- **Take away the pressure.** Not every book has to be followed by a quiz or a written task.
- **Use technology.** Text-to-speech tools and adjustable fonts can make independent reading possible.

## Beyond the week

"Awareness weeks are useful, but what matters is what happens in week seven of a wet spring term," said our literacy lead. "We want every learner with dyslexia to have a book they are looking forward to finishing."

Our dyslexia-friendly practice guide remains one of our most downloaded free resources, and it includes a short section on building a reading culture in which every learner can take part. We are also developing new materials to help schools evaluate their literacy interventions, which we will share with members soon.`,
  },
  {
    slug: "early-years-send-regional-roundtables",
    title: "Early years SEND: what we heard at our regional roundtables",
    standfirst:
      "Nearly 200 early years practitioners and leaders joined our autumn roundtables. They told us what is helping young children with SEND, and what is getting in the way.",
    publishedAt: "2026-11-12",
    topics: ["early-years", "funding"],
    body: `During October and November, we held roundtables in six regions with nursery managers, childminders, setting SENCOs, area SENCOs and local authority early years teams. Almost 200 people took part. We wanted to hear what is helping young children with SEND, and what is getting in the way.

## What is working

- Settings with a confident, well-supported SENCO identify needs earlier and communicate better with families.
- Area SENCO and outreach services are highly valued where they are available.
- Joint visits and shared training between settings and reception classes make transitions smoother.

## What is getting in the way

- **Funding.** Many participants said that inclusion funding arrives too slowly, or in amounts that do not cover the additional staffing a child needs.
- **Workforce.** Recruitment and retention are difficult, and many practitioners have had little SEND training.
- **Waiting times.** Long waits for speech and language therapy and developmental assessments leave settings supporting children without specialist advice.
- **Paperwork.** Application processes for support vary greatly between local areas.

## What participants asked for

Participants were clear that they want simpler funding processes, protected time for the setting SENCO, and access to specialist advice before a child reaches crisis point.

"Early years practitioners are often the first professionals to notice a child's needs," said our early years adviser. "They need the time, training and funding to act on what they see."

We will publish a full report early in the new year and share it with the Department for Education. Thank you to everyone who took part.`,
  },
  {
    slug: "inclusion-in-mainstream-schools-consultation-response",
    title: "Inclusion in mainstream schools: our consultation response",
    standfirst:
      "We have responded to the government's consultation on strengthening inclusion in mainstream schools. This is a summary of our main recommendations.",
    publishedAt: "2026-11-25",
    status: "draft",
    topics: ["send-policy", "inclusion"],
    body: `We have responded to the government's consultation on strengthening inclusion in mainstream schools. Our response is informed by a member survey, our early years roundtables and the questions raised in our SENCO clinics over the past year.

## Our main recommendations

1. **Time for SENCOs.** Every SENCO should have protected leadership time that reflects the size of the school and the level of need.
2. **Inclusion in accountability.** Inspection and performance measures should recognise schools that welcome and support learners with SEND.
3. **Workforce development.** All teachers should receive high-quality training in adaptive teaching and common areas of need, from initial teacher training onwards.
4. **Specialist support for mainstream.** Mainstream schools need timely access to educational psychology, therapies and outreach from special schools.
5. **Sustainable funding.** Reform must be matched by a long-term settlement for high needs and by greater transparency about notional SEN budgets.

## What happens next

The consultation closes at the end of the month. We will continue to press these points in our meetings with officials and will keep members informed.

[Editor's note: add the Chief Executive's quote and a link to the full response before this goes live.]`,
  },
  {
    slug: "annual-conference-2027-first-speakers-announced",
    title: "Annual conference 2027: first speakers announced",
    standfirst:
      "Our first sessions for next year's annual conference are confirmed, with a focus on inclusion that lasts beyond a single initiative.",
    publishedAt: { daysFromNow: 10 },
    status: "scheduled",
    topics: ["training"],
    body: `We are delighted to announce the first confirmed sessions for next year's annual conference, which returns to Birmingham next autumn under the theme *Inclusion that lasts*.

## Confirmed so far

- **Opening keynote** from our Chief Executive on what a decade of SEND reform has taught us.
- **Leading an all-through special school:** a headteacher shares how her school works in partnership with mainstream colleagues across the local area.
- **Young people's panel:** students from schools, colleges and supported internships talk about what helped them, and what they wish adults had known.
- **Educational psychology in practice:** a consultant educational psychologist on making the most of limited specialist time.
- **The SENCO as strategic leader:** a live recording of our podcast.

## Booking

Early bird tickets will be available to members first, with gold members again able to claim a complimentary day pass. Full programme details will follow in the spring.

"Every year, delegates tell us the most valuable part of the conference is the chance to learn from each other," said our Head of Events. "We have designed next year's programme with more time for exactly that."`,
  },
];

export const seedResources: SeedResource[] = [
  {
    slug: "what-is-dme",
    title: "What is...DME?",
    type: "Information",
    summary:
      "What is…DME? is a short information document that summarises some key ideas related to Dual and Multiple Exceptionality.",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2019-05-08",
    topics: ["inclusion", "senco"],
    file: { filename: "what-is-dme.pdf" },
    largePrint: true,
    easyRead:
      "Some children are very good at some things and find other things hard. This is called DME. This guide helps teachers notice these children and help them.",
    body: `## What do we mean by DME?

Dual and multiple exceptionality (DME) describes learners who have high learning potential, sometimes described as being more able, gifted or talented, and who also have one or more special educational needs or disabilities. A learner might, for example, be an exceptionally able mathematician and also dyslexic, or combine a wide vocabulary and advanced reasoning with autism or ADHD.

## Why DME is easily missed

Ability and need can mask each other. Three patterns are common:

- **High ability hides the need.** The learner copes well enough to reach expected standards, so difficulties go unnoticed, even though they are working well below their potential.
- **The need hides the ability.** Attention falls on what the learner finds hard, and their strengths are never stretched.
- **Each hides the other.** The learner appears broadly average, and neither their ability nor their need is identified.

## Signs to look out for

- a marked gap between spoken and written work;
- strong reasoning in discussion but poor organisation, spelling or handwriting;
- frustration, avoidance or behaviour that seems out of keeping with evident ability;
- uneven performance across subjects, or between tasks that look similar;
- intense, deep interests alongside difficulties with routine tasks.

## What schools can do

1. **Look at the whole profile.** Use a range of evidence, including standardised assessments, classwork, observations and conversations with the learner and family, rather than a single score.
2. **Plan for both.** Support should address the barrier while still offering genuine challenge. Removing a learner from an enriching activity to attend an intervention sends the wrong message.
3. **Remove unnecessary barriers.** Alternative ways of recording, such as typing or speech-to-text, can let a learner show what they really know.
4. **Attend to wellbeing.** Learners with DME can feel they do not fit anywhere. Knowing that other people share their profile can help.

## Questions for your setting

- Does our register of more able learners include any pupils with SEND? If not, why not?
- Do our SEN Support plans record strengths as well as needs?
- Who takes responsibility for learners with DME: the SENCO, the more able lead, or both working together?`,
  },
  {
    slug: "national-send-update",
    title: "National SEND update",
    type: "Information",
    summary: "A useful presentation that will look at current SEND policy and statistics.",
    visibility: { tiers: ["gold"] },
    publishedAt: "2019-04-18",
    topics: ["send-policy", "funding"],
    file: { filename: "national-send-update.pdf" },
    body: `## About this update

These notes accompany the slides from our spring National SEND update. They summarise the latest national statistics, the main policy developments and what they mean for schools and settings. Gold members are welcome to use the slides in governor meetings and staff briefings.

## The picture in numbers

- Around one in seven pupils in England has an identified special educational need.
- Roughly 3 per cent of pupils have an EHC plan or statement, and the number of plans has risen every year since the 2014 reforms.
- Just under 12 per cent of pupils are on SEN Support.
- Autism is now the most common primary type of need among pupils with an EHC plan.
- Speech, language and communication needs remain the most common primary need among pupils on SEN Support.

## Policy themes this term

**Funding.** The additional high needs funding announced in December has eased some immediate pressures, but local authorities continue to report significant overspends.

**Inspection.** Ofsted has consulted on a new education inspection framework with a stronger focus on the curriculum. We have argued that inclusion must be central to how schools are judged.

**Exclusions.** A government review of school exclusions is expected to report soon. Pupils on SEN Support are among those most likely to be excluded.

**Workforce.** SENCO workload and the supply of specialist staff, including educational psychologists, remain pressing concerns.

## What this means for schools

1. Know your data: the number of pupils with SEND, their needs and their outcomes.
2. Review how your notional SEN budget is used.
3. Check that your curriculum is ambitious for pupils with SEND.
4. Monitor exclusions and part-time timetables by SEND status.

## A note for gold members

Our gold-only insight this term: across the schools we work with most closely, those where the SENCO sits on the senior leadership team report faster decisions about provision and fewer formal disagreements with families. We will be testing this pattern in our next member survey and will share the results with gold members first.`,
  },
  {
    slug: "training-opportunities",
    title: "Training opportunities",
    type: "Information",
    summary:
      "The last six months have seen training for SENCOs move away from a centralised model, but how will the quality of the national award be preserved and protected? Michele Moore has the answer",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2019-04-18",
    topics: ["training", "senco"],
    file: { filename: "training-opportunities.pdf" },
    body: `## The changing shape of SENCO training

For most of the past decade, the National Award for SEN Co-ordination has been the mandatory qualification for teachers new to the SENCO role in mainstream schools. Recently, the way the award is organised has shifted away from a centrally managed model. Accredited providers, mostly universities working with schools and local partners, now have greater freedom in how they design and deliver their programmes.

This brings real opportunities. Providers can respond to local priorities, build partnerships with schools and tailor content to the settings their participants work in. It also raises a fair question: without a central model, how can everyone be confident that the award means the same thing wherever it is taken?

## How quality can be safeguarded

- **Shared learning outcomes.** All providers work to the same nationally agreed outcomes, covering professional knowledge and understanding, leading and co-ordinating provision, and personal and professional qualities.
- **Provider collaboration.** Providers can share materials, moderate each other's assessment and learn from each other's practice.
- **External scrutiny.** University quality processes, including external examiners, add independent assurance.
- **The SENCO voice.** Feedback from participants and their headteachers should shape how programmes develop.

## Choosing a provider

If you are about to start the award, or are supporting a colleague who is, ask prospective providers:

1. How does your programme map to the national learning outcomes?
2. How are assessments designed and moderated?
3. What support is available between taught sessions?
4. How will the programme link to my work in school?
5. What do recent participants say about their experience?

## Making the most of the award

The award is most effective when it is treated as part of the SENCO's development in school rather than as a separate course. Headteachers can help by agreeing time for study, discussing assignments with the SENCO and using the SENCO's research to inform whole-school priorities. A school improvement project completed as part of the award can become the SENCO's first strategic contribution to the leadership team.`,
  },
  {
    slug: "graduated-approach-assess-plan-do-review",
    title: "The graduated approach: assess, plan, do, review",
    type: "Guide",
    summary:
      "A practical introduction to the four-part cycle at the heart of SEN Support, with prompts for teachers and SENCOs at each stage.",
    visibility: "public",
    publishedAt: "2019-07-02",
    topics: ["senco", "inclusion"],
    file: { filename: "graduated-approach-assess-plan-do-review.pdf" },
    largePrint: true,
    easyRead:
      "Schools help children with SEND in four steps. First they find out what the child needs. Then they make a plan. Then they do the plan. Then they check how it went.",
    body: `## What is the graduated approach?

The SEND Code of Practice expects schools to support learners on SEN Support through a cycle of action known as the graduated approach. It has four stages, assess, plan, do and review, and it is repeated, with each cycle building on what was learnt in the last.

## Assess

- Bring together information from the class or subject teacher, the SENCO, the pupil and their parents or carers.
- Use assessment data, observations and, where relevant, advice from external professionals.
- Focus on understanding the barrier to learning, not only the gap in attainment.

## Plan

- Agree outcomes that the pupil, family and staff all understand.
- Decide on the support, adaptations and interventions to be used, and who will deliver them.
- Set a review date and agree how progress will be measured.

## Do

The class or subject teacher remains responsible for the pupil's progress, even when support is delivered by a teaching assistant or specialist. The SENCO supports the teacher in problem-solving and in judging how well the support is working.

## Review

- Review progress on the agreed date with the pupil and family.
- Ask what has worked, what has not, and why.
- Decide whether to continue, adapt or change the support.

## Common pitfalls

- Treating the cycle as paperwork rather than a way of thinking.
- Reviewing without the pupil's voice.
- Repeating the same intervention cycle after cycle with little impact.

If a pupil continues to make less than expected progress despite well-matched support over time, the evidence gathered through the graduated approach will be essential if an EHC needs assessment is requested.`,
  },
  {
    slug: "notional-sen-budget-explained",
    title: "The notional SEN budget explained",
    type: "Information",
    summary:
      "A plain-English explainer on where the notional SEN budget comes from, what it is expected to pay for and how schools can make better use of it.",
    visibility: "public",
    publishedAt: "2018-11-20",
    topics: ["funding"],
    body: `## What is the notional SEN budget?

Each mainstream school's funding includes an amount identified by the local authority as its notional SEN budget. It is calculated using local formula factors, such as measures of prior attainment and deprivation, rather than the actual number of pupils with SEND on roll.

The word "notional" is important. The money is not ring-fenced and does not arrive as a separate payment. It is part of the school's overall budget.

## What is it expected to cover?

- The costs of SEN Support for pupils who need additional help.
- The first £6,000 of additional support for a pupil with higher needs, including those with EHC plans.
- Above that threshold, the local authority may provide top-up funding from its high needs block.

## Why it is worth knowing the figure

Knowing the notional budget helps schools to plan provision, compare the cost of interventions with their impact, and talk openly with governors about SEND. It also supports conversations with the local authority if a school has a disproportionately high number of pupils with complex needs.

## Questions to ask

- What is our notional SEN budget this year, and how was it calculated?
- How much do we actually spend on SEND provision, including staffing?
- Which interventions are we funding, and what difference are they making?
- Does our local authority have arrangements to support schools with a high proportion of pupils with SEND?

Your school business manager or the local authority's schools finance team should be able to provide the figure.`,
  },
  {
    slug: "senco-time-audit-template",
    title: "SENCO time audit template",
    type: "Template",
    summary:
      "A simple fortnightly log that helps SENCOs see where their time really goes and build a case for change.",
    visibility: "members",
    publishedAt: "2021-03-03",
    topics: ["senco"],
    file: { filename: "senco-time-audit-template.pdf" },
    body: `## How to use this template

Record your SENCO activity in 30-minute blocks over two typical school weeks. Avoid weeks with unusual events such as inspections or residential trips. At the end of the fortnight, total the time spent in each category.

## Activity categories

- **Strategic leadership:** senior leadership meetings, provision planning, policy writing.
- **Supporting teachers:** coaching, observations, planning with colleagues.
- **Direct work with pupils:** assessment, interventions, gathering pupil voice.
- **Working with families:** meetings, phone calls, structured conversations.
- **Statutory processes:** EHC needs assessment requests, annual reviews.
- **Administration:** data entry, filing, emails, chasing information.
- **Teaching:** timetabled lessons unrelated to the SENCO role.

## Reflection questions

1. What proportion of your time is spent on administration? Could any of it be done by someone else?
2. How much time do you spend supporting teachers, compared with working directly with pupils?
3. Which tasks could be streamlined with better systems or templates?
4. What would you do more of if you had an extra half-day each week?

## Taking it to your headteacher

Share the totals, not the raw log. A one-page summary showing the balance of your time, with two or three concrete proposals, is more persuasive than a list of pressures. Members who piloted this template found that the administration total alone often surprised senior leaders.`,
  },
  {
    slug: "writing-outcomes-for-ehc-plans",
    title: "Writing outcomes for EHC plans",
    type: "Guide",
    summary:
      "Guidance and worked examples to help SENCOs contribute outcomes that are specific, meaningful and linked to a child's aspirations.",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2022-01-19",
    topics: ["send-policy", "senco"],
    file: { filename: "writing-outcomes-for-ehc-plans.pdf" },
    body: `## What makes a good outcome?

An outcome describes the benefit or difference that support should make for the child or young person. It is not a description of the support itself. Good outcomes are:

- **Specific** about what the child will be able to do;
- **Measurable**, so that everyone can tell whether it has been achieved;
- **Achievable** by the end of a phase or key stage;
- **Relevant** to the child's aspirations and needs;
- **Time-bound**, with shorter steps set at each annual review.

## From aspiration to outcome

Start with what the child and family hope for, then work backwards.

- **Aspiration:** "I want to go to the shops with my friends."
- **Outcome:** By the end of Year 8, Sam will travel independently to the local shops on a familiar route and pay for items using a card.
- **Steps:** plan the route with an adult; practise with support; complete the journey with an adult following at a distance.

## Weaker and stronger examples

- Weaker: "To improve social skills." Stronger: "By the end of Year 4, Aisha will start and sustain a conversation with a classmate at lunchtime on at least three days a week."
- Weaker: "To make progress in maths." Stronger: "By the end of Key Stage 2, Leo will use written methods to add and subtract numbers up to 1,000 independently."

## Checklist before you submit

- Does each outcome describe the child, not the adults?
- Would a new member of staff understand it?
- Is there matching provision, specified clearly enough to be delivered?
- Has the child contributed, in a way that suits them?

Our advisers recommend reading each outcome aloud to the child's family; if it sounds like jargon, it needs rewriting.`,
  },
  {
    slug: "reasonable-adjustments-checklist",
    title: "Reasonable adjustments: a checklist for schools",
    type: "Document",
    summary:
      "An at-a-glance checklist to help school leaders review how well they anticipate and meet the needs of disabled pupils under the Equality Act 2010.",
    visibility: "public",
    publishedAt: "2020-02-11",
    topics: ["inclusion", "send-policy"],
    file: { filename: "reasonable-adjustments-checklist.pdf" },
    body: `## The duty in brief

Under the Equality Act 2010, schools must make reasonable adjustments so that disabled pupils are not put at a substantial disadvantage compared with their peers. The duty is anticipatory: schools should think ahead about what disabled pupils may need, rather than waiting for a problem to arise. It includes providing auxiliary aids and services. Many pupils with SEND are also disabled under the Act, and the two sets of duties often overlap.

## Policies and planning

- Is our accessibility plan up to date, and does it cover the curriculum, the physical environment and the provision of information?
- Do our behaviour, uniform and attendance policies allow for reasonable adjustments?
- Are trips, clubs and residentials planned with disabled pupils in mind from the start?

## In the classroom

- Are teachers aware of the adjustments agreed for each pupil?
- Are resources available in accessible formats, such as large print or digital text?
- Have seating, lighting and noise been considered?

## Assessment and exams

- Are access arrangements identified early and used as normal ways of working?
- Do internal tests reflect the same arrangements?

## Working with pupils and families

- Do we ask disabled pupils and their families what would help?
- Do we record the adjustments agreed and review them?

## What "reasonable" means

Whether an adjustment is reasonable depends on factors such as its effectiveness, its cost, the resources available and how practical it is to make. If in doubt, record your reasoning and seek advice.`,
  },
  {
    slug: "working-with-families-co-production",
    title: "Working with families: a guide to co-production",
    type: "Guide",
    summary:
      "Practical guidance on building honest, trusting partnerships with the parents and carers of children with SEND, from first contact to review meetings.",
    visibility: "members",
    publishedAt: "2020-09-24",
    topics: ["inclusion", "send-policy"],
    file: { filename: "working-with-families.pdf" },
    body: `## Why co-production matters

The Children and Families Act 2014 requires local authorities to have regard to the views, wishes and feelings of children and their parents, and to the importance of their participation in decisions. Co-production goes further: families and professionals work together as equal partners, each bringing their own expertise.

## Principles for schools

- **Start from trust.** Assume that families want the best for their child, even when conversations are difficult.
- **Be honest about what is possible.** Families value clarity over promises that cannot be kept.
- **Share information early.** No family should hear about a concern for the first time in a formal meeting.
- **Use plain language.** Avoid acronyms, or explain them.

## Before a meeting

1. Agree the purpose and who will attend.
2. Share any reports in advance.
3. Ask the family what they would like to discuss.
4. Think about the venue, the timing and childcare.

## During a meeting

- Begin with the child's strengths and what is going well.
- Give the family time to speak before professionals offer solutions.
- Summarise agreed actions, with names and dates, before the meeting ends.

## When relationships are strained

Disagreement is not failure. Acknowledge the family's concerns, keep the focus on the child and consider suggesting the local SEND information, advice and support service (SENDIASS) as an independent source of help. Our advisers find that a single, consistent point of contact in school defuses more complaints than any formal procedure.`,
  },
  {
    slug: "send-ap-improvement-plan-briefing",
    title: "Members' briefing: the SEND and AP improvement plan",
    type: "Document",
    summary:
      "Our briefing on the government's SEND and alternative provision improvement plan, setting out what each strand means for schools and settings.",
    visibility: "members",
    publishedAt: "2023-03-02",
    topics: ["send-policy", "funding"],
    file: { filename: "send-ap-improvement-plan-briefing.pdf" },
    body: `## At a glance

The SEND and alternative provision improvement plan is the government's response to the SEND Review green paper. It describes a single national system, backed by national standards, with reforms tested through a regional change programme before wider roll-out.

## What it means for schools

**National standards.** Standards will set out the support expected at each level of need. Schools should expect clearer guidance on what should be ordinarily available in mainstream settings.

**EHC plans.** A standardised, digital template is planned. SENCOs may need to adapt local paperwork and training.

**SENCO qualification.** A new leadership-level NPQ will replace the National Award for new SENCOs. Headteachers should plan for protected study time.

**Local inclusion plans.** New local partnerships will bring education, health and care together. Schools should find out how they can contribute in their area.

**Alternative provision.** AP is expected to focus more on early, targeted support for pupils in mainstream schools, alongside time-limited placements.

## Our assessment

The plan is largely consistent with the direction our members have called for. Our main concerns are the timescale for national roll-out, the capacity of the workforce and the continuing pressure on high needs budgets.

## Suggested actions this term

- Brief governors on the plan and its likely timeline.
- Review your SEN information report against current good practice.
- Identify who in school will follow developments in your local area.

This briefing works well as the basis for a twenty-minute staff meeting, with the three suggested actions as the closing discussion.`,
  },
  {
    slug: "early-years-identification-checklist",
    title: "Early identification checklist for early years settings",
    type: "Template",
    summary:
      "A free observation checklist to help early years practitioners notice, record and share early signs that a child may need additional support.",
    visibility: "public",
    publishedAt: "2019-03-14",
    topics: ["early-years"],
    file: { filename: "early-years-identification-checklist.pdf" },
    body: `## About this checklist

Use this checklist to record observations over two to three weeks, across different activities and times of day. It is organised around the four broad areas of need in the SEND Code of Practice. It is not a diagnostic tool.

## Communication and interaction

- Does the child respond to their name and to simple instructions?
- How does the child communicate their needs: words, signs, gestures, pointing or behaviour?
- Does the child take turns in play and conversation?

## Cognition and learning

- How does the child approach new activities and toys?
- Can the child sustain attention on an activity they have chosen?
- Does the child remember routines from day to day?

## Social, emotional and mental health

- How does the child separate from their parent or carer?
- How does the child manage changes in routine?
- Does the child seek comfort from familiar adults?

## Sensory and/or physical

- Does the child seem unusually sensitive, or unresponsive, to noise, touch, light or textures?
- How does the child manage steps, climbing equipment and small objects?
- Are there any concerns about hearing or vision?

## Next steps

- Share your observations with the setting SENCO.
- Talk with parents and carers and record their views.
- Agree whether to begin the graduated approach, and set a review date.`,
  },
  {
    slug: "autism-friendly-classrooms",
    title: "Autism-friendly classrooms",
    type: "Video",
    summary:
      "A 12-minute film in which autistic pupils and their teachers share what makes a classroom feel calm, predictable and welcoming.",
    visibility: "public",
    publishedAt: "2021-10-12",
    topics: ["autism", "inclusion"],
    body: `## About the film

Filmed in a primary school and a secondary school, this short film combines interviews with autistic pupils, teachers and a SENCO. It is suitable for whole-staff training, induction for new staff and teaching assistants, and conversations with governors.

## Chapters

1. **What pupils want you to know** (0:00)
2. **The sensory environment** (3:10)
3. **Routines and change** (6:05)
4. **Communication that works** (8:40)
5. **Reflections from staff** (10:30)

## Key points

- Many autistic learners experience the classroom very differently, particularly noise, light and crowding.
- Predictability reduces anxiety. Visual timetables and advance warning of changes help.
- Clear, literal language avoids misunderstanding.
- Behaviour is communication. Distress may be a response to the environment rather than a choice.
- Asking pupils what helps them is the most reliable starting point.

## Discussion questions for staff

- Which parts of our classrooms or corridors might be hardest for an autistic pupil?
- How do we prepare pupils for changes, such as a supply teacher or a fire drill?
- Where can a pupil go if they need a break, and how do they ask?

The film is captioned, and a transcript is available on request.`,
  },
  {
    slug: "post-16-transition-planning-toolkit",
    title: "Post-16 transition planning toolkit",
    type: "Document",
    summary:
      "Timelines, prompts and planning tools to help schools and colleges prepare young people with SEND for the move to post-16 education and training.",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2023-11-08",
    topics: ["post-16"],
    file: { filename: "post-16-transition-planning-toolkit.pdf" },
    body: `## Timeline

**Year 9**

- Include preparing for adulthood outcomes at the annual review.
- Begin careers guidance conversations that reflect the young person's interests.

**Year 10**

- Arrange taster days and visits to colleges and training providers.
- Consider work experience, with adjustments planned in advance.

**Year 11, autumn term**

- Hold the annual review early, and invite post-16 providers.
- Agree the preferred setting with the young person and family.

**Year 11, spring term**

- Confirm that the EHC plan will be amended by 31 March, naming the post-16 setting.
- Share transition information with the new setting.

**Year 11, summer term**

- Plan additional transition visits and introductions to key staff.

## What to include in transition information

- What the young person is proud of and what they want to achieve.
- What helps them learn, communicate and stay calm.
- Current access arrangements and assistive technology.
- Who they trust and how they like to be supported.

## Questions for college visits

- How will my support be organised, and who will I go to?
- What happens if something goes wrong?
- How are study programmes adapted for students with SEND?

## Our tip

Ask the receiving college to name one member of staff who will meet the young person before the summer holiday. In our experience, a familiar face on the first day does more for attendance in September than any written plan.`,
  },
  {
    slug: "structured-conversations-with-parents",
    title: "Structured conversations with parents",
    type: "Video",
    summary:
      "A training film showing how a structured, listening-led conversation can strengthen partnerships between schools and the families of pupils with SEND.",
    visibility: "members",
    publishedAt: "2022-06-30",
    topics: ["inclusion", "senco"],
    body: `## About the film

This 20-minute film follows a SENCO and a class teacher as they prepare for, hold and follow up a structured conversation with a parent. The conversation is a reconstruction based on real experiences, with actors playing the family.

## The four stages shown

1. **Explore.** The teacher listens to the parent's view of their child's strengths, worries and hopes.
2. **Focus.** Together they identify the two or three priorities that matter most.
3. **Plan.** They agree outcomes and the actions each person will take at school and at home.
4. **Review.** They fix a date to meet again and agree how they will keep in touch in between.

## What to watch for

- How the teacher uses open questions and summarises what she hears.
- The moment the parent becomes upset, and how the teacher responds without rushing to fix things.
- How actions are written in plain language and shared at the end.

## Using the film for training

Watch the film in sections, pausing after each stage. Ask colleagues what they noticed and what they would do differently. Staff who watched the pilot version most often remarked on how long the teacher stayed silent after asking a question, and how much the parent said as a result.

As a follow-up activity, practise the explore stage in pairs using a scenario from your own school, and give each other feedback on listening.`,
  },
  {
    slug: "high-needs-funding-explained",
    title: "High needs funding explained",
    type: "Presentation",
    summary:
      "Slides and speaker notes that walk school leaders and governors through how high needs funding flows from national government to individual learners.",
    visibility: { tiers: ["gold"] },
    publishedAt: "2025-02-13",
    topics: ["funding"],
    file: { filename: "high-needs-funding-explained.pdf" },
    body: `## Speaker notes

### Slide 1: The dedicated schools grant

The dedicated schools grant is paid to local authorities in four blocks: schools, central school services, early years and high needs. The high needs block funds provision for children and young people with complex SEND from birth to 25.

### Slide 2: How schools are funded for SEND

- **Element 1:** core per-pupil funding for every pupil.
- **Element 2:** the notional SEN budget, from which schools meet the first £6,000 of additional support.
- **Element 3:** top-up funding from the local authority's high needs block, for costs above that threshold.

### Slide 3: Where high needs money goes

Top-up funding for mainstream schools, places in special schools and alternative provision, independent specialist placements, post-16 provision and central SEND services.

### Slide 4: Why pressures have grown

Rising numbers of EHC plans, more specialist and independent placements, and increasing costs across the system.

### Slide 5: Deficits and the statutory override

Many local authorities have accumulated high needs deficits. The statutory override keeps these separate from councils' general funds, but it is temporary.

### Slide 6: Questions for your school

- Do we understand how our local authority allocates top-up funding?
- Are we making the best use of our notional SEN budget?
- How do we evidence the impact of high needs funding for individual pupils?

## Presenter's note

When we trialled these slides with governing boards, the diagram of the three elements on slide 2 prompted more questions than any other, so allow at least ten minutes for it.`,
  },
  {
    slug: "preparing-for-inspection-send",
    title: "Preparing for inspection: SEND and the curriculum",
    type: "Presentation",
    summary:
      "A presentation for senior leaders and SENCOs on how the new inspection framework looks at the curriculum and experience of learners with SEND.",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2019-09-05",
    topics: ["send-policy", "inclusion"],
    file: { filename: "preparing-for-inspection-send.pdf" },
    body: `## Speaker notes

### Slide 1: The quality of education judgement

The quality of education judgement looks at curriculum intent, implementation and impact. Leaders should be able to explain how each part applies to pupils with SEND.

### Slide 2: Intent, an ambitious curriculum for all

- Is the curriculum for pupils with SEND as broad as for their peers?
- Where it is adapted, is the reason clear, and is the adaptation temporary where possible?

### Slide 3: Implementation, teaching that responds to need

- How do teachers know the needs of the pupils in their classes?
- What does adaptive practice look like in different subjects?

### Slide 4: Impact, beyond attainment data

Progress for pupils with SEND may be shown through their work, growing independence, communication and readiness for the next stage, as well as through data.

### Slide 5: Deep dives

Inspectors may talk with pupils with SEND and look at their books. Subject leaders should be ready to discuss them.

### Slide 6: Off-rolling and managed moves

Be ready to explain any pupil movements, especially where pupils with SEND have left the school.

## Activity for leadership teams

Choose three pupils with SEND from different year groups. For each, trace their experience of one subject over a week, from planning to the work in their books. Several pilot schools found that this exercise revealed more about curriculum adaptation than any policy review.`,
  },
  {
    slug: "senco-induction-checklist",
    title: "New SENCO induction checklist",
    type: "Template",
    summary:
      "A term-by-term checklist to help newly appointed SENCOs and their headteachers plan a well-supported first year in the role.",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2024-10-01",
    topics: ["senco", "training"],
    file: { filename: "senco-induction-checklist.pdf" },
    body: `## Before you start

- Meet the outgoing SENCO, if possible, and agree a handover.
- Confirm your time allocation and line management arrangements.
- Register for the NPQ for SENCOs, if required.

## First half term

- Read the SEN information report, SEND policy and accessibility plan.
- Review the SEND register and the list of pupils with EHC plans.
- Find out the dates of upcoming annual reviews and statutory deadlines.
- Meet the SEND governor.
- Introduce yourself to key contacts at the local authority, including the SEND casework team.

## Autumn term

- Meet the families of pupils with EHC plans.
- Observe teaching in a range of classes to understand current practice.
- Map current provision and interventions, with costs where possible.
- Agree two or three priorities for the year with your headteacher.

## Spring term

- Lead or contribute to staff training on an identified priority.
- Review the effectiveness of interventions using your provision map.
- Plan for transitions into and out of the school.

## Summer term

- Evaluate progress against your priorities.
- Update the SEN information report for publication.
- Reflect on your own development and agree next year's goals.

## Support to ask for

- A mentor, ideally an experienced SENCO from another school.
- Regular protected time with your line manager.
- Administrative support for statutory paperwork.

Resist the urge to rewrite every policy in your first term; our experienced advisers consistently say that relationships built in those early weeks pay off for years.`,
  },
  {
    slug: "dyslexia-friendly-practice",
    title: "Dyslexia-friendly practice in every classroom",
    type: "Guide",
    summary:
      "Simple, low-cost ways for teachers to make lessons more accessible for learners with dyslexia and other literacy difficulties.",
    visibility: "public",
    publishedAt: "2021-10-05",
    topics: ["dyslexia-literacy", "inclusion"],
    file: { filename: "dyslexia-friendly-practice.pdf" },
    body: `## Understanding dyslexia

Dyslexia is a learning difference that mainly affects the skills involved in accurate and fluent word reading and spelling. It is often associated with difficulties in phonological awareness, verbal memory and processing speed. It occurs across the range of intellectual abilities and is best thought of as a continuum rather than a distinct category.

## In the classroom

- Present text in a clear, sans-serif font with generous spacing, and avoid dense blocks of writing.
- Use off-white or pastel backgrounds where learners find them helpful.
- Give instructions verbally and in writing, and check understanding.
- Avoid asking learners to read aloud without warning.
- Introduce key vocabulary in advance and keep it on display during the lesson.
- Allow extra time for reading and writing tasks.

## Recording and assessment

- Accept alternative ways of recording, such as mind maps, voice notes or typing.
- Mark for content and ideas separately from spelling.
- Use access arrangements, such as a reader or a word processor, where they reflect normal ways of working.

## Building a reading culture

- Read aloud to classes regularly, including at secondary level.
- Stock accessible, high-interest books and audiobooks.
- Celebrate reading for pleasure in every form.

## When to seek further advice

If a learner continues to struggle despite good teaching and targeted intervention, talk to your SENCO about further assessment through the graduated approach.`,
  },
  {
    slug: "podcast-wellbeing-and-belonging",
    title: "Inclusion in conversation: wellbeing and belonging",
    type: "Podcast",
    summary:
      "In this episode of our podcast, a secondary SENCO and a school counsellor discuss how a sense of belonging shapes the wellbeing of pupils with SEND.",
    visibility: "members",
    publishedAt: "2024-03-21",
    topics: ["mental-health", "inclusion"],
    body: `## Episode notes

Running time: 34 minutes

Our host talks with a secondary SENCO from the East Midlands and a school-based counsellor about the link between belonging and mental health for learners with SEND.

## In this episode

- **02:15** Why pupils with SEND are more likely to say they do not feel they belong at school.
- **08:40** The role of the tutor and the first ten minutes of the day.
- **15:30** Friendship groups, lunchtimes and the unstructured parts of the day.
- **22:10** When anxiety shows up as behaviour.
- **28:45** Looking after staff wellbeing, too.

## Ideas from the conversation

- Give every pupil with SEND at least one adult who checks in regularly and knows them well.
- Create structured lunchtime clubs so that pupils have somewhere to go.
- Ask pupils directly how connected they feel, and act on the answers.

## From the episode

"We audited our lunchtimes and found that the pupils on our SEND register were the ones walking the corridors alone," says our guest SENCO. "Changing that cost us almost nothing."

## Reflection questions

- Where in our school might a pupil with SEND feel most alone?
- How do we know whether pupils feel they belong?`,
  },
  {
    slug: "podcast-senco-as-strategic-leader",
    title: "Inclusion in conversation: the SENCO as strategic leader",
    type: "Podcast",
    summary:
      "Two experienced SENCOs talk about moving from firefighting to strategic leadership, and what headteachers can do to help.",
    visibility: "public",
    publishedAt: "2025-06-05",
    topics: ["senco"],
    body: `## Episode notes

Running time: 29 minutes

What does it mean for a SENCO to lead strategically, and how do you find the time when the day is full of urgent requests? Our host talks with a primary SENCO who is also a deputy headteacher, and a secondary SENCO who leads a team of eight.

## In this episode

- **01:30** From co-ordinator to leader: how the role has changed.
- **07:45** Why a place on the senior leadership team matters.
- **13:20** Using a provision map as a strategic tool.
- **19:00** Delegating well to teaching assistants and the wider team.
- **24:10** What headteachers can do to help.

## Key takeaways

- Strategic SEND leadership is about improving teaching for all pupils with SEND, not only managing individual cases.
- The SENCO needs a voice where whole-school decisions are made.
- Protected time is essential, and it needs to be visible on the timetable.
- Good systems free up time for leadership.

## Listen and reflect

Use this episode as a starting point for a conversation with your headteacher or line manager about how the SENCO role works in your school, and what would help it become more strategic.`,
  },
  {
    slug: "ebsa-support-plan-template",
    title: "Attendance support plan for emotionally based school avoidance",
    type: "Template",
    summary:
      "A template for planning a gradual, supported return to school with a young person experiencing emotionally based school avoidance and their family.",
    visibility: { tiers: ["gold"] },
    publishedAt: "2026-05-14",
    topics: ["mental-health"],
    file: { filename: "ebsa-support-plan-template.pdf" },
    body: `## Section 1: About me

To be completed with the young person, in their own words where possible.

- What I enjoy and what I am good at.
- What makes school hard for me at the moment.
- What helps when I feel anxious.
- Who I trust in school.

## Section 2: Understanding the barriers

- Attendance pattern over the last half term.
- Known or suspected SEND, including any needs that may not yet be met.
- Sensory, social, learning and home factors.
- The views of the family.

## Section 3: Agreed steps

For each step, record what will happen, who will help and the review date. Steps should be small enough to be achievable, for example meeting a key adult at the school gate, spending one lesson in a quiet base, or joining a favourite subject.

- Step 1:
- Step 2:
- Step 3:

## Section 4: Adjustments in school

- Arrival and departure arrangements.
- A safe space and how to access it.
- Changes to the timetable or uniform.
- How work will be shared when the young person is not in school.

## Section 5: Review

Review the plan every two weeks at first. Record what has gone well, what has been difficult and the next step.

## Guidance note

Schools that trialled an early version told us the single most useful question was "What would a good day look like?", asked of the young person before any steps were written down.`,
  },
  {
    slug: "ehc-plan-annual-reviews",
    title: "Running effective EHC plan annual reviews",
    type: "Document",
    summary:
      "Practical guidance for SENCOs on planning, chairing and following up EHC plan reviews that keep the child or young person at the centre.",
    visibility: { tiers: ["gold"] },
    publishedAt: "2026-01-22",
    topics: ["send-policy", "senco"],
    file: { filename: "ehc-plan-annual-reviews.pdf" },
    body: `## The legal framework in brief

Every EHC plan must be reviewed at least every 12 months, and local authorities should consider reviewing plans for children under five more often. The review considers progress towards outcomes and whether the plan remains appropriate. After the meeting, the school sends a report to the local authority within two weeks, and the local authority then decides whether to keep, amend or cease the plan.

## Before the meeting

- Invite the family, the child or young person, relevant professionals and the local authority at least two weeks in advance.
- Request written advice and information, and circulate it before the meeting.
- Help the child or young person prepare to contribute in a way that suits them.

## During the meeting

1. Start with what is going well, and with the child's own views.
2. Review progress towards each outcome in turn.
3. Consider whether the provision is being delivered as specified.
4. Agree any changes needed to outcomes, provision or placement.
5. Look ahead to phase transfers and preparing for adulthood.

## After the meeting

- Send the report to the local authority within two weeks, with any recommended amendments.
- Share the report with everyone who was invited.
- Put the next review and any interim checks in the diary.

## Phase transfers

Reviews before a change of phase need to take place well in advance, so that amended plans can be finalised by 15 February for most moves between schools, such as from primary to secondary, or by 31 March for moves into post-16 education.

## From our advisers

End every review by asking the young person what they would like the adults in the room to remember, and record that answer at the top of the report.`,
  },
  {
    slug: "early-years-inclusion-funding-explained",
    title: "Early years inclusion funding in ten minutes",
    type: "Video",
    summary:
      "A short explainer film for nursery managers and setting SENCOs on the main sources of funding for young children with SEND.",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2026-11-12",
    topics: ["early-years", "funding"],
    body: `## About the film

In this ten-minute film, our early years adviser explains the main sources of funding available to support young children with SEND in early years settings, and how to apply for them. It was recorded after our autumn regional roundtables, where funding was the concern participants raised most often.

## What the film covers

- **SEN inclusion funds.** Local authorities must have a fund to help settings support children with lower-level or emerging SEND who take up funded early education. Criteria and application processes vary locally.
- **The Disability Access Fund.** A payment to settings for eligible children who receive Disability Living Allowance and take up funded hours.
- **High needs funding.** For children with more complex needs, including those with an EHC plan.
- **Early years pupil premium.** Additional funding for eligible children, which can support SEND provision where needs overlap.

## Practical tips from the film

- Keep clear records of observations and the support already in place; most applications ask for evidence.
- Find out your local authority's deadlines and application windows.
- Involve parents in applications and explain what the funding will be used for.

## Discussion prompt

Watch the film with your team and map the funding you currently receive against the children you support. One roundtable participant described this as "the first time we could see the whole picture on one sheet of paper".`,
  },
  {
    slug: "belonging-by-design-keynote",
    title: "Conference keynote: Belonging by design",
    type: "Presentation",
    summary:
      "Slides and notes from the opening keynote of our 2024 annual conference, on building schools where every learner belongs.",
    visibility: "members",
    publishedAt: "2024-11-14",
    topics: ["inclusion", "training"],
    file: { filename: "belonging-by-design-keynote.pdf" },
    body: `## About this presentation

These slides accompany the opening keynote given by our Chief Executive at our 2024 annual conference. Members may use them, with acknowledgement, for staff training.

## Key messages

### Belonging is not earned

Too often, pupils with SEND are asked to prove they can cope before they are fully included. The keynote argued for turning this around: belonging first, then support to thrive.

### Design for the edges

Adjustments made for pupils with the greatest needs, such as clear routines, calm spaces and accessible materials, usually benefit everyone.

### Relationships are provision

A trusted adult, a predictable greeting and a sense of being known matter as much as any intervention.

### Measure what matters

Schools should ask pupils with SEND how connected they feel, and treat the answers as seriously as attainment data.

## Slide list

1. Title and welcome
2. What young people told us
3. Three myths about inclusion
4. Designing for the edges
5. Relationships as provision
6. Measuring belonging
7. Five questions for Monday morning

## Five questions for Monday morning

- Who in our school is present but not included?
- Where do pupils with SEND spend unstructured time?
- What do our routines assume about pupils?
- Who is each pupil's trusted adult?
- How would we know if things were getting better?

The keynote closed with a recording of a Year 10 student describing the day a teacher learnt her name in the first week, which many delegates told us was the moment of the conference they remembered most.`,
  },
  {
    slug: "governors-questions-about-send",
    title: "Ten questions governors should ask about SEND",
    type: "Information",
    summary:
      "A briefing for governing boards and trustees, with ten questions to support effective challenge on SEND.",
    visibility: { tiers: ["gold"] },
    publishedAt: "2020-01-16",
    topics: ["send-policy", "funding"],
    body: `## Why governors matter

Governing boards have legal duties towards pupils with SEND, including using their best endeavours to make sure that those pupils' needs are met. Good governance means asking informed questions and following up on the answers.

## The ten questions

1. How many pupils in our school have SEND, and how does this compare with similar schools?
2. How do we identify needs early, and how quickly do we act?
3. How well do pupils with SEND achieve, and how do we know?
4. What is our notional SEN budget, and how is it spent?
5. How do we know which interventions are making a difference?
6. Does our SENCO have enough time, and is the role represented on the senior leadership team?
7. How confident are our teachers in adapting their teaching?
8. How do we involve pupils with SEND and their families in decisions?
9. Are pupils with SEND over-represented in exclusions, absence or part-time timetables?
10. Is our SEN information report up to date and easy to understand?

## Making the questions work

- Ask for evidence, not reassurance.
- Focus on one or two questions at each meeting rather than all ten.
- Visit the school and talk to pupils and staff.

## A tip for SEND governors

The most revealing question is often number nine; in our experience, boards that track part-time timetables by SEND status spot problems a full term earlier than those that do not.`,
  },
  {
    slug: "podcast-autistic-young-people-after-16",
    title: "Inclusion in conversation: autistic young people after 16",
    type: "Podcast",
    summary:
      "Two autistic young adults and a college learning support manager talk frankly about what made the move to post-16 education work, and what did not.",
    visibility: { tiers: ["gold"] },
    publishedAt: "2023-05-25",
    topics: ["autism", "post-16"],
    body: `## Episode notes

Running time: 38 minutes

In this episode, our host is joined by two autistic young adults, one now studying at college and one on a supported internship, and by a further education learning support manager.

## In this episode

- **03:00** What the last year of school felt like.
- **09:20** First impressions of college: freedom and uncertainty.
- **16:45** The support that helped, and the support that got in the way.
- **24:30** Supported internships and the route into work.
- **31:10** Advice for schools and colleges.

## Themes

- Young people want to be involved in transition planning, not simply informed about it.
- Unstructured time at college can be as challenging as lessons.
- Disclosure is a personal decision, and colleges need to make it easy.
- Supported internships can build confidence as well as skills.

## Highlights

One of our guests describes keeping a "college survival notebook" of maps, timetables and the names of friendly staff, and explains why she still carries it in her second year. The learning support manager describes how her team now plans the first fortnight of term around quieter spaces and fewer room changes.

## Reflection questions

- How do we prepare autistic students for the unstructured parts of post-16 life?
- How much say do young people have in what is shared with their next setting?`,
  },
  {
    slug: "literacy-interventions-evaluation-template",
    title: "Evaluating literacy interventions: a planning template",
    type: "Template",
    summary:
      "A planning and evaluation template to help schools judge whether their literacy interventions are working for learners with dyslexia and other literacy difficulties.",
    visibility: { tiers: ["silver", "gold"] },
    publishedAt: "2026-11-20",
    status: "draft",
    topics: ["dyslexia-literacy"],
    file: { filename: "literacy-interventions-evaluation.pdf" },
    body: `## Before the intervention

- **Intervention name and approach:**
- **Evidence base:** what does research say about this approach?
- **Who is it for?** The criteria for selecting pupils.
- **Baseline assessment:** which measure, and when?
- **Staffing and training:** who delivers it, and what training have they had?
- **Dosage:** how often, for how long and over how many weeks?

## During the intervention

- Record attendance at each session.
- Note any changes to delivery and the reasons for them.
- Check fidelity: is the intervention being delivered as designed?
- Link the intervention to classroom teaching, so that pupils use new skills in lessons.

## After the intervention

- Repeat the baseline assessment.
- Compare progress with what would normally be expected.
- Gather the views of pupils, class teachers and families.
- Decide whether to continue, adapt or stop.

## Questions for the SENCO

- Is this the best use of the time and staffing involved?
- Are pupils missing important lessons to attend?
- Are gains sustained a term later?

## Editor's note

A worked example for a secondary reading fluency programme is still to be added, pending sign-off from our literacy lead.`,
  },
  {
    slug: "podcast-neurodiversity-and-belonging",
    title: "Inclusion in conversation: neurodiversity and belonging",
    type: "Podcast",
    summary:
      "In our next podcast episode, a neurodivergent teacher and a special school headteacher discuss belonging, identity and the language we use about difference.",
    visibility: "public",
    publishedAt: { daysFromNow: 7 },
    status: "scheduled",
    topics: ["autism", "mental-health", "inclusion"],
    body: `## Episode notes

Running time: 36 minutes

Our host is joined by a primary teacher who was diagnosed with ADHD as an adult, and by the headteacher of a special school for autistic pupils.

## In this episode

- **02:00** Growing up undiagnosed, and what that meant at school.
- **09:30** Identity-first and person-first language: why it matters, and why there is no single answer.
- **17:15** Belonging in specialist and mainstream settings.
- **25:40** Neurodivergent staff, and what schools can learn from them.
- **31:50** Practical changes that help everyone.

## Themes

- Young people should be supported to understand and describe their own profile.
- Language should reflect how individuals prefer to be described.
- Neurodivergent staff bring valuable insight, and they may also need reasonable adjustments.
- Small changes to routines and environments can make a school feel more welcoming for pupils and staff alike.`,
  },
];
