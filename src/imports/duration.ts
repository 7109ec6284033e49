import { normaliseText } from "../domain/validators.js";
import { err, ok, type Result } from "../domain/result.js";

const UNIT_SECONDS = { hour: 3600, minute: 60, second: 1, millisecond: 0.001 } as const;
export type Unit = keyof typeof UNIT_SECONDS;

const WORDS: [RegExp, Unit][] = [
  [/^(?:毫秒|ms|msec)/i, "millisecond"],
  [/^(?:小时|时|h|hr|hrs|hours?)/i, "hour"],
  [/^(?:分钟|分|min|mins|minutes?|m)/i, "minute"],
  [/^(?:秒钟|秒|s|sec|secs|seconds?)/i, "second"],
];

/** A session longer than this is a typo, not a livestream. */
const MAX_SECONDS = 100 * 3600;

/**
 * A viewing time as seconds: "1:35:20" (H:MM:SS), "95分钟", "1小时35分", "35分20秒", "1.5小时", or a plain
 * number in `plain` units, which the caller must know (the header, the values, the coordinator); without
 * them a plain number is refused, never taken for minutes. "1:35" is refused too: hours or minutes?
 */
export function parseDuration(raw: string, plain?: Unit): Result<number> {
  const t = normaliseText(raw).replace(/\s+/g, "");
  if (t === "") return err("观看时长为空");
  let seconds: number | undefined;
  const hms = /^(\d+):([0-5]?\d):([0-5]?\d)(?:\.\d+)?$/.exec(t);
  if (hms) seconds = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  else if (/^\d+:\d+$/.test(t)) return err(`观看时长“${t}”有歧义（小时:分钟还是分钟:秒？），请写成“时:分:秒”，如 1:35:00`);
  else if (isPlainNumber(t)) {
    if (!plain) return err(`观看时长“${t}”没有单位（秒还是分钟？），请在表头注明，如“观看时长（秒）”`);
    seconds = Math.round(Number(t) * UNIT_SECONDS[plain]);
  }
  else seconds = withUnits(t);
  if (seconds === undefined) return err(`无法识别观看时长“${t}”，可用格式：1:35:20、95分钟、1小时35分`);
  if (seconds > MAX_SECONDS) return err(`观看时长“${t}”超过${MAX_SECONDS / 3600}小时，请核对`);
  return ok(seconds);
}

/** A number with no unit at all: "5720", "95.5". */
export const isPlainNumber = (raw: string) => /^\d+(?:\.\d+)?$/.test(normaliseText(raw).replace(/\s+/g, ""));

export const UNIT_NAMES: Record<Unit, string> = { hour: "小时", minute: "分钟", second: "秒", millisecond: "毫秒" };

function withUnits(t: string): number | undefined {
  let rest = t;
  let total = 0;
  let parts = 0;
  while (rest) {
    const num = /^\d+(?:\.\d+)?/.exec(rest);
    if (!num) return undefined;
    rest = rest.slice(num[0].length);
    const word = WORDS.find(([re]) => re.test(rest));
    if (!word) return undefined;
    rest = rest.slice(word[0].exec(rest)![0].length);
    total += Number(num[0]) * UNIT_SECONDS[word[1]];
    parts++;
  }
  return parts ? Math.round(total) : undefined;
}
