import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/** A spreadsheet as text: the header row and each data row with the line (CSV) or row (XLSX) number people see. */
export interface Table {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

export class TableError extends Error {}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** XLSX by content (a zip), otherwise CSV. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  const table = isZip(bytes) ? await readXlsx(bytes) : readCsv(decode(bytes));
  if (!table.headers.some((h) => h.trim())) throw new TableError("the file has no header row");
  return table;
}

/** UTF-8 (with or without BOM); what is not valid UTF-8 is read as GB18030, the superset of GBK that Excel in China writes. */
export function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function delimiterOf(text: string): string {
  const nl = text.indexOf("\n");
  const first = nl < 0 ? text : text.slice(0, nl);
  const counts = [",", "\t", ";"].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function readCsv(text: string): Table {
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, bom: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    throw new TableError(`not a readable CSV file: ${(e as Error).message}`, { cause: e });
  }
  const rows: Table["rows"] = [];
  let prevLines = 0;
  let prevEmpty = 0;
  for (const { record, info } of records) {
    // `lines` is where a record ends; it starts after the previous one and any empty lines between
    const line = prevLines + 1 + (info.empty_lines - prevEmpty);
    prevLines = info.lines;
    prevEmpty = info.empty_lines;
    rows.push({ line, cells: record });
  }
  const [head, ...data] = rows;
  return { headers: head?.cells ?? [], rows: data.filter((r) => r.cells.some((c) => c.trim() !== "")) };
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new TableError(`not a readable XLSX file: ${(e as Error).message}`, { cause: e });
  }
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) throw new TableError("the workbook has no sheet with data");
  const rows: Table["rows"] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push({ line, cells: values.map(cellText) });
  });
  const [head, ...data] = rows;
  return { headers: head?.cells ?? [], rows: data.filter((r) => r.cells.some((c) => c.trim() !== "")) };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, "0");

/** Excel keeps times as fractions of a day; exceljs hands them over as UTC dates near 1899-12-30. */
function dateText(d: Date): string {
  if (d.getTime() < Date.UTC(1900, 2, 1)) {
    const s = Math.round((d.getTime() - EXCEL_EPOCH) / 1000);
    return `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  }
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return dateText(v);
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (o.richText) return o.richText.map((t) => t.text).join("").trim();
    if ("result" in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
  }
  return "";
}
