import { addDays, weekday } from "./dates.js";
import words from "./data/time-words.json" with { type: "json" };

/** A regex of Chinese words and English phrases (whole words), the longer first. */
export function wordsRe(zh: string[], en: string[]): RegExp {
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alts = [...zh.map(esc), ...en.map((w) => `\\b${esc(w).replace(/ /g, "\\s?")}\\b`)].sort((a, b) => b.length - a.length);
  return new RegExp(alts.length ? alts.join("|") : "(?!)");
}

// Days counted from today (data/time-words.json); the larger offsets first ("大后天" before "后天").
const OFFSETS: Array<[RegExp, number]> = words.relative.map((r) => [wordsRe(r.zh, r.en), r.days]);
const ZH_WEEK: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEK_ZH = /(这|本|下|上|下下)(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/g;
const EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const WEEK_EN = /\b(this|next|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;

/** Today's date in the programme's time zone, as YYYY-MM-DD. */
export function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Dates named relative to the clock ("明天", "后天", "下周一", "next Monday"), and the text without them.
 * Weeks run Monday to Sunday, as a Chinese calendar shows them.
 */
export function relativeDates(norm: string, today: string): { dates: string[]; rest: string; named: boolean } {
  const dates: string[] = [];
  let rest = norm;
  let named = false;
  const monday = addDays(today, -((weekday(today) + 6) % 7));
  const inWeek = (shift: number, day: number) => dates.push(addDays(monday, shift * 7 + day - 1));
  rest = rest.replace(WEEK_ZH, (_, w: string, d: string) => {
    named = true;
    inWeek({ 这: 0, 本: 0, 下: 1, 上: -1, 下下: 2 }[w] ?? 0, ZH_WEEK[d] ?? 1);
    return " ";
  });
  rest = rest.replace(WEEK_EN, (_, w: string, d: string) => {
    named = true;
    inWeek({ this: 0, next: 1, last: -1 }[w] ?? 0, EN_DAYS.indexOf(d) + 1);
    return " ";
  });
  for (const [re, n] of OFFSETS) {
    if (!re.test(rest)) continue;
    named = true;
    dates.push(addDays(today, n));
    rest = rest.replace(re, " ");
  }
  return { dates: [...new Set(dates)], rest, named };
}
