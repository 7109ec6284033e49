import PDFDocument from "pdfkit";
import type { Font } from "fontkit";
import type { ReceiptCell, ReceiptValue } from "./receiptData.js";
import { classLine } from "./docx.js";

export const PDF_MIME = "application/pdf";

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 70;
const WIDTH = A4.width - 2 * MARGIN;
// label, answer, label, answer: the proportions of the DOCX's columns
const COLUMNS = [1300, 3236, 1300, 3236].map((w, _i, all) => (w / all.reduce((a, b) => a + b)) * WIDTH);
const ROW_MIN = 34;
const PAD = 6;
const SIZE = 12;
const MIN_SIZE = 6;
const BOTTOM = A4.height - MARGIN;
// room kept below the table for the note
const NOTE_ROOM = 90;

/** The receipt as a PDF with the Chinese font embedded (subset), so it prints the same everywhere. */
export function receiptPdf(v: ReceiptValue, font: Font): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4", margin: MARGIN,
    info: { Title: v.title, Creator: "报名助手", Producer: "报名助手", CreationDate: v.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  // pdfkit takes a parsed fontkit font as it takes bytes; it embeds a subset of the glyphs used
  doc.registerFont("cjk", font as unknown as Buffer);
  doc.font("cjk");

  doc.fontSize(14).text(v.attachment, MARGIN, MARGIN);
  doc.moveDown(0.8).fontSize(18).text(v.title, MARGIN, doc.y, { width: WIDTH, align: "center" });
  doc.moveDown(1.2).fontSize(SIZE).text(`${v.organization.label}：${v.organization.value}`, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.6).text(classLine(v), { width: WIDTH });
  let y = doc.y + 16;
  v.rows.forEach((r, i) => {
    // a long answer (remarks, address) is set smaller so the table and the note stay on one page
    const budget = BOTTOM - NOTE_ROOM - y - (v.rows.length - i - 1) * ROW_MIN;
    y = tableRow(doc, r, y, budget);
  });
  doc.fontSize(SIZE).text(v.note, MARGIN, y + 16, { width: WIDTH, lineGap: 4 });
  doc.end();
  return done;
}

/** One row of the table, drawn at `y` within `budget` points of height if it can be; answers the y of the next. */
function tableRow(doc: PDFKit.PDFDocument, cells: ReceiptCell[], y: number, budget: number): number {
  const spans = cells.length === 2 ? [[0], [1], [2], [3]] : [[0], [1, 2, 3]];
  const texts = cells.flatMap((c) => [{ t: c.label, center: true }, { t: c.value, center: false }]);
  const widths = spans.map((s) => s.reduce((a, i) => a + COLUMNS[i]!, 0));
  // labels keep their size; only a long answer is set smaller
  const sizeOf = (i: number) => (texts[i]!.center ? SIZE : size);
  const heightOf = (i: number) => doc.fontSize(sizeOf(i)).heightOfString(texts[i]!.t || " ", { width: widths[i]! - 2 * PAD });
  const measure = () => Math.max(ROW_MIN, ...texts.map((_t, i) => heightOf(i) + 2 * PAD));
  let size = SIZE;
  let height = measure();
  while (height > budget && size > MIN_SIZE) {
    size -= 0.5;
    height = measure();
  }
  let x = MARGIN;
  texts.forEach((t, i) => {
    const w = widths[i]!;
    doc.rect(x, y, w, height).lineWidth(0.8).stroke();
    const h = heightOf(i);
    doc.text(t.t, x + PAD, y + (height - h) / 2, { width: w - 2 * PAD, align: t.center ? "center" : "left" });
    x += w;
  });
  return y + height;
}
