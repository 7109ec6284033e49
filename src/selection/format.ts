import ExcelJS from "exceljs";
import type { SelectionRow } from "./rule.js";
import { maskName } from "./mask.js";

export const SELECT_COLUMNS = [
  "classId", "name", "organization", "mobile", "questionnaire", "hours", "attendance", "quiz", "total", "eligible", "rank", "selected",
] as const;
type Column = (typeof SELECT_COLUMNS)[number];

const pick = (r: SelectionRow) => Object.fromEntries(SELECT_COLUMNS.map((c) => [c, r[c]])) as Pick<SelectionRow, Column>;

export function selectionJson(rows: readonly SelectionRow[]): string {
  return `${JSON.stringify(rows.map(pick), null, 2)}\n`;
}

/** Display width: CJK and full-width characters take two terminal columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u201C\u201D]/.test(ch) ? 2 : 1;
  return w;
}

const show = (v: unknown): string => (v === null ? "-" : typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : typeof v === "boolean" ? (v ? "yes" : "no") : String(v));

export function selectionTable(rows: readonly SelectionRow[]): string {
  const cells = [SELECT_COLUMNS.map(String), ...rows.map((r) => SELECT_COLUMNS.map((c) => show(r[c])))];
  const widths = SELECT_COLUMNS.map((_, i) => Math.max(...cells.map((row) => width(row[i]!))));
  const line = (row: string[]) => row.map((c, i) => c + " ".repeat(widths[i]! - width(c))).join("  ").trimEnd();
  return `${cells.map(line).join("\n")}\n`;
}

export async function selectionXlsx(rows: readonly SelectionRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("遴选结果");
  ws.addRow([...SELECT_COLUMNS]);
  for (const r of rows) ws.addRow(SELECT_COLUMNS.map((c) => r[c] ?? ""));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The attachment for the groups: the same names as the messages, no phone, no score. */
export async function publicListXlsx(title: string, rows: readonly SelectionRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("遴选名单");
  ws.addRow([title]);
  ws.addRow(["序号", "姓名", "单位"]);
  rows.filter((r) => r.selected).forEach((r, i) => ws.addRow([i + 1, r.consentPublish ? r.name : maskName(r.name), r.consentPublish ? r.organization : ""]));
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 40;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
