import { describePrice, isPaid, type TierPrice } from "@/lib/billing/price";

/** A tier's price as every page shows it: the yearly amount and how VAT applies. */
export function TierPriceText({ price, className = "" }: { price: TierPrice; className?: string }) {
  if (!isPaid(price)) return <span className={className}>No charge</span>;
  const { perYear, vat } = describePrice(price);
  return (
    <span className={className}>
      {perYear} <span className="text-base font-normal text-muted">({vat})</span>
    </span>
  );
}
