/*
 * Demo events (issue 25): an upcoming conference with three ticket types and member prices, a free
 * webinar nearly full, a past training course with Gold `attended` and a certificate, and
 * members-only slides on it.
 */
import type { EventType } from "../schema";

export interface SeedTicket {
  name: string;
  description?: string;
  nonMemberPricePence: number | null;
  tierPrices: Record<string, number>;
  tiers?: string[];
}

export interface SeedEvent {
  slug: string;
  title: string;
  type: EventType;
  summary: string;
  body: string;
  /** Days from the seed's "now", and the UK wall-clock start and end times. */
  daysFromNow: number;
  startTime: string;
  endTime: string;
  online: boolean;
  venueName?: string;
  address?: string;
  mapUrl?: string;
  joinUrl?: string;
  capacity: number;
  cpdHours: number;
  topics: string[];
  tickets: SeedTicket[];
  /** Bookings by demo account email, with their status. */
  bookings: Array<{ email: string; status: "booked" | "attended"; ticket: number }>;
  materials?: Array<{ title: string; filename: string; tiers: string[]; attendees: boolean; body: string }>;
}

export const seedEvents: SeedEvent[] = [
  {
    slug: "send-network-annual-conference",
    title: "SEND Network Annual Conference",
    type: "conference",
    summary: "A day of keynotes, practical workshops and conversation for SENCOs, teachers and leaders, at member prices.",
    body: `Our annual conference brings together people working in SEND across every phase.

## The day
- **Keynote:** inclusion in mainstream schools after the SEND review
- **Workshops:** EHCP annual reviews that work, adaptive teaching, supporting attendance
- **Panel:** the SENCO role in 2027

Lunch and refreshments are included for everyone attending in person. The day counts for three hours of CPD, and each attendee can download a certificate afterwards.`,
    daysFromNow: 45,
    startTime: "09:30",
    endTime: "16:00",
    online: false,
    venueName: "Birmingham Conference Centre",
    address: "1 Broad Street, Birmingham B1 2EA",
    mapUrl: "https://www.openstreetmap.org/search?query=Broad%20Street%20Birmingham",
    capacity: 250,
    cpdHours: 3,
    topics: ["training", "inclusion", "senco"],
    tickets: [
      { name: "Standard ticket", description: "The whole day, lunch included.", nonMemberPricePence: 9500, tierPrices: { silver: 6000, gold: 0 } },
      { name: "Ticket with workshop pack", description: "The day and the printed workshop pack.", nonMemberPricePence: 12500, tierPrices: { silver: 8500, gold: 2500 } },
      { name: "Gold members' leadership session", description: "The day and the afternoon leadership round table.", nonMemberPricePence: null, tierPrices: { gold: 1500 }, tiers: ["gold"] },
    ],
    bookings: [],
  },
  {
    slug: "send-funding-explained-webinar",
    title: "SEND funding explained: a free webinar",
    type: "webinar",
    summary: "An hour on how high needs funding and notional SEN budgets reach learners, with time for questions.",
    body: `A free, one-hour webinar for anyone who wants to understand where SEND funding comes from and how schools can use it well.

We will cover the high needs block, notional SEN budgets and top-up funding, and answer your questions live.`,
    daysFromNow: 10,
    startTime: "16:00",
    endTime: "17:00",
    online: true,
    joinUrl: "https://meet.example.org/send-funding",
    capacity: 3,
    cpdHours: 1,
    topics: ["funding", "send-policy"],
    tickets: [{ name: "Free place", nonMemberPricePence: 0, tierPrices: {} }],
    bookings: [
      { email: "silver@example.org", status: "booked", ticket: 0 },
      { email: "member@example.org", status: "booked", ticket: 0 },
    ],
  },
  {
    slug: "autism-in-the-classroom-training",
    title: "Autism in the classroom: a practical training course",
    type: "training",
    summary: "A half-day course on understanding autistic pupils and adapting classroom practice, with a certificate of attendance.",
    body: `A practical half-day course for teachers and teaching assistants.

We look at sensory needs, communication, predictable routines and how to plan with pupils and families. Attendees receive the slides and a certificate of attendance worth three CPD hours.`,
    daysFromNow: -30,
    startTime: "09:00",
    endTime: "12:30",
    online: false,
    venueName: "Leeds Civic Hall",
    address: "Calverley Street, Leeds LS1 1UR",
    mapUrl: "https://www.openstreetmap.org/search?query=Leeds%20Civic%20Hall",
    capacity: 40,
    cpdHours: 3,
    topics: ["autism", "training"],
    tickets: [{ name: "Course place", nonMemberPricePence: 7500, tierPrices: { silver: 4500, gold: 0 } }],
    bookings: [{ email: "gold@example.org", status: "attended", ticket: 0 }],
    materials: [
      {
        title: "Course slides",
        filename: "autism-in-the-classroom-slides.pdf",
        tiers: ["silver", "gold"],
        attendees: true,
        body: "Slides from the course: sensory needs, communication, routines and planning with families.",
      },
    ],
  },
];
