import ExcelJS from "exceljs";
import { asDate, cellText, displayWidth, localTime, withNumber, type Column, type Sheet } from "./columns.js";

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const DATE_FORMAT = "yyyy-mm-dd hh:mm";

/** Excel has no time zone: a time is stored as the Beijing wall time it shows. */
const wallDate = (d: Date) => new Date(`${localTime(d).replace(" ", "T")}:00Z`);

function cellValue<R>(c: Column<R>, row: R): ExcelJS.CellValue {
  const v = c.value(row);
  if (v === null || v === undefined || v === "") return null;
  if (c.kind === "number" && typeof v === "number") return v;
  if (c.kind === "date") {
    const d = asDate(v);
    if (d) return wallDate(d);
  }
  // text stays a string cell (never a formula): phones and codes keep their digits and leading zeros
  return cellText(c.kind, v);
}

/** Excel forbids []:*?/\ in a tab name and cuts it at 31 characters; names must differ. */
function tabName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";
  let n = base;
  for (let i = 2; taken.has(n); i++) n = `${base.slice(0, 28)}(${i})`;
  taken.add(n);
  return n;
}

/** A workbook as Excel users keep one: a frozen header row, widths fitted to the contents, typed cells. */
export async function writeXlsx(sheets: readonly Sheet<any>[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const s of sheets) {
    const { columns, rows } = withNumber(s);
    const ws = wb.addWorksheet(tabName(s.name, taken), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ header: c.header, key: c.key }));
    ws.getRow(1).font = { bold: true };
    for (const r of rows) ws.addRow(columns.map((c) => cellValue(c, r)));
    columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      if (c.kind === "date") col.numFmt = DATE_FORMAT;
      if (c.kind === "text") col.numFmt = "@";
      const longest = Math.max(displayWidth(c.header), ...rows.slice(0, 2000).map((r) => displayWidth(cellText(c.kind, c.value(r)))));
      col.width = c.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file name Windows accepts: no \/:*?"<>| . */
export const fileName = (...parts: string[]) => `${parts.filter(Boolean).join("_").replace(/[\\/:*?"<>|]/g, "_")}`;
