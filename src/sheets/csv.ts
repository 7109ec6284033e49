import { stringify } from "csv-stringify/sync";
import { cellText, withNumber, type Sheet } from "./columns.js";

/** One CSV for Excel: a BOM (so it reads UTF-8 Chinese), the same headers and cells as the XLSX, formulas made inert. */
export function writeCsv<R>(sheet: Pick<Sheet<R>, "columns" | "rows" | "numbered">): Uint8Array {
  const { columns, rows } = withNumber(sheet);
  const body = stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => cellText(c.kind, c.value(r))))]);
  return Buffer.from(`\uFEFF${body}`);
}

/** JSON keeps the English keys and the raw values (ISO times, true/false). */
export function writeJson<R>(sheet: Pick<Sheet<R>, "columns" | "rows">): Uint8Array {
  const objs = sheet.rows.map((r) => Object.fromEntries(sheet.columns.map((c) => [c.key, (c.raw ?? c.value)(r) ?? null])));
  return Buffer.from(`${JSON.stringify(objs, null, 2)}\n`);
}

/** A table for a terminal: the spreadsheet's headers and cells, columns padded by display width. */
export function writeTable<R>(sheet: Pick<Sheet<R>, "columns" | "rows" | "numbered">, width: (s: string) => number): string {
  const { columns, rows } = withNumber(sheet);
  const cells = [columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => cellText(c.kind, c.value(r)) || "-"))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => width(row[i]!))));
  const line = (row: string[]) => row.map((c, i) => c + " ".repeat(widths[i]! - width(c))).join("  ").trimEnd();
  return `${cells.map(line).join("\n")}\n`;
}
