import type { Issue } from "./sessions.js";

/** What one column of an imported file was taken for (`usedAs` null: not used, with the reason in `note`). */
export interface ColumnReading {
  /** 0-based position in the header row. */
  index: number;
  header: string;
  /** A question key, or an attendance/quiz role such as "mobile", "seconds", "score"; null when not used. */
  usedAs: string | null;
  note?: string;
}

/**
 * How a file is understood before anything is written: printed by every import, the whole of `--dry-run`,
 * and what a coordinator sees in chat before "确认导入". Every import kind produces one.
 */
export interface ImportReading {
  kind: string;
  fileName: string;
  /** The sheet read (XLSX), and the 1-based row of the headers (below a block of meeting details, say). */
  sheet?: string;
  headerRow?: number;
  columns: ColumnReading[];
  rows: number;
  /** Rows that will be written. */
  accepted: number;
  /** Rows that will be left out, by line, with the reason. */
  refused: Issue[];
  /** Facts about the reading as a whole: a unit told from the header, a download by option number, … */
  notes: string[];
}

const SHOWN = 30;

/** The reading as the CLI prints it and the chat sends it. */
export function formatReading(r: ImportReading): string {
  const where = [r.sheet ? `工作表「${r.sheet}」` : "", r.headerRow ? `表头在第${r.headerRow}行` : ""].filter(Boolean).join("，");
  const lines = [`${r.fileName}${where ? `（${where}）` : ""}：共${r.rows}行，将导入${r.accepted}行，拒绝${r.refused.length}行。`];
  const used = r.columns.filter((c) => c.usedAs);
  const unused = r.columns.filter((c) => !c.usedAs);
  if (used.length) lines.push("列的读法：", ...used.map((c) => `  ${c.header} → ${c.usedAs}${c.note ? `（${c.note}）` : ""}`));
  if (unused.length) lines.push(`未使用的列：${unused.map((c) => (c.note ? `${c.header}（${c.note}）` : c.header)).join("、")}`);
  if (r.notes.length) lines.push(...r.notes.map((n) => `说明：${n}`));
  if (r.refused.length) {
    lines.push("拒绝的行：", ...r.refused.slice(0, SHOWN).map((i) => `  第${i.line}行：${i.reason}`));
    if (r.refused.length > SHOWN) lines.push(`  ……另有${r.refused.length - SHOWN}行`);
  }
  return `${lines.join("\n")}\n`;
}
