import type { TierLabel } from "@/lib/access";
import { joinNames } from "@/lib/access";
import { formatTicketPrice } from "@/lib/events/price";

interface Ticket {
  id: string;
  name: string;
  description: string;
  nonMemberPricePence: number | null;
  tierPrices: Record<string, number>;
  tiers: readonly string[];
}

/** Every ticket's price for each audience: the same for every viewer (the page is cached). */
export function TicketTable({ tickets, tiers }: { tickets: readonly Ticket[]; tiers: readonly TierLabel[] }) {
  const paid = tiers.filter((t) => t.slug !== "free").sort((a, b) => a.position - b.position);
  const name = (slug: string) => tiers.find((t) => t.slug === slug)?.name ?? slug;
  return (
    // Focusable so a keyboard can scroll it on a narrow screen.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Ticket prices">
      <table className="w-full min-w-[20rem] border-collapse text-left">
        <caption className="sr-only">Ticket prices</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">Ticket</th>
            <th scope="col" className="py-2 pr-3">Non-members</th>
            {paid.map((t) => (
              <th key={t.slug} scope="col" className="py-2 pr-3">
                {t.name} members
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tickets.map((ticket) => (
            <tr key={ticket.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-3 font-semibold">
                {ticket.name}
                {ticket.description && <span className="block text-sm font-normal text-muted">{ticket.description}</span>}
                {ticket.tiers.length > 0 && <span className="block text-sm font-normal text-muted">For {joinNames(ticket.tiers.map(name), "and")} members only</span>}
              </th>
              <td className="py-2 pr-3">{ticket.tiers.length > 0 || ticket.nonMemberPricePence === null ? "Not available" : formatTicketPrice(ticket.nonMemberPricePence)}</td>
              {paid.map((t) => {
                const price = ticket.tierPrices[t.slug] ?? (ticket.tiers.length === 0 ? ticket.nonMemberPricePence : null);
                return (
                  <td key={t.slug} className="py-2 pr-3">
                    {price === null || price === undefined || (ticket.tiers.length > 0 && !ticket.tiers.includes(t.slug)) ? "Not available" : formatTicketPrice(price)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
