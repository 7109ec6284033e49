import type { Programme, ProgrammeClass, HalfDay, City } from "../programme/schema.js";
import { classById, classOfCity, cityById, zhDate } from "../programme/lookup.js";
import type { AnswerContext, Query } from "./types.js";
import type { SessionRef } from "./programme-index.js";
import { sessionDate } from "./schedule.js";
import { enDate, addDays } from "./dates.js";

export const HALF_ZH: Record<HalfDay, string> = { morning: "上午", noon: "中午", afternoon: "下午", evening: "晚上" };
export const HALF_EN: Record<HalfDay, string> = { morning: "morning", noon: "noon", afternoon: "afternoon", evening: "evening" };

/** "2022-06-05T23:59:59+08:00" → "6月5日"; the date part as written, in the programme's own zone. */
export const zhDay = (isoLike: string) => zhDate(isoLike.slice(0, 10));
export const enDay = (isoLike: string) => enDate(isoLike.slice(0, 10));
export const zhFullDate = (isoLike: string) => `${isoLike.slice(0, 4)}年${zhDay(isoLike)}`;

/** The asker's class: from the context first, else from the text. */
export function askerClass(ctx: AnswerContext): ProgrammeClass | undefined {
  const p = ctx.programme;
  if (ctx.classId) {
    const c = classById(p, ctx.classId);
    if (c) return c;
  }
  return ctx.cityId ? classOfCity(p, ctx.cityId) : undefined;
}

/** Classes the question is about: those it names, else the asker's own. */
export function classesFor(q: Query, ctx: AnswerContext): ProgrammeClass[] {
  if (q.classes.length) return q.classes;
  const own = askerClass(ctx);
  return own ? [own] : [];
}

/** "枣阳市（襄阳市）" when the question named a county or district of the city, else the city's name. */
export function cityLabelZh(q: Query, city: City): string {
  const pl = q.places.find((x) => x.city === city);
  return pl ? `${pl.full}（${city.zh}）` : city.zh;
}

export function cityLabelEn(q: Query, city: City): string {
  const pl = q.places.find((x) => x.city === city);
  return pl ? `${pl.full} (${city.en})` : city.en;
}

export function cityNamesZh(p: Programme, cls: ProgrammeClass): string {
  return cls.cities.map((id) => cityById(p, id)?.aliases[0] ?? cityById(p, id)?.zh ?? id).join("、");
}

export function cityNamesEn(p: Programme, cls: ProgrammeClass): string {
  return cls.cities.map((id) => cityById(p, id)?.en ?? id).join(", ");
}

export function contactZh(cls: ProgrammeClass): string {
  const c = cls.contact;
  const parts = [`${cls.name.zh}培训班联系人：${cls.base.zh} ${c.name}`];
  if (c.phones.length) parts.push(`电话 ${c.phones.join("、")}`);
  if (c.emails.length) parts.push(`邮箱 ${c.emails.join("、")}`);
  return parts.join("，");
}

export function contactEn(cls: ProgrammeClass): string {
  const c = cls.contact;
  const parts = [`${cls.name.en} class contact: ${c.nameEn} (${c.name}), ${cls.base.en}`];
  if (c.phones.length) parts.push(`phone ${c.phones.join(" / ")}`);
  if (c.emails.length) parts.push(`e-mail ${c.emails.join(", ")}`);
  return parts.join("; ");
}

export function provincialZh(p: Programme): string {
  const c = p.provincialContact;
  const parts = [`省级联系人：${c.organization.zh} ${c.name}`];
  if (c.phones.length) parts.push(`电话 ${c.phones.join("、")}`);
  if (c.emails.length) parts.push(`邮箱 ${c.emails.join("、")}`);
  return parts.join("，");
}

export function provincialEn(p: Programme): string {
  const c = p.provincialContact;
  const parts = [`Provincial contact: ${c.nameEn} (${c.name}), ${c.organization.en}`];
  if (c.phones.length) parts.push(`phone ${c.phones.join(" / ")}`);
  if (c.emails.length) parts.push(`e-mail ${c.emails.join(", ")}`);
  return parts.join("; ");
}

/** Who to ask about something the notice leaves open: the asker's class contact, else the province. */
/** The asker's class contact (from the chat, or the one class the question names), else the provincial one. */
export function fallbackContact(ctx: AnswerContext, lang: "zh" | "en", named: ProgrammeClass[] = []): string {
  const cls = askerClass(ctx) ?? (named.length === 1 ? named[0] : undefined);
  if (cls) {
    const c = cls.contact;
    return lang === "zh"
      ? `${cls.name.zh}培训班联系人 ${c.name}（${[...c.phones, ...c.emails].join("，")}）`
      : `the ${cls.name.en} class contact, ${c.nameEn} (${[...c.phones, ...c.emails].join(", ")})`;
  }
  const c = ctx.programme.provincialContact;
  return lang === "zh"
    ? `${c.organization.zh} ${c.name}（${[...c.phones, ...c.emails].join("，")}）`
    : `${c.nameEn} at the ${c.organization.en} (${[...c.phones, ...c.emails].join(", ")})`;
}

export function onlineRange(p: Programme): { first: string; last: string } {
  const dates = p.online.schedule.map((s) => s.date).filter((d): d is string => Boolean(d)).sort();
  return { first: dates[0] ?? p.online.startDate, last: dates[dates.length - 1] ?? addDays(p.online.startDate, p.online.days - 1) };
}

export function sessionLabelZh(ref: SessionRef, p: Programme): string {
  const d = sessionDate(ref, p);
  const half = HALF_ZH[ref.session.halfDay];
  if (ref.phase === "online") return `${d ? zhDate(d) : ""}（线上第${ref.session.day}天）${half}`;
  return `线下培训第${ref.session.day}天${d ? `（${zhDate(d)}）` : ""}${half}`;
}

export function sessionLabelEn(ref: SessionRef, p: Programme): string {
  const d = sessionDate(ref, p);
  const half = HALF_EN[ref.session.halfDay];
  if (ref.phase === "online") return `${d ? enDate(d) : ""} (online day ${ref.session.day}), ${half}`;
  return `offline day ${ref.session.day}${d ? ` (${enDate(d)})` : ""}, ${half}`;
}

/** The offline stage as far as it is set: start date and place, or null where still to be announced. */
export function offlineStatus(p: Programme): { start: string | null; end: string | null; place: string | null } {
  const start = p.offline.startDate;
  return { start, end: start ? addDays(start, p.offline.days - 1) : null, place: p.offline.place };
}
