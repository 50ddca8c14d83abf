import type { ReactNode } from "react";
import { formatPounds } from "@/lib/billing/price";
import { formatDate } from "@/lib/format";
import { invoiceNumberLabel } from "@/lib/organisations/terms";

export interface InvoiceRow {
  id: string;
  number: number;
  kind: "membership" | "seats";
  status: "open" | "paid" | "void";
  seats: number;
  totalPence: number;
  poNumber: string;
  issuedAt: Date;
  dueAt: Date;
  paidAt: Date | null;
}

const statusText = (i: InvoiceRow, now: Date) =>
  i.status === "paid" ? `Paid ${i.paidAt ? formatDate(i.paidAt) : ""}` : i.status === "void" ? "Cancelled" : i.dueAt < now ? `Overdue (was due ${formatDate(i.dueAt)})` : `Due ${formatDate(i.dueAt)}`;

/** An organisation's invoices, newest first, each with its PDF; staff get their own actions per row. */
export function InvoiceTable({ invoices, downloadBase, actions }: { invoices: InvoiceRow[]; downloadBase: string; actions?: (invoice: InvoiceRow) => ReactNode }) {
  const now = new Date();
  if (invoices.length === 0) return <p className="mt-4">No invoices yet.</p>;
  return (
    <ul className="mt-4 divide-y divide-line rounded-xl border border-line">
      {invoices.map((i) => (
        <li key={i.id} className="grid gap-2 p-4 sm:grid-cols-[10rem_1fr_auto] sm:items-start" data-testid="invoice-row">
          <div>
            <p className="font-semibold">{invoiceNumberLabel(i.number)}</p>
            <p className="text-sm text-muted">{formatDate(i.issuedAt)}</p>
          </div>
          <div>
            <p>
              {i.kind === "seats" ? `${i.seats} added seat${i.seats === 1 ? "" : "s"}` : `${i.seats} seats for a year`}: <strong>{formatPounds(i.totalPence)}</strong>
              {i.poNumber && <> · PO {i.poNumber}</>}
            </p>
            <p className="text-sm" data-testid="invoice-status">
              {statusText(i, now)}
            </p>
            {actions && <div className="mt-3">{actions(i)}</div>}
          </div>
          <a href={`${downloadBase}/${i.id}`} className="font-semibold" download>
            Download {invoiceNumberLabel(i.number)} (PDF)
          </a>
        </li>
      ))}
    </ul>
  );
}
