import type { Programme } from "../programme/schema.js";
import type { SelectionRow } from "./rule.js";
import { displayWidth, writeJson, writeTable, writeXlsx } from "../sheets/index.js";
import { publicListSheet, selectionColumns, selectionSheets } from "../sheets/selection.js";

/** JSON keeps the English keys and raw values, for scripts. */
export function selectionJson(p: Programme, rows: readonly SelectionRow[]): string {
  return Buffer.from(writeJson({ columns: selectionColumns(p), rows })).toString();
}

export function selectionTable(p: Programme, rows: readonly SelectionRow[]): string {
  return writeTable({ columns: selectionColumns(p), rows, numbered: true }, displayWidth);
}

export function selectionXlsx(p: Programme, rows: readonly SelectionRow[], classIds?: readonly string[]): Promise<Uint8Array> {
  return writeXlsx(selectionSheets(p, rows, classIds));
}

/** The attachment for the groups: the same names as the messages, no phone, no score. */
export function publicListXlsx(p: Programme, classId: string, rows: readonly SelectionRow[]): Promise<Uint8Array> {
  return writeXlsx([publicListSheet(p, classId, rows)]);
}
