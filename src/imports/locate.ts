import { normaliseText } from "../domain/validators.js";
import { asTable, TableError, type Sheet, type Table } from "./read.js";

/** How far down a sheet its header row may sit: 腾讯会议 puts eight rows of meeting details above it. */
const HEADER_WITHIN = 30;

/** A candidate header row, scored by the caller: undefined when it lacks what the import needs. */
export type Fit = (headers: string[]) => { score: number } | undefined;

export interface Located {
  table: Table;
  /** The sheet's name (XLSX). */
  sheet?: string;
  /** 1-based row of the headers as the coordinator sees it. */
  headerRow: number;
  /** The label/value block above the headers ("会议号" → "123 456 789"). */
  details: Map<string, string>;
  /** Why this sheet was read when the file has several. */
  sheetNote?: string;
}

/** "会议号：123" in one cell, or "会议号" | "123" in two. */
function detailsOf(rows: Table["rows"]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { cells } of rows) {
    const filled = cells.map((c) => normaliseText(c)).filter(Boolean);
    const one = filled.length === 1 ? /^([^:：]{1,20})[:：]\s*(.+)$/.exec(filled[0]!) : null;
    if (one) out.set(one[1]!.trim(), one[2]!.trim());
    else if (filled.length >= 2) out.set(filled[0]!.replace(/[:：]$/, ""), filled[1]!);
  }
  return out;
}

/**
 * The table an import reads: on each sheet, the first row (within the first rows) that `fit` accepts is the
 * header, the rows above it are details; of several sheets that fit, the best score wins, then the first.
 */
export function locateTable(sheets: Sheet[], fit: Fit, kind: string): Located {
  const found: (Located & { score: number })[] = [];
  for (const s of sheets) {
    const limit = Math.min(HEADER_WITHIN, s.rows.length);
    for (let i = 0; i < limit; i++) {
      const f = fit(s.rows[i]!.cells);
      if (!f) continue;
      found.push({ table: asTable(s.rows, i), sheet: s.name, headerRow: s.rows[i]!.line, details: detailsOf(s.rows.slice(0, i)), score: f.score });
      break;
    }
  }
  if (!found.length) return failure(sheets, kind);
  const best = found.reduce((a, b) => (b.score > a.score ? b : a));
  const named = sheets.filter((s) => s.rows.length).length > 1;
  if (named) {
    const others = sheets.filter((s) => s.name !== best.sheet && s.rows.length).map((s) => `「${s.name}」`).join("、");
    best.sheetNote = `读取工作表「${best.sheet}」；未读：${others}`;
  }
  return best;
}

function failure(sheets: Sheet[], kind: string): never {
  if (!sheets.some((s) => s.rows.length)) throw new TableError(`${kind}: the file has no rows`);
  throw new TableError(`${kind}: no header row found`);
}
