/** What a spreadsheet column holds: how a cell is typed in XLSX and written in CSV or a table. */
export const COLUMN_KINDS = ["text", "number", "date", "boolean"] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface Column<R> {
  header: string;
  /** The English key JSON keeps. */
  key: string;
  kind: ColumnKind;
  value: (row: R) => unknown;
  /** The stored value JSON keeps (an id, an ISO time), when `value` shows it otherwise. */
  raw?: (row: R) => unknown;
  /** Characters; computed from the contents when not given. */
  width?: number;
}

export interface Sheet<R> {
  /** The tab's name (cut to Excel's 31 characters, its forbidden characters replaced). */
  name: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** A 序号 column first (1, 2, 3…). */
  numbered?: boolean;
}

export const TIME_ZONE = "Asia/Shanghai";

const wallFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** `2022-05-20 09:04` in Beijing time, as the coordinators read their clocks. */
export function localTime(d: Date): string {
  const p = Object.fromEntries(wallFormat.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** `2022-05-20`, Beijing date: for file names. */
export const localDate = (d: Date) => localTime(d).slice(0, 10);

export function asDate(v: unknown): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === "string" && v) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

// a spreadsheet runs a cell starting with these as a formula (CSV injection); tab and CR start some too
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert: a leading quote, as OWASP advises, so `=HYPERLINK(…)` stays text. */
export const neutralise = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s);

const plain = (v: unknown): string => (Array.isArray(v) ? v.map(plain).join("；") : v === null || v === undefined ? "" : String(v));

/** A cell as text (CSV, a terminal table): Chinese 是/否, local time, numbers as they are, text neutralised. */
export function cellText(kind: ColumnKind, v: unknown): string {
  if (v === null || v === undefined || v === "") return "";
  switch (kind) {
    case "boolean":
      return typeof v === "boolean" ? (v ? "是" : "否") : neutralise(plain(v));
    case "date": {
      const d = asDate(v);
      return d ? localTime(d) : neutralise(plain(v));
    }
    case "number":
      return typeof v === "number" ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100)) : neutralise(plain(v));
    case "text":
      return neutralise(plain(v));
  }
}

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u201C\u201D]/.test(ch) ? 2 : 1;
  return w;
}

export const NUMBER_COLUMN = "序号";

/** The columns with 序号 first when the sheet is numbered. */
export function withNumber<R>(s: Pick<Sheet<R>, "columns" | "numbered" | "rows">): { columns: Column<R>[]; rows: readonly R[] } {
  if (!s.numbered) return { columns: [...s.columns], rows: s.rows };
  const index = new Map(s.rows.map((r, i) => [r, i + 1]));
  return { columns: [{ header: NUMBER_COLUMN, key: "no", kind: "number", value: (r) => index.get(r) }, ...s.columns], rows: s.rows };
}
