import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

/** Strips markdown syntax well enough to print a body as plain paragraphs. */
function plainLines(markdown: string): string[] {
  return markdown
    .replace(/\*\*|__|`/g, "")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .split("\n")
    .map((line) => line.replace(/^#{1,6}\s+/, "").replace(/^\s*[-*]\s+/, "• ").trimEnd());
}

/** WinAnsi (the standard fonts' encoding) cannot draw every character; replace the few we use. */
function printable(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/…/g, "...")
    .replace(/[^\x20-\x7e•£é]/g, "");
}

/** A small, real PDF of a resource: its title, the organisation's name, and the body text. */
export async function renderResourcePdf(title: string, body: string, { largePrint = false } = {}): Promise<Uint8Array> {
  const scale = largePrint ? 1.65 : 1;
  const pdf = await PDFDocument.create();
  pdf.setTitle(printable(title));
  pdf.setCreator("SEND Network member resources");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 56;
  const width = 595 - margin * 2;
  let page = pdf.addPage([595, 842]);
  let y = 842 - margin;

  const write = (text: string, font = regular, size = 11) => {
    const words = printable(text).split(/\s+/).filter(Boolean);
    let line = "";
    const flush = () => {
      if (y < margin) {
        page = pdf.addPage([595, 842]);
        y = 842 - margin;
      }
      page.drawText(line, { x: margin, y, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size * 1.5;
      line = "";
    };
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        flush();
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) flush();
  };

  write(largePrint ? "SEND Network - member resource (large print)" : "SEND Network - member resource", bold, 9 * scale);
  y -= 8;
  write(title, bold, 18 * scale);
  y -= 6;
  for (const line of plainLines(body)) {
    if (line.trim() === "") y -= 6 * scale;
    else write(line, regular, 11 * scale);
  }
  return pdf.save();
}
