import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { formatDate } from "@/lib/format";
import { formatPounds } from "@/lib/billing/price";
import { invoiceNumberLabel } from "./terms";

export interface InvoiceForPdf {
  number: number;
  kind: "membership" | "seats";
  tierName: string;
  seats: number;
  unitPricePence: number;
  vatTreatment: "exempt" | "standard";
  netPence: number;
  vatPence: number;
  totalPence: number;
  poNumber: string;
  billedTo: string;
  periodStart: Date;
  periodEnd: Date;
  issuedAt: Date;
  dueAt: Date;
  status: "open" | "paid" | "void";
}

export interface Seller {
  /** Lines separated by `;`. */
  from: string;
  bankDetails: string;
  vatNumber?: string;
}

/** The standard fonts draw WinAnsi only: replace what they cannot. */
function printable(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-").replace(/[^\x20-\x7e£]/g, "");
}

const lines = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((l) => l.trim())
    .filter(Boolean);

/** The invoice as a one-page A4 PDF: everything a school's finance office needs to pay it. */
export async function renderInvoicePdf(invoice: InvoiceForPdf, seller: Seller): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const label = invoiceNumberLabel(invoice.number);
  pdf.setTitle(`Invoice ${label}`);
  pdf.setCreator("SEND Network");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page: PDFPage = pdf.addPage([595, 842]);
  const left = 56;
  let y = 842 - 64;
  const ink = rgb(0.1, 0.1, 0.15);
  const text = (value: string, x: number, at: number, font: PDFFont = regular, size = 10) =>
    page.drawText(printable(value), { x, y: at, size, font, color: ink });
  const right = (value: string, x: number, at: number, font: PDFFont = regular, size = 10) =>
    text(value, x - font.widthOfTextAtSize(printable(value), size), at, font, size);

  text(invoice.status === "void" ? "INVOICE (CANCELLED)" : "INVOICE", left, y, bold, 20);
  let sellerY = y + 8;
  for (const line of lines(seller.from, /;/)) {
    right(line, 539, sellerY, regular, 9);
    sellerY -= 12;
  }
  y -= 36;
  const facts: Array<[string, string]> = [
    ["Invoice number", label],
    ["Invoice date", formatDate(invoice.issuedAt)],
    ["PO number", invoice.poNumber || "None given"],
    ["Due date", formatDate(invoice.dueAt)],
  ];
  if (invoice.status === "paid") facts.push(["Status", "Paid"]);
  for (const [k, v] of facts) {
    text(`${k}:`, left, y, bold);
    text(v, left + 100, y);
    y -= 15;
  }
  y -= 12;
  text("Bill to", left, y, bold, 11);
  y -= 15;
  for (const line of lines(invoice.billedTo, /\r?\n/)) {
    text(line, left, y);
    y -= 13;
  }
  y -= 18;
  page.drawLine({ start: { x: left, y: y + 12 }, end: { x: 539, y: y + 12 }, thickness: 0.8, color: ink });
  text("Description", left, y, bold);
  right("Amount", 539, y, bold);
  y -= 18;
  const period = `${formatDate(invoice.periodStart)} to ${formatDate(invoice.periodEnd)}`;
  const description =
    invoice.kind === "seats"
      ? `${invoice.tierName} membership: ${invoice.seats} added seat${invoice.seats === 1 ? "" : "s"} x ${formatPounds(invoice.unitPricePence)} a year, prorated for ${period}`
      : `${invoice.tierName} membership: ${invoice.seats} seat${invoice.seats === 1 ? "" : "s"} x ${formatPounds(invoice.unitPricePence)}, ${period}`;
  text(description, left, y, regular, 9);
  right(formatPounds(invoice.totalPence - (invoice.vatTreatment === "standard" ? invoice.vatPence : 0)), 539, y);
  y -= 22;
  page.drawLine({ start: { x: 300, y: y + 12 }, end: { x: 539, y: y + 12 }, thickness: 0.5, color: ink });
  const totals: Array<[string, string]> = [["Subtotal", formatPounds(invoice.netPence)]];
  totals.push(invoice.vatTreatment === "standard" ? ["VAT at 20%", formatPounds(invoice.vatPence)] : ["VAT: exempt", formatPounds(0)]);
  totals.push(["Total due", formatPounds(invoice.totalPence)]);
  for (const [k, v] of totals) {
    const font = k === "Total due" ? bold : regular;
    text(k, 320, y, font);
    right(v, 539, y, font);
    y -= 16;
  }
  if (seller.vatNumber) {
    text(`VAT registration number: ${seller.vatNumber}`, 320, y, regular, 9);
    y -= 14;
  }
  y -= 24;
  text("How to pay", left, y, bold, 11);
  y -= 15;
  text(`By bank transfer by ${formatDate(invoice.dueAt)}, quoting ${label} as the reference:`, left, y);
  y -= 14;
  for (const line of lines(seller.bankDetails, /;/)) {
    text(line, left + 12, y);
    y -= 13;
  }
  y -= 6;
  text("Or by card: sign in and open Your organisation on the website.", left, y);
  return pdf.save();
}
