import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { QUESTIONS, contextOf } from "./questions.js";
import { HELDOUT5 } from "./heldout5.js";

const programme = loadProgramme();
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MD = /(\d{1,2})月(\d{1,2})日/g;
const D = /(?<![\d月])(\d{1,2})日/g;
const EN_MD = new RegExp(`\\b(${MONTHS.join("|")}) (\\d{1,2})\\b`, "g");
const PHONE = /(?<![\d-])(0\d{2,3}-\d{7,8}|1\d{10})(?![\d-])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === "object") Object.values(v).forEach((x) => strings(x, out));
  return out;
}

/** Every date, phone and e-mail the programme holds, in the forms an answer may write them. */
function held() {
  const dates = new Set<string>();
  const days = new Set<string>();
  const phones = new Set<string>();
  const emails = new Set<string>();
  const addDate = (m: number, d: number) => {
    dates.add(`${m}月${d}日`);
    dates.add(`${MONTHS[m - 1]} ${d}`);
    days.add(String(d));
  };
  for (const s of strings(programme)) {
    for (const [iso, , m, d] of s.matchAll(ISO)) {
      dates.add(iso);
      addDate(Number(m), Number(d));
    }
    for (const [, m, d] of s.matchAll(MD)) addDate(Number(m), Number(d));
    for (const [p] of s.matchAll(PHONE)) phones.add(p);
    for (const [e] of s.matchAll(EMAIL)) emails.add(e);
  }
  return { dates, days, phones, emails };
}

describe("facts in answers", () => {
  const h = held();

  it("reads the programme's own facts", () => {
    expect(h.dates).toContain("6月5日");
    expect(h.dates).toContain("5月26日");
    expect(h.phones).toContain("027-87520061");
    expect(h.emails).toContain("whfw011@163.com");
  });

  it("puts no date, phone or e-mail in any answer that the programme does not hold", () => {
    const bad: string[] = [];
    let seen = 0;
    // the table and the fifth held-out batch (clocks, counties, outside subjects, two questions in one)
    for (const c of [...QUESTIONS, ...HELDOUT5]) {
      const a = answerQuestion(c.q, contextOf(c, programme));
      if (!a) continue;
      const t = a.text;
      const found: Array<[string, Set<string>]> = [
        ...[...t.matchAll(ISO)].map((m): [string, Set<string>] => [m[0], h.dates]),
        ...[...t.matchAll(MD)].map((m): [string, Set<string>] => [m[0], h.dates]),
        ...[...t.matchAll(D)].map((m): [string, Set<string>] => [m[1]!, h.days]),
        ...[...t.matchAll(EN_MD)].map((m): [string, Set<string>] => [m[0], h.dates]),
        ...[...t.matchAll(PHONE)].map((m): [string, Set<string>] => [m[0], h.phones]),
        ...[...t.matchAll(EMAIL)].map((m): [string, Set<string>] => [m[0], h.emails]),
      ];
      seen += found.length;
      for (const [v, allowed] of found) if (!allowed.has(v)) bad.push(`${c.q} → ${v}`);
    }
    expect(seen).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
});
