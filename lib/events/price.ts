import { effectiveTiers, FREE_TIER, type Viewer } from "@/lib/access";

/** A ticket type's prices: non-members pay `nonMemberPricePence`; holders of a tier pay its price. */
export interface TicketPricing {
  nonMemberPricePence: number | null;
  tierPrices: Record<string, number>;
  /** Non-empty: only holders of one of these tiers may buy it. */
  tiers: readonly string[];
}

export type TicketOffer =
  | { available: true; pricePence: number; audience: string }
  | { available: false; reason: "tier-required" | "no-price" };

/**
 * What this viewer would pay for a ticket: the lowest price among the tiers they hold now (their own
 * or their organisation's, unexpired, as `lib/access` counts them), else the non-member price.
 * Signed-out visitors and lapsed members see the non-member price.
 */
export function ticketPriceFor(ticket: TicketPricing, viewer: Viewer | null, now: Date = new Date()): TicketOffer {
  const held = viewer && !viewer.disabled ? effectiveTiers(viewer, now).filter((t) => t !== FREE_TIER) : [];
  if (ticket.tiers.length > 0 && !ticket.tiers.some((t) => held.includes(t))) return { available: false, reason: "tier-required" };
  const memberPrices = held
    .filter((t) => Object.hasOwn(ticket.tierPrices, t))
    .map((t) => ({ pricePence: ticket.tierPrices[t]!, audience: t }))
    .sort((a, b) => a.pricePence - b.pricePence);
  if (memberPrices[0]) return { available: true, ...memberPrices[0] };
  if (ticket.nonMemberPricePence === null) return { available: false, reason: "no-price" };
  return { available: true, pricePence: ticket.nonMemberPricePence, audience: "non-member" };
}

/** "Free" or "£95". */
export function formatTicketPrice(pence: number): string {
  if (pence === 0) return "Free";
  return `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: pence % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
}
