import { normaliseText } from "../domain/validators.js";

/**
 * A header as a comparable name: questionnaire exports put the question number first ("12、手机",
 * "Q5. 姓名", "第5题 姓名") and notes after it ("手机（必填）：").
 */
export function cleanHeader(h: string): string {
  return normaliseText(h)
    .replace(/^(?:第\s*\d+\s*题|[Qq]?\d+)\s*[、.．:：)）\s]\s*/, "")
    .replace(/[\s*＊:：?？]+$/, "")
    .replace(/[（(][^）)]*[）)]$/, "")
    .replace(/[\s*＊:：?？]+$/, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header names, the usual one first; matched exactly, then as a part of a longer header. */
  names: readonly string[];
}

/**
 * Which column holds what: exact names first, then containment with the longest names first,
 * so "姓名" never claims "是否同意公布姓名和单位" when that column has its own spec.
 */
export function mapColumns<K extends string>(headers: readonly string[], specs: readonly ColumnSpec<K>[]): Partial<Record<K, number>> {
  const clean = headers.map(cleanHeader);
  const taken = new Set<number>();
  const out: Partial<Record<K, number>> = {};
  for (const s of specs) {
    const names = s.names.map(cleanHeader);
    const i = clean.findIndex((h, j) => !taken.has(j) && names.includes(h));
    if (i >= 0) {
      out[s.key] = i;
      taken.add(i);
    }
  }
  const loose = specs
    .filter((s) => out[s.key] === undefined)
    .flatMap((s) => s.names.map((n) => ({ key: s.key, name: cleanHeader(n) })))
    .filter((x) => x.name.length >= 2)
    .sort((a, b) => b.name.length - a.name.length);
  for (const { key, name } of loose) {
    if (out[key] !== undefined) continue;
    const i = clean.findIndex((h, j) => !taken.has(j) && h.includes(name));
    if (i >= 0) {
      out[key] = i;
      taken.add(i);
    }
  }
  return out;
}

/** Fields of the platforms' APIs, dumped to a sheet as they are named, whose unit their documentation gives. */
const API_FIELDS: Record<string, "second" | "millisecond"> = {
  // 企业微信 直播 get_watch_stat
  watch_time: "second",
  // 腾讯会议 录制 view-details: 实际观看时长（单位毫秒）
  view_time: "millisecond",
};

/** The unit a header gives for plain numbers: "观看时长（秒）", "时长(单位：分钟)", "观看时长/秒", "观看秒数", "duration_sec", "watch_time". */
export function headerUnit(h: string): "millisecond" | "second" | "minute" | "hour" | undefined {
  const t = normaliseText(h).toLowerCase();
  const api = API_FIELDS[t.trim()];
  if (api) return api;
  const said = /[（(]\s*(?:单位\s*[:：]?\s*)?([^）)]+?)\s*[）)]|[/／]\s*(\S+)$|单位\s*[:：]?\s*(\S+)$/.exec(t);
  const word = (said?.[1] ?? said?.[2] ?? said?.[3])?.trim();
  if (word) {
    if (/^(毫秒|ms|msec|milliseconds?)$/.test(word)) return "millisecond";
    if (/^(秒|秒钟|s|sec|secs|seconds?)$/.test(word)) return "second";
    if (/^(小时|时|h|hr|hrs|hours?)$/.test(word)) return "hour";
    if (/^(分钟|分|min|mins|minutes?)$/.test(word)) return "minute";
  }
  if (/毫秒数$|[_\s-](ms|millis|milliseconds)$/.test(t)) return "millisecond";
  if (/秒数$|[_\s-](sec|secs|seconds)$|seconds$/.test(t)) return "second";
  if (/分钟数$|[_\s-](min|mins|minutes)$/.test(t)) return "minute";
  if (/小时数$|[_\s-](hours?)$/.test(t)) return "hour";
  return undefined;
}
