import type { Programme } from "../programme/schema.js";
import { cnNumber } from "./normalise.js";
import { indexOf } from "./programme-index.js";
import { localDate, relativeDates } from "./relative.js";

const EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const EN_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const CN = "[0-9一二两三四五六七八九十]{1,3}";
const MONTH_DAY = new RegExp(`(${CN})月(?:份)?(${CN})(?:日|号)?`, "g");
const DAY_ONLY = new RegExp(`(?<![0-9月一二三四五六七八九十])(${CN})(?:日|号)`, "g");
const DOTTED = /(?<![\d@.\-/])(\d{1,2})[./](\d{1,2})(?![\d@.\-/]|\s*(?:小时|h))/g;
// "6-15": a dash only between a month and a day, not in ranges of people or days ("5-6人", "13-17号")
const DASHED = /(?<![\d@.\-/])(\d{1,2})-(\d{1,2})(?![\d@.\-/]|\s*(?:号|日|人|个|天|名|小时|分|%))/g;
const EN_MD = /\b(jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/g;
const EN_DM = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)[a-z]*\b/g;
const WEEKDAY_ZH = /(?:周|星期|礼拜)([一二三四五六日天])/g;
const WEEKDAY_EN = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?)(?:day)?\b/g;
const ZH_WEEK: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_WEEK = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const valid = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

/** Every date the programme holds, as YYYY-MM-DD: sessions, deadlines, the issue date. */
export function knownDates(p: Programme): string[] {
  const hit = knownCache.get(p);
  if (hit) return hit;
  const r = p.registration;
  const all = [...indexOf(p).sessions.map((s) => s.session.date), r.formDeadline, r.contactListDeadline, r.opensAt, p.document.issuedOn, p.online.startDate, p.offline.startDate];
  const dates = [...new Set(all.filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 10)))].sort();
  knownCache.set(p, dates);
  return dates;
}
const knownCache = new WeakMap<Programme, string[]>();

export function weekday(isoDate: string): number {
  return new Date(`${isoDate}T12:00:00Z`).getUTCDay();
}

export function addDays(isoDate: string, n: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The dates a message names; `named` is true when it names one even if none resolves. */
export function readDates(norm: string, p: Programme, now?: Date): { dates: string[]; named: boolean; relative: boolean; clock: boolean } {
  const out: string[] = [];
  let named = false;
  let relative = false;
  // "明天", "下周一": a date only with a clock; without one they are known to name a day, but not which
  const r = relativeDates(norm, now ? localDate(now, p.timezone) : p.online.startDate);
  if (r.named) {
    if (now) out.push(...r.dates);
    relative = true;
    named = true;
    norm = r.rest;
  }
  const known = knownDates(p);
  const add = (m: number, d: number) => {
    named = true;
    if (valid(m, d)) out.push(iso(p.year, m, d));
  };
  // e-mails, links, phones and document numbers ("12号") are not dates
  let rest = norm.replace(/\S+@\S+|https?:\/\/\S+|\d{3,4}-\d{7,8}|1\d{10}|[〔\[(]\d{4}[〕\])]\s*\d+\s*号|\d+号文/g, " ");
  rest = rest.replace(MONTH_DAY, (_, m: string, d: string) => (add(cnNumber(m), cnNumber(d)), " "));
  rest = rest.replace(DOTTED, (_, m: string, d: string) => (add(Number(m), Number(d)), " "));
  rest = rest.replace(DASHED, (all, m: string, d: string) => (Number(m) <= 12 && valid(Number(m), Number(d)) ? (add(Number(m), Number(d)), " ") : all));
  rest = rest.replace(EN_MD, (_, m: string, d: string) => (add(EN_MONTHS.indexOf(m.slice(0, 3)) + 1, Number(d)), " "));
  rest = rest.replace(EN_DM, (_, d: string, m: string) => (add(EN_MONTHS.indexOf(m.slice(0, 3)) + 1, Number(d)), " "));
  rest.replace(DAY_ONLY, (_, d: string) => {
    named = true;
    const day = cnNumber(d);
    // a bare day of month: the programme date with that day, the schedule first
    const hit = known.find((k) => Number(k.slice(8)) === day && indexOf(p).sessions.some((s) => s.session.date === k)) ?? known.find((k) => Number(k.slice(8)) === day);
    if (hit) out.push(hit);
    return " ";
  });
  rest.replace(/\bthe (\d{1,2})(?:st|nd|rd|th)\b/g, (_, d: string) => {
    named = true;
    const hit = known.find((k) => Number(k.slice(8)) === Number(d));
    if (hit) out.push(hit);
    return " ";
  });
  const scheduled = known.filter((k) => indexOf(p).sessions.some((s) => s.session.date === k));
  const byWeekday = (w: number) => {
    named = true;
    out.push(...scheduled.filter((k) => weekday(k) === w));
  };
  if (/周末|双休|礼拜天|星期天|\bweekends?\b/.test(rest)) named = true;
  rest.replace(WEEKDAY_ZH, (_, w: string) => (byWeekday(ZH_WEEK[w] ?? -1), " "));
  rest.replace(WEEKDAY_EN, (_, w: string) => (byWeekday(EN_WEEK.indexOf(w.slice(0, 3))), " "));
  return { dates: [...new Set(out)], named, relative, clock: Boolean(now) };
}

/** "2022-06-16" → "June 16". */
export function enDate(isoDate: string): string {
  const m = Number(isoDate.slice(5, 7));
  return `${EN_MONTH_NAMES[m - 1]} ${Number(isoDate.slice(8, 10))}`;
}

const ZH_WEEKDAY_NAMES = ["日", "一", "二", "三", "四", "五", "六"];
const EN_WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function zhWeekday(isoDate: string): string {
  return `周${ZH_WEEKDAY_NAMES[weekday(isoDate)]}`;
}

export function enWeekday(isoDate: string): string {
  return EN_WEEKDAY_NAMES[weekday(isoDate)]!;
}
