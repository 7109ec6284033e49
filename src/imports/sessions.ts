import { createHash } from "node:crypto";
import { normaliseText } from "../domain/validators.js";
import { headerUnit, mapColumns, type ColumnSpec } from "./columns.js";
import { parseDuration } from "./duration.js";
import { matchRow, type Registry } from "./match.js";
import { TableError, type Table } from "./read.js";

export interface Issue {
  line: number;
  reason: string;
}

const PERSON: ColumnSpec<"phone" | "name" | "org">[] = [
  { key: "phone", names: ["手机号", "手机号码", "手机", "电话", "电话号码", "联系电话", "mobile", "phone"] },
  { key: "name", names: ["姓名", "观众昵称", "真实姓名", "昵称", "用户名", "学员姓名", "name"] },
  { key: "org", names: ["单位", "单位名称", "工作单位", "公司", "公司名称", "organization"] },
];
const ATTENDANCE: ColumnSpec<"phone" | "name" | "org" | "duration" | "start">[] = [
  ...PERSON,
  { key: "duration", names: ["观看时长", "学习时长", "在线时长", "累计观看时长", "观看总时长", "时长", "duration"] },
  { key: "start", names: ["进入时间", "开始时间", "观看开始时间", "开始观看时间", "首次进入时间", "进入直播间时间", "加入时间"] },
];
const QUIZ: ColumnSpec<"phone" | "name" | "org" | "score">[] = [
  ...PERSON,
  { key: "score", names: ["成绩", "得分", "分数", "总分", "考试成绩", "测试成绩", "score"] },
];

function need(found: Partial<Record<string, number>>, key: string, names: readonly string[], kind: string) {
  if (found[key] === undefined) throw new TableError(`${kind}: no column for ${names[0]} (expected a header such as ${names.slice(0, 4).join(", ")})`);
}

export interface Parsed<R> {
  rows: R[];
  refused: Issue[];
  /** Rows kept under a mobile that nobody has registered with yet, or matched by name and organization. */
  notes: Issue[];
  /** Which column was read for what (role → 0-based index). */
  columns: Partial<Record<string, number>>;
}

function who(cols: Partial<Record<"phone" | "name" | "org", number>>, kind: string) {
  if (cols.phone === undefined && (cols.name === undefined || cols.org === undefined)) {
    throw new TableError(`${kind}: no column for 手机号 (or both 姓名 and 单位) to tell whose each row is`);
  }
  return (cells: string[]) => ({ phone: at(cells, cols.phone), name: at(cells, cols.name), org: at(cells, cols.org) });
}
const at = (cells: string[], i: number | undefined) => (i === undefined ? undefined : cells[i]);

function resolve<R>(reg: Registry, person: { phone?: string; name?: string; org?: string }, line: number, out: Parsed<R>, noted: Set<string>): string | undefined {
  const m = matchRow(reg, person);
  if (m.kind === "none") {
    out.refused.push({ line, reason: m.reason });
    return undefined;
  }
  // once per mobile: a livestream export repeats it on every session
  if (m.kind === "unregistered" && !noted.has(m.mobile)) {
    noted.add(m.mobile);
    out.notes.push({ line, reason: `手机号${m.mobile}尚未报名：已保留，报名后计入（本行起）` });
  }
  if (m.kind === "nameOrg") out.notes.push({ line, reason: `按姓名和单位匹配到手机号${m.mobile}` });
  return m.mobile;
}

export interface SessionRow {
  line: number;
  mobile: string;
  seconds: number;
  /** Set only when the export has a start time, so the same session is never counted twice. */
  rowKey: string | null;
}

/** Livestream sessions, several per trainee per day; durations in any of the usual spellings. */
export function parseAttendance(table: Table, reg: Registry): Parsed<SessionRow> {
  const cols = mapColumns(table.headers, ATTENDANCE);
  need(cols, "duration", ATTENDANCE[3]!.names, "attendance");
  const person = who(cols, "attendance");
  const unit = headerUnit(table.headers[cols.duration!]!) ?? "minute";
  const out: Parsed<SessionRow> = { rows: [], refused: [], notes: [], columns: cols };
  const noted = new Set<string>();
  const seen = new Map<string, number>();
  const durations = new Map<string, ReturnType<typeof parseDuration>>();
  for (const { line, cells } of table.rows) {
    const raw = cells[cols.duration!] ?? "";
    const d = durations.get(raw) ?? parseDuration(raw, unit);
    durations.set(raw, d);
    if (!d.ok) {
      out.refused.push({ line, reason: d.error });
      continue;
    }
    const mobile = resolve(reg, person(cells), line, out, noted);
    if (!mobile) continue;
    let rowKey: string | null = null;
    if (cols.start !== undefined) {
      const base = `${mobile}|${normaliseText(cells[cols.start] ?? "")}|${d.value}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      rowKey = createHash("sha256").update(`${base}|${n}`).digest("hex").slice(0, 32);
    }
    out.rows.push({ line, mobile, seconds: d.value, rowKey });
  }
  return out;
}

export interface QuizRow {
  line: number;
  mobile: string;
  score: number;
  maxScore: number;
}

/** Quiz results out of `max` (100 unless told); every attempt is kept, the best one counts. */
export function parseQuiz(table: Table, reg: Registry, max: number): Parsed<QuizRow> {
  const cols = mapColumns(table.headers, QUIZ);
  need(cols, "score", QUIZ[3]!.names, "quiz");
  const person = who(cols, "quiz");
  const out: Parsed<QuizRow> = { rows: [], refused: [], notes: [], columns: cols };
  const noted = new Set<string>();
  for (const { line, cells } of table.rows) {
    const raw = normaliseText(cells[cols.score!] ?? "");
    const m = /^(\d+(?:\.\d+)?)\s*分?$/.exec(raw);
    const score = m ? Number(m[1]) : NaN;
    if (!m || score > max) {
      out.refused.push({ line, reason: raw === "" ? "成绩为空" : `成绩“${raw}”不是0到${max}之间的数` });
      continue;
    }
    const mobile = resolve(reg, person(cells), line, out, noted);
    if (mobile) out.rows.push({ line, mobile, score, maxScore: max });
  }
  return out;
}
