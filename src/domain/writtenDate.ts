import type { Programme } from "../programme/schema.js";
import { err, ok, type Result } from "./result.js";

export interface WrittenDate {
  /** YYYY-MM-DD. */
  date: string;
  /** 上午, 下午… when written after the date. */
  partOfDay?: string;
  /** What follows the date (the place, in an announcement). */
  rest: string;
}

const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/;
const MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/;
const SHORT = /^(\d{1,2})\s*[./]\s*(\d{1,2})(?![\d./])/;
const PART = /^\s*(上午|下午|中午|晚上|早上|早晨)/;
const PERIOD = /(\d{4})年(\d{1,2})月\s*[—–\-~～至到]+\s*(?:(\d{4})年)?(\d{1,2})月/;

const pad = (n: number) => String(n).padStart(2, "0");

/** The programme's months, from its period ("2022年6月—7月"): [first, last] as year*12+month. */
export function programmeMonths(p: Programme): { from: number; to: number; text: string } | undefined {
  const m = PERIOD.exec(p.period.zh);
  if (!m) return undefined;
  const y1 = Number(m[1]);
  const y2 = m[3] ? Number(m[3]) : y1;
  return { from: y1 * 12 + Number(m[2]), to: y2 * 12 + Number(m[4]), text: p.period.zh };
}

/**
 * A date as coordinators write it, at the start of `text`: 2022-07-05, 2022/07/05, 2022年7月5日, 7月5日, 7.5,
 * 7/5, optionally followed by 上午/下午. A date without a year takes the programme's; a date that does not exist,
 * or falls outside the programme's months, is refused with the reason.
 */
export function parseWrittenDate(text: string, p: Programme): Result<WrittenDate> {
  const t = text.normalize("NFKC").trim();
  const months = programmeMonths(p);
  const defaultYear = months ? Math.floor((months.from - 1) / 12) : Number(p.registration.opensAt.slice(0, 4));
  let y: number, mo: number, d: number, used: string;
  const full = FULL.exec(t);
  const md = full ? undefined : (MONTH_DAY.exec(t) ?? SHORT.exec(t));
  if (full) [used, y, mo, d] = [full[0], Number(full[1]), Number(full[2]), Number(full[3])];
  else if (md) [used, y, mo, d] = [md[0], defaultYear, Number(md[1]), Number(md[2])];
  else return err(`看不懂日期“${t.split(/\s+/)[0] ?? ""}”：请写成 7月5日、2022/07/05 或 2022-07-05。`);
  const shown = full ? `${y}年${mo}月${d}日` : `${mo}月${d}日`;
  if (mo < 1 || mo > 12) return err(`“${used.trim()}”不是真实的日期：没有${mo}月。`);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > last) return err(`“${used.trim()}”不是真实的日期：${y}年${mo}月只有${last}天。`);
  if (months) {
    const at = y * 12 + mo;
    if (at < months.from || at > months.to) return err(`${shown}不在培训期间（${months.text}）内，未采用。请核对日期。`);
  }
  let rest = t.slice(used.length);
  const part = PART.exec(rest);
  if (part) rest = rest.slice(part[0].length);
  return ok({ date: `${y}-${pad(mo)}-${pad(d)}`, partOfDay: part?.[1], rest: rest.trim() });
}
