import type { EventType } from "@/db/schema";

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/London" });
const zoneFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "short" });

const zone = (d: Date) => zoneFormat.formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "UK time";

/** "Thursday 14 May 2026, 09:30 to 16:00 BST", in UK time; two days when it spans them. */
export function formatEventWhen(startsAt: Date, endsAt: Date): string {
  const startDay = dayFormat.format(startsAt);
  const endDay = dayFormat.format(endsAt);
  if (startDay === endDay) return `${startDay}, ${timeFormat.format(startsAt)} to ${timeFormat.format(endsAt)} ${zone(endsAt)}`;
  return `${startDay}, ${timeFormat.format(startsAt)} ${zone(startsAt)} to ${endDay}, ${timeFormat.format(endsAt)} ${zone(endsAt)}`;
}

export const eventTypeLabels: Record<EventType, string> = {
  conference: "Conference",
  webinar: "Webinar",
  training: "Training course",
  meeting: "Meeting",
};

/** "3 hours", "1.5 hours", "1 hour". */
export function formatHours(hours: number): string {
  const n = Number(hours.toFixed(2));
  return `${n} ${n === 1 ? "hour" : "hours"}`;
}

/** Where it happens, as one line: "Online" or "Venue, address". */
export function eventLocation(e: { online: boolean; venueName: string; address: string }): string {
  if (e.online) return "Online";
  return [e.venueName, e.address].filter(Boolean).join(", ");
}
