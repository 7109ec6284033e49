import { normaliseText } from "../domain/validators.js";

/**
 * What an attendance file is a report of, so a corrected download replaces the earlier one: the meeting or
 * livestream (会议号, 频道号, 直播间/房间号 in the details above the headers or as a column with one value) and its
 * date(s); without an identifier, the file's name as the platform gives it (a browser's " (1)" and "副本" dropped)
 * and the dates of its sessions. Two files with the same key are the same report; the later one replaces the first.
 */
export interface Source {
  key: string;
  /** The rule's outcome in words, for the reading. */
  label: string;
}

const ID_LABELS = /^(会议号|会议id|会议号码|频道号|频道id|直播间id|直播间号|直播id|房间号|房间id|活动id|直播频道号|场次id)$/i;
const DATE_LABELS = /^(会议开始时间|开始时间|实际开始时间|预定开始时间|会议时间|直播时间|直播开始时间|场次时间|直播日期|日期)$/;

const dateOf = (raw: string) => {
  const m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(raw);
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : undefined;
};

/** "参会明细 (1).xlsx", "参会明细-副本.xlsx" and "参会明细.xlsx" are one download. */
export function baseFileName(name: string): string {
  return normaliseText(name)
    .replace(/\.(csv|xlsx|xls|txt)$/i, "")
    .replace(/(\s*[(（]\d+[)）]|[\s_-]*副本)+$/, "")
    .trim();
}

const clean = (label: string) => normaliseText(label).replace(/[\s:：]/g, "").toLowerCase();

export function sourceOf(input: {
  fileName: string;
  details: Map<string, string>;
  /** Values of a column naming the meeting or channel, when the table has one. */
  idColumn?: Iterable<string>;
  /** Values of the session start column, when there is one. */
  starts?: Iterable<string>;
}): Source {
  const detail = (re: RegExp) => [...input.details].find(([k, v]) => re.test(clean(k)) && v.trim())?.[1];
  let id = detail(ID_LABELS)?.replace(/\s+/g, "");
  if (!id && input.idColumn) {
    const ids = new Set<string>();
    for (const v of input.idColumn) if (v.trim() && ids.add(v.replace(/\s+/g, "")).size > 1) break;
    if (ids.size === 1) id = [...ids][0];
  }
  let dates: string[] = [];
  const day = detail(DATE_LABELS);
  if (day && dateOf(day)) dates = [dateOf(day)!];
  else if (input.starts) {
    // one date per distinct day prefix, not one regex per session
    const days = new Set<string>();
    for (const s of input.starts) days.add(s.slice(0, 11));
    dates = [...new Set([...days].map(dateOf).filter((d): d is string => !!d))].sort();
  }
  const span = dates.length ? (dates.length === 1 ? dates[0]! : `${dates[0]}~${dates[dates.length - 1]}`) : "";
  if (id) return { key: `id:${id}|${span}`, label: `会议/直播间号 ${id}${span ? `，日期 ${span}` : ""}` };
  const base = baseFileName(input.fileName);
  return { key: `file:${base}|${span}`, label: `文件名“${base}”${span ? `，日期 ${span}` : ""}（文件中没有会议号或频道号）` };
}
