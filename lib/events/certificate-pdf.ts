import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { site } from "@/lib/site";
import { formatHours } from "./format";

/** WinAnsi (the standard fonts' encoding) draws only these; others are replaced or dropped. */
export function printable(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/…/g, "...")
    .replace(/[^\x20-\x7e£é]/g, "");
}

const longDate = (isoDate: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));

/** A certificate of attendance: name, event, date, CPD hours and the code that verifies it. */
export async function renderCertificatePdf(c: { code: string; name: string; eventTitle: string; eventDate: string; hours: number; verifyUrl: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate of attendance: ${printable(c.eventTitle)}`);
  pdf.setAuthor(site.name);
  pdf.setSubject(`Verification code ${c.code}`);
  const page = pdf.addPage([842, 595]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.08, 0.15, 0.3);
  const centre = (text: string, y: number, size: number, font = regular) =>
    page.drawText(printable(text), { x: (842 - font.widthOfTextAtSize(printable(text), size)) / 2, y, size, font, color: ink });
  page.drawRectangle({ x: 24, y: 24, width: 794, height: 547, borderColor: ink, borderWidth: 2 });
  centre(site.name, 500, 18, bold);
  centre("Certificate of attendance", 440, 32, bold);
  centre("This is to certify that", 390, 14);
  centre(c.name, 350, 26, bold);
  centre("attended", 315, 14);
  centre(c.eventTitle, 280, 20, bold);
  centre(`on ${longDate(c.eventDate)}`, 248, 14);
  centre(`Continuing professional development: ${formatHours(c.hours)}`, 200, 14);
  centre(`Verification code: ${c.code}`, 110, 12, bold);
  centre(`Check it at ${c.verifyUrl}`, 90, 10);
  return pdf.save();
}

/** The member's CPD record as a PDF: a table of activities by year with totals against the goal. */
export async function renderCpdRecordPdf(r: {
  name: string;
  goal: number | null;
  activities: Array<{ title: string; date: string; hours: number; reflection: string; source: string }>;
}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`CPD record: ${printable(r.name)}`);
  pdf.setAuthor(site.name);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595, 842]);
  let y = 790;
  const line = (text: string, size = 10, font = regular, x = 48) => {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 790;
    }
    page.drawText(printable(text).slice(0, 110), { x, y, size, font });
    y -= size + 6;
  };
  line(`${site.name}: CPD record`, 18, bold);
  line(r.name, 12);
  y -= 8;
  const years = [...new Set(r.activities.map((a) => a.date.slice(0, 4)))].sort().reverse();
  for (const year of years) {
    const items = r.activities.filter((a) => a.date.startsWith(year));
    const total = items.reduce((sum, a) => sum + a.hours, 0);
    line(`${year}: ${formatHours(total)}${r.goal ? ` of a goal of ${formatHours(r.goal)}` : ""}`, 13, bold);
    for (const a of items) {
      line(`${a.date}  ${formatHours(a.hours)}  ${a.title} (${a.source})`);
      if (a.reflection) line(`Reflection: ${a.reflection.replace(/\s+/g, " ")}`, 9, regular, 64);
    }
    y -= 6;
  }
  if (years.length === 0) line("No activities recorded yet.");
  return pdf.save();
}
