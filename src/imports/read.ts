import { parse } from "csv-parse/sync";
import { isUtf8 } from "node:buffer";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";

/** A spreadsheet as text: the header row and each data row with the line (CSV) or row (XLSX) number people see. */
export interface Table {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

export class TableError extends Error {}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** One sheet as rows of text, before anyone says which row is the header (a CSV file is one sheet without a name). */
export interface Sheet {
  name?: string;
  rows: Table["rows"];
}

/** XLSX by content (a zip), otherwise CSV; the header is the first row of the first sheet with data. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  const sheets = await readSheets(bytes);
  const sheet = sheets.find((s) => s.rows.length > 0);
  if (!sheet) throw new TableError(isZip(bytes) ? "the workbook has no sheet with data" : "the file has no header row");
  const table = asTable(sheet.rows, 0);
  if (!table.headers.some((h) => h.trim())) throw new TableError("the file has no header row");
  return table;
}

/** Every sheet of the file, in the workbook's order (a CSV file: one). */
export async function readSheets(bytes: Uint8Array): Promise<Sheet[]> {
  return isZip(bytes) ? readXlsx(bytes) : [{ rows: readCsvBytes(bytes) }];
}

/** The table whose headers are at `headerIndex` (0-based among the sheet's non-empty rows). */
export function asTable(rows: Table["rows"], headerIndex: number): Table {
  return { headers: rows[headerIndex]?.cells ?? [], rows: rows.slice(headerIndex + 1) };
}

/** The delimiter that splits the widest of the first lines (a block of meeting details may come before the header). */
function delimiterOf(text: string): string {
  const head = text.slice(0, 20_000).split("\n").slice(0, 30);
  const counts = [",", "\t", ";"].map((d) => [d, Math.max(...head.map((l) => l.split(d).length))] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** A CSV file: UTF-8 without a quote is read from its bytes; otherwise as text (GB18030 re-encoded first, then read the same way). */
function readCsvBytes(bytes: Uint8Array): Table["rows"] {
  let buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isUtf8(buf)) buf = Buffer.from(new TextDecoder("gb18030").decode(bytes));
  // 20,000 characters are at most 80,000 bytes of UTF-8
  const delimiter = delimiterOf(buf.toString("utf8", 0, Math.min(buf.length, 80_000)));
  return buf.includes(0x22) ? readCsv(buf, delimiter) : readPlainCsv(buf, delimiter);
}

/** Tab, LF, VT, FF, CR, space and the delimiter; a line of only these (or Unicode spaces) is blank. */
function isBlank(buf: Buffer, start: number, end: number, delimiter: number, blank: RegExp): boolean {
  let high = false;
  for (let i = start; i < end; i++) {
    const b = buf[i]!;
    if (b === delimiter || b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    if (b < 0x80) return false;
    high = true;
  }
  return !high || blank.test(buf.toString("utf8", start, end));
}

/**
 * Without a quote anywhere, a CSV record is one line split at the delimiter. The rows keep where their line is
 * in the file's bytes and decode and split it when read: a 300,000-row livestream export decoded whole would
 * weigh twice its bytes. Each reading of `cells` splits again; read it once per pass.
 */
function readPlainCsv(buf: Buffer, delimiter: string): Table["rows"] {
  const Row = class {
    constructor(readonly line: number, private readonly start: number, private readonly end: number) {}
    get cells(): string[] {
      const cells = buf.toString("utf8", this.start, this.end).split(delimiter);
      for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
      return cells;
    }
  };
  const rows: Table["rows"] = [];
  const blank = new RegExp(`^[\\s${delimiter === "\t" ? "\\t" : delimiter}]*$`);
  const d = delimiter.charCodeAt(0);
  const n = buf.length;
  // lines end at LF, CRLF or CR; without a CR anywhere, the native search finds them
  const cr = buf.includes(0x0d);
  let start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  for (let line = 1; start <= n; line++) {
    let end: number;
    let next: number;
    if (!cr) {
      end = buf.indexOf(0x0a, start);
      if (end < 0) end = n;
      next = end + 1;
    } else {
      end = start;
      while (end < n && buf[end] !== 0x0a && buf[end] !== 0x0d) end++;
      next = end + (buf[end] === 0x0d && buf[end + 1] === 0x0a ? 2 : 1);
    }
    if (!isBlank(buf, start, end, d, blank)) rows.push(new Row(line, start, end));
    start = next;
  }
  return rows;
}

/**
 * A CSV file with quotes, through csv-parse: given the bytes (a text would be copied to bytes again), each
 * record kept as a joined row as it is read (an array of cells and an info object each weighed 544 MB at
 * 300,000 rows).
 */
function readCsv(buf: Buffer, delimiter: string): Table["rows"] {
  let prevLines = 0;
  let prevEmpty = 0;
  const onRecord = (record: string[], info: { lines: number; empty_lines: number }) => {
    // `lines` is where a record ends; it starts after the previous one and any empty lines between
    const line = prevLines + 1 + (info.empty_lines - prevEmpty);
    prevLines = info.lines;
    prevEmpty = info.empty_lines;
    if (!record.some((c) => c !== "")) return undefined;
    return record.some((c) => c.includes(NUL)) ? { line, cells: record } : new JoinedRow(line, record.join(NUL));
  };
  try {
    // csv-parse's types say on_record returns a record; it may return anything, kept as the file's row
    const on_record = onRecord as unknown as (r: string[], info: { lines: number; empty_lines: number }) => string[] | undefined;
    return parse(buf, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, trim: true, on_record }) as unknown as Table["rows"];
  } catch (e) {
    throw new TableError(`not a readable CSV file: ${(e as Error).message}`, { cause: e });
  }
}

/** XML, and so an XLSX cell, cannot hold U+0000 (nor, but for a rare quoted CSV cell, can a CSV one): the cells of a row are kept as one text joined by it. */
const NUL = "\u0000";

/** A row as one string, split when read: a tenth of the objects of an array of cells. */
class JoinedRow {
  constructor(readonly line: number, private readonly text: string) {}
  get cells(): string[] {
    return this.text.split(NUL);
  }
}

/** A row's cells as text; exceljs leaves holes for empty cells: Array.from fills them, so a row never has gaps. */
const rowCells = (values: unknown): string[] => Array.from(((values as unknown[] | undefined) ?? []).slice(1), cellText);

/**
 * Sheets through exceljs's streaming reader: a 300,000-row export loaded whole would keep a styled cell object
 * per cell; streamed, only the text of each row is kept. Styles are cached so date and time cells stay dates.
 * That reader takes the archive in one pass and now and then misses an entry (exceljs#3064: the workbook part,
 * or a sheet): when it fails, or the sheets it gave are not those the workbook lists, the file is read again whole.
 */
async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  try {
    const streamed = await streamXlsx(bytes);
    if (streamed) return streamed;
  } catch {
    // read again whole below: a broken archive fails there too, with its own message
  }
  try {
    return await loadXlsx(bytes);
  } catch (e) {
    throw new TableError(`not a readable XLSX file: ${(e as Error).message}`, { cause: e });
  }
}

/** undefined: the pass ended without every sheet the workbook lists. */
export async function streamXlsx(bytes: Uint8Array): Promise<Sheet[] | undefined> {
  const sheets: Sheet[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore",
  });
  for await (const ws of reader) {
    const rows: Table["rows"] = [];
    for await (const row of ws) {
      const cells = rowCells(row.values);
      if (cells.some((c) => c !== "")) rows.push(new JoinedRow(row.number, cells.join(NUL)));
    }
    sheets.push({ name: (ws as unknown as { name: string }).name, rows });
  }
  const listed = (reader as unknown as { model?: { sheets?: unknown[] } }).model?.sheets;
  return listed && listed.length === sheets.length ? sheets : undefined;
}

/** The whole workbook at once, through the archive's directory: slower and heavier, but never misses a part. */
export async function loadXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: Table["rows"] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells = rowCells(row.values);
      if (cells.some((c) => c !== "")) rows.push(new JoinedRow(n, cells.join(NUL)));
    });
    return { name: ws.name, rows };
  });
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
