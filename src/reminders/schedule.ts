import type { Programme, Session } from "../programme/schema.js";
import { zhDate } from "../programme/lookup.js";
import type { Audience } from "../broadcast/audience.js";

/** A reminder the programme calls for: sent once, at the first chance within [from, until). */
export interface PlannedReminder {
  /** What it is for; a `reminders` row with this key means it went. */
  key: string;
  audience: Audience;
  text: string;
  from: Date;
  until: Date;
}

/** The local times reminders go at. */
export const REMINDER_TIMES = { deadlineEve: "09:00", dayBefore: "19:00" } as const;
/** Printing and stamping takes a few days: the missing receipt is asked for this many days before the deadline. */
export const RECEIPT_REMINDER_DAYS = 3;

/** The instant a wall-clock time happens on a date in a time zone. */
export function zonedTime(date: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // the zone's offset at that moment, read back through Intl; twice, in case the first guess crossed a change
  let t = wall - offsetMs(wall, timeZone);
  t = wall - offsetMs(t, timeZone);
  return new Date(t);
}

function offsetMs(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
    .formatToParts(new Date(t));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(t / 1000) * 1000;
}

export function localDate(t: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(t);
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const HALF_DAY = { morning: "上午", noon: "中午", afternoon: "下午", evening: "晚上" } as const;

export function deadlineText(p: Programme): string {
  const deadline = new Date(p.registration.formDeadline);
  const day = localDate(deadline, p.timezone);
  return `【报名提醒】您的${p.registration.questionnaireTitle}还没有提交，报名截止到${zhDate(day)}。回复“继续”接着填写，几分钟即可完成；${p.registration.questionnaireImportance}。`;
}

export function receiptMissingText(p: Programme): string {
  const day = localDate(new Date(p.registration.formDeadline), p.timezone);
  return `【回执提醒】您已提交报名，我们还没有收到盖章的报名回执。请于${zhDate(day)}前把加盖单位公章的回执扫描件或照片直接发到这里（PDF、JPG 或 PNG）。发送“回执”可下载按您的报名信息填好的回执（Word、PDF）。`;
}

export function onlineDayText(p: Programme, date: string, sessions: readonly Session[]): string {
  const day = sessions[0]!.day;
  const lines = sessions.map((s) => `${HALF_DAY[s.halfDay]}：${s.topics.join("、")}`);
  return [
    `【明日课程】${zhDate(date)}（${p.online.label.zh}第${day}天）：`,
    ...lines,
    `在线学习时长累计需达到${p.selection.requiredHours}小时，是遴选线下培训的依据之一，请准时参加直播。`,
  ].join("\n");
}

/** Every reminder the programme calls for: the eve of the form deadline, and the evening before each online day. */
export function plannedReminders(p: Programme): PlannedReminder[] {
  const tz = p.timezone;
  const out: PlannedReminder[] = [];
  const deadline = new Date(p.registration.formDeadline);
  const deadlineDay = localDate(deadline, tz);
  out.push({
    key: `form-deadline:${deadlineDay}`, audience: { kind: "started" }, text: deadlineText(p),
    from: zonedTime(addDays(deadlineDay, -1), REMINDER_TIMES.deadlineEve, tz), until: deadline,
  });
  out.push({
    key: `receipt-missing:${deadlineDay}`, audience: { kind: "noReceipt" }, text: receiptMissingText(p),
    from: zonedTime(addDays(deadlineDay, -RECEIPT_REMINDER_DAYS), REMINDER_TIMES.deadlineEve, tz), until: deadline,
  });
  const days = new Map<string, Session[]>();
  for (const s of p.online.schedule) if (s.date) days.set(s.date, [...(days.get(s.date) ?? []), s]);
  for (const [date, sessions] of days) {
    out.push({
      key: `online-day:${date}`, audience: { kind: "registered" }, text: onlineDayText(p, date, sessions),
      from: zonedTime(addDays(date, -1), REMINDER_TIMES.dayBefore, tz), until: zonedTime(date, "00:00", tz),
    });
  }
  return out;
}

/** The reminders whose time has come and not yet passed: a process down at 19:00 still sends at 21:00. */
export function dueReminders(p: Programme, now: Date): PlannedReminder[] {
  return plannedReminders(p).filter((r) => r.from.getTime() <= now.getTime() && now.getTime() < r.until.getTime());
}
