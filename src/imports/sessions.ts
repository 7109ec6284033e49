import { mapColumns, type ColumnSpec } from "./columns.js";
import { parseDuration, type Unit } from "./duration.js";
import { decideUnit } from "./durationUnit.js";
import { isMaskedPhone, matchRow, type Registry } from "./match.js";
import { TableError, type Table } from "./read.js";
import { cellsOf } from "./cells.js";
import type { ColumnReading } from "./reading.js";
import { Sessions } from "./sessionRows.js";

export type { SessionRow } from "./sessionRows.js";

export interface Issue {
  line: number;
  reason: string;
}

export type PersonRole = "phone" | "name" | "nickname" | "org";

/** A real-name column is preferred to a nickname: platforms let viewers pick any nickname, the name was asked at sign-up. */
export const PERSON: ColumnSpec<PersonRole>[] = [
  { key: "phone", names: ["手机号", "手机号码", "手机", "电话", "电话号码", "联系电话", "联系方式", "绑定手机号", "mobile", "phone"] },
  { key: "name", names: ["真实姓名", "姓名", "学员姓名", "参会人姓名", "观众姓名", "name"] },
  { key: "nickname", names: ["观众昵称", "用户昵称", "入会昵称", "昵称", "微信昵称", "用户名", "nickname"] },
  { key: "org", names: ["单位", "单位名称", "工作单位", "公司", "公司名称", "企业名称", "organization"] },
];
export const ATTENDANCE: ColumnSpec<PersonRole | "duration" | "start" | "end" | "room">[] = [
  ...PERSON,
  { key: "duration", names: ["观看时长", "学习时长", "在线时长", "参会时长", "累计观看时长", "观看总时长", "累计参会时长", "时长", "duration", "watch_time", "view_time"] },
  { key: "start", names: ["进入时间", "入会时间", "开始时间", "观看开始时间", "开始观看时间", "首次进入时间", "首次入会时间", "进入直播间时间", "加入时间"] },
  { key: "end", names: ["离开时间", "退会时间", "退出时间", "结束时间", "观看结束时间", "最后退会时间", "离开直播间时间"] },
  { key: "room", names: ["频道号", "频道ID", "直播间ID", "直播间号", "房间号", "会议号"] },
];

/** What the roles are called in a reading. */
export const ROLE_NAMES: Record<string, string> = {
  phone: "手机号", name: "姓名", nickname: "昵称", org: "单位", duration: "观看时长", start: "进入时间", end: "离开时间",
  room: "会议/直播间号", score: "成绩",
};

export interface Parsed<R> {
  rows: R[];
  refused: Issue[];
  /** Rows kept under a mobile that nobody has registered with yet, or matched by name and organization. */
  notes: Issue[];
  /** Which column was read for what (role → 0-based index). */
  columns: Partial<Record<string, number>>;
  /** Each header as read: its role, or why it was not used. */
  reading: ColumnReading[];
  /** Facts about the file as a whole (unit of durations, masked phones…). */
  facts: string[];
}

export type Columns = Partial<Record<string, number>>;

/** Whether a header row is one an attendance file could have: a duration and a way to tell whose each row is. */
export function canTellWho(cols: Columns) {
  return cols.phone !== undefined || ((cols.name !== undefined || cols.nickname !== undefined) && cols.org !== undefined);
}

export function whoMissing(kind: string): TableError {
  return new TableError(`${kind}: no column for 手机号 (or 姓名/昵称 together with 单位) to tell whose each row is`);
}

export function personOf(cols: Columns) {
  const at = (cells: string[], i: number | undefined) => (i === undefined ? undefined : (cells[i] ?? ""));
  return (cells: string[]) => {
    const name = at(cells, cols.name)?.trim() || at(cells, cols.nickname);
    return { phone: at(cells, cols.phone), name, org: at(cells, cols.org) };
  };
}

/** The reading of each header; the nickname is named as set aside when a real-name column is there. */
export function readColumns(headers: readonly string[], cols: Columns): ColumnReading[] {
  const byIndex = new Map(Object.entries(cols).map(([k, i]) => [i, k]));
  return headers.map((header, index) => {
    const role = byIndex.get(index);
    if (role === "nickname" && cols.name !== undefined) return { index, header, usedAs: null, note: `有姓名列「${headers[cols.name]}」，不按昵称匹配` };
    return { index, header, usedAs: role ? ROLE_NAMES[role] ?? role : null };
  });
}

export class Resolver {
  private readonly noted = new Set<string>();
  masked = 0;
  missing = 0;
  byName = 0;
  unregistered = 0;
  constructor(private readonly reg: Registry) {}

  /** Whose row this is, noting what a coordinator should know; undefined when refused. */
  resolve(person: { phone?: string; name?: string; org?: string }, line: number, out: Pick<Parsed<unknown>, "refused" | "notes">): string | undefined {
    if (person.phone !== undefined && isMaskedPhone(person.phone)) this.masked++;
    else if (!person.phone?.trim()) this.missing++;
    const m = matchRow(this.reg, person);
    if (m.kind === "none") {
      out.refused.push({ line, reason: m.reason });
      return undefined;
    }
    // once per mobile: a livestream export repeats it on every session
    if (m.kind === "unregistered" && !this.noted.has(m.mobile)) {
      this.noted.add(m.mobile);
      this.unregistered++;
      out.notes.push({ line, reason: `手机号${m.mobile}尚未报名：已保留，报名后计入（本行起）` });
    }
    if (m.kind === "nameOrg") {
      this.byName++;
      out.notes.push({ line, reason: `按姓名和单位匹配到手机号${m.mobile}` });
    }
    return m.mobile;
  }

  facts(): string[] {
    const f: string[] = [];
    if (this.masked) f.push(`${this.masked}行的手机号已打码（如138****8000）：不猜测，只按姓名和单位匹配，找不到的不导入`);
    if (this.missing) f.push(`${this.missing}行没有手机号：只按姓名和单位匹配，找不到的不导入`);
    if (this.byName) f.push(`${this.byName}行按姓名和单位匹配到报名`);
    if (this.unregistered) f.push(`${this.unregistered}个手机号尚未报名：记录保留，报名后计入`);
    return f;
  }
}

/** An attendance file parsed: its sessions as columns. */
export type ParsedSessions = Omit<Parsed<never>, "rows"> & { rows: Sessions };

/** Livestream sessions, several per trainee per day; durations in any of the usual spellings, plain numbers in a unit told, never guessed. */
export function parseAttendance(table: Table, reg: Registry, given?: Unit): ParsedSessions {
  const cols = mapColumns(table.headers, ATTENDANCE);
  if (cols.duration === undefined) throw new TableError("attendance: no column for 观看时长 (expected a header such as 观看时长, 学习时长, 在线时长, 参会时长)");
  if (!canTellWho(cols)) throw whoMissing("attendance");
  const person = personOf(cols);
  const header = table.headers[cols.duration]!;
  const decision = decideUnit(header, cellsOf(table, cols.duration), given);
  const out: ParsedSessions = { rows: new Sessions(table.rows.length, cols.start !== undefined), refused: [], notes: [], columns: cols, reading: readColumns(table.headers, cols), facts: [] };
  const who = new Resolver(reg);
  const durations = new Map<string, ReturnType<typeof parseDuration>>();
  for (const { line, cells } of table.rows) {
    const raw = cells[cols.duration] ?? "";
    let d = durations.get(raw);
    if (!d) durations.set(raw, (d = parseDuration(raw, decision.unit)));
    if (!d.ok) {
      out.refused.push({ line, reason: d.error });
      continue;
    }
    const mobile = who.resolve(person(cells), line, out);
    if (!mobile) continue;
    out.rows.push(line, mobile, d.value, cols.start === undefined ? undefined : (cells[cols.start] ?? "").replace(/\s+/g, " "));
  }
  if (decision.note) out.facts.push(decision.note);
  out.facts.push(...who.facts());
  return out;
}
