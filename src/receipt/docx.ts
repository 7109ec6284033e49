import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import type { ReceiptCell, ReceiptValue } from "./receiptData.js";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// A4 less 2.5 cm margins (9072 twentieths of a point): label, answer, label, answer
const COLUMNS = [1300, 3236, 1300, 3236];
const ROW_HEIGHT = 680;

const para = (text: string, o: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ alignment: o.align, children: [new TextRun({ text, bold: o.bold, size: o.size })] });

function cell(text: string, width: number, span = 1, label = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlign.CENTER,
    children: [para(text, { align: label ? AlignmentType.CENTER : AlignmentType.LEFT })],
  });
}

function row(cells: ReceiptCell[]): TableRow {
  const [a, b] = cells as [ReceiptCell, ReceiptCell | undefined];
  const children = b
    ? [cell(a.label, COLUMNS[0]!, 1, true), cell(a.value, COLUMNS[1]!), cell(b.label, COLUMNS[2]!, 1, true), cell(b.value, COLUMNS[3]!)]
    : [cell(a.label, COLUMNS[0]!, 1, true), cell(a.value, COLUMNS[1]! + COLUMNS[2]! + COLUMNS[3]!, 3)];
  return new TableRow({ height: { value: ROW_HEIGHT, rule: "atLeast" }, children });
}

export function classLine(v: ReceiptValue): string {
  const marks = v.classes.options.map((o) => `${o.chosen ? v.classes.chosenMark : v.classes.otherMark}${o.name}`);
  return `${v.classes.label}：${marks.join("　　")}`;
}

/** The receipt as a Word document laid out like 附件2. */
export async function receiptDocx(v: ReceiptValue): Promise<Uint8Array> {
  const doc = new Document({
    creator: "报名助手",
    title: v.title,
    styles: { default: { document: { run: { font: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" }, size: 24 } } } },
    sections: [{
      properties: { page: { margin: { top: 1440, bottom: 1440, left: 1417, right: 1417 } } },
      children: [
        para(v.attachment, { size: 28 }),
        para(v.title, { bold: true, size: 36, align: AlignmentType.CENTER }),
        para(""),
        para(`${v.organization.label}：${v.organization.value}`),
        para(classLine(v)),
        para(""),
        new Table({ width: { size: COLUMNS.reduce((a, b) => a + b), type: WidthType.DXA }, columnWidths: COLUMNS, rows: v.rows.map(row) }),
        para(""),
        para(v.note),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
