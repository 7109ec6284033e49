import type { Tx } from "../store/db.js";
import { importsOfSource, insertSessions, lockAttendanceImports, removeAttendanceImports, storedRowKeys } from "../store/attendance.js";
import { quizResults } from "../store/schema.js";
import type { Unit } from "./duration.js";
import { locateTable, type Located } from "./locate.js";
import { loadRegistry } from "./match.js";
import { parseQuiz, QUIZ } from "./quiz.js";
import { readSheets, TableError } from "./read.js";
import { cellsOf } from "./cells.js";
import type { ImportReading } from "./reading.js";
import { ATTENDANCE, canTellWho, parseAttendance, type Issue, type ParsedSessions } from "./sessions.js";
import { mapColumns } from "./columns.js";
import { sourceOf, type Source } from "./source.js";

/** An attendance or quiz file located: the sheet and header row read, and (attendance) which report it is. */
export interface SessionFile extends Located {
  source?: Source;
}

const SUMMARY = /入会次数|观看次数|进入次数|累计|总时长/;

/** A per-session sheet (entry and exit times, no counts or totals) outranks a summary of the same meeting. */
function attendanceFit(headers: string[]) {
  const cols = mapColumns(headers, ATTENDANCE);
  if (cols.duration === undefined || !canTellWho(cols)) return undefined;
  const summary = headers.some((h) => SUMMARY.test(h));
  return { score: 1 + (cols.start !== undefined ? 1 : 0) + (cols.end !== undefined ? 1 : 0) - (summary ? 2 : 0) };
}

function quizFit(headers: string[]) {
  const cols = mapColumns(headers, QUIZ);
  return cols.score !== undefined && canTellWho(cols) ? { score: 1 } : undefined;
}

/** Reads the file and finds its table; a file that is not one of this kind is a TableError naming what is missing. */
export async function readSessionFile(bytes: Uint8Array, kind: "attendance" | "quiz", fileName: string): Promise<SessionFile> {
  const sheets = await readSheets(bytes);
  let located: Located;
  try {
    located = locateTable(sheets, kind === "attendance" ? attendanceFit : quizFit, kind);
  } catch (e) {
    // say what the first row lacks, the way the coordinator reads the file
    const first = sheets.find((s) => s.rows.length)?.rows[0];
    if (e instanceof TableError && first) {
      if (kind === "attendance") parseAttendance({ headers: first.cells, rows: [] }, emptyRegistry());
      else parseQuiz({ headers: first.cells, rows: [] }, emptyRegistry(), 100);
    }
    throw e;
  }
  if (kind === "quiz") return located;
  const cols = mapColumns(located.table.headers, ATTENDANCE);
  const column = (i: number | undefined) => (i === undefined ? undefined : cellsOf(located.table, i));
  return { ...located, source: sourceOf({ fileName, details: located.details, idColumn: column(cols.room), starts: column(cols.start) }) };
}

const emptyRegistry = () => ({ mobiles: new Set<string>(), people: new Map<string, string[]>() });

export interface SessionsOutcome {
  imported: number;
  refused: Issue[];
  notes: Issue[];
  /** Earlier imports of the same report this file replaced, and the sessions they had. */
  replaced: { fileName: string; sessions: number }[];
}

export interface SessionsOptions {
  kind: "attendance" | "quiz";
  importId: number;
  maxScore?: number;
  unit?: Unit;
  reading: ImportReading;
  /** The reading is complete: called before anything is written. */
  onReading?: (r: ImportReading) => void;
  tick: (n: number) => void;
}

/** Parses the rows against the registrations, fills the reading, replaces the earlier import of the same report, and writes. */
export async function importSessionFile(tx: Tx, file: SessionFile, o: SessionsOptions): Promise<SessionsOutcome> {
  if (o.kind === "attendance") await lockAttendanceImports(tx);
  const reg = await loadRegistry(tx);
  const table = file.table;
  const parsed = o.kind === "attendance" ? parseAttendance(table, reg, o.unit) : parseQuiz(table, reg, o.maxScore ?? 100);
  const out: SessionsOutcome = { imported: 0, refused: parsed.refused, notes: parsed.notes, replaced: [] };
  const r = o.reading;
  Object.assign(r, { sheet: file.sheet, headerRow: file.headerRow, columns: parsed.reading, accepted: parsed.rows.length, refused: parsed.refused });
  if (file.sheetNote) r.notes.push(file.sheetNote);
  if (o.kind === "attendance") {
    r.notes.push(table.headers.some((h) => SUMMARY.test(h))
      ? "这是每人一行的汇总（累计时长、入会次数），没有逐次进出的明细：按汇总的时长计入"
      : "每行是一次进出的记录：同一人的多次记录相加");
  }
  if (file.headerRow > 1) r.notes.push(`表头在第${file.headerRow}行，上方${file.details.size}项为会议信息`);
  r.notes.push(...parsed.facts);
  if (file.source) {
    const earlier = await importsOfSource(tx, o.kind, file.source.key, o.importId);
    r.notes.push(`本文件是：${file.source.label}。同一会议/直播间同一日期（无号时同一文件名同一日期）的文件再次导入时，替换之前导入的记录`);
    for (const e of earlier) r.notes.push(`将替换之前导入的“${e.fileName}”（${e.rows}条记录）`);
    await removeAttendanceImports(tx, earlier.map((e) => e.id));
    out.replaced = earlier.map((e) => ({ fileName: e.fileName, sessions: e.rows }));
  }
  o.onReading?.(r);
  o.tick(table.rows.length - parsed.rows.length);
  if (o.kind === "attendance") {
    const all = (parsed as ParsedSessions).rows;
    // after the replaced import is gone: a session of another file (same row key) is not counted twice
    const mobiles = new Set<string>();
    if (all.keyed) for (let i = 0; i < all.length; i++) mobiles.add(all.mobile(i));
    const stored = await storedRowKeys(tx, [...mobiles]);
    const again = (i: number) => stored.has(all.rowKey(i)!);
    const rows = stored.size ? all.filter((i) => !again(i)) : all;
    if (rows.length < all.length) {
      for (let i = 0; i < all.length; i++) if (again(i)) out.notes.push({ line: all.line(i), reason: "这一场观看记录已由另一个文件导入，未重复计入" });
      o.tick(all.length - rows.length);
    }
    await insertSessions(tx, o.importId, rows, o.tick);
    out.imported = rows.length;
    return out;
  }
  const rows = (parsed as ReturnType<typeof parseQuiz>).rows;
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    await tx.insert(quizResults).values(batch.map((q) => ({ importId: o.importId, ...q })));
    o.tick(batch.length);
  }
  out.imported = rows.length;
  return out;
}
