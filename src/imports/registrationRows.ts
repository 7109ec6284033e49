import type { Programme } from "../programme/schema.js";
import { classOfCity } from "../programme/lookup.js";
import { normaliseText } from "../domain/validators.js";
import { qualityScore } from "../domain/quality.js";
import { parseAnswer } from "../domain/questionnaire/answer.js";
import type { AnswerResult } from "../domain/questionnaire/result.js";
import { matchKey } from "../domain/questionnaire/match.js";
import { isAsked, otherValue, questionsOf, type Answers, type Question } from "../domain/questionnaire/questions.js";
import type { ColumnRole } from "./questionnaireColumns.js";
import { parseWallTime } from "./wallTime.js";

/** Without these a row cannot be a registration at all; other bad answers only cost their own quality points. */
const ESSENTIAL = ["organization", "name", "mobile", "classId"];

export interface RegistrationValues {
  organization: string;
  name: string;
  mobile: string;
  classId: string;
  /** The answers read (an unreadable one is absent; null: "none" at an optional question). */
  answers: Answers;
  consentPublish?: boolean;
  qualityScore: number;
  submittedAt: Date;
}

export type RowResult = { ok: true; value: RegistrationValues; warnings: string[] } | { ok: false; reason: string };

/** 问卷星's marks for a question not shown (logic) or skipped, and for a blank answer. */
const NOT_ASKED = /^(?:[（(]跳过[)）]|-3|-2)$/;
const BLANK = /^(?:[（(]空[)）])$/;
const OTHER = /^(.*?)〖(.*)〗$/s;
/** Marks an "other" answer with its text between the steps of reading a cell. */
const OTHER_MARK = "〖other〗";
const NUMBERED = /^\d+(?:〖[^〗]*〗)?(?:[┋|]\d+(?:〖[^〗]*〗)?)*$/;

export interface RowLayout {
  roles: readonly ColumnRole[];
  /** Choices downloaded by option number (按序号), in the questionnaire's own option order. */
  byNumber: boolean;
  /** Answers already read in this file, by question and text: choices and numbers repeat row after row. */
  memo?: Map<string, AnswerResult>;
}

/** Kinds whose reading depends on the text alone and whose texts repeat (a class also depends on the city). */
const REPEATING = new Set(["singleChoice", "multipleChoice", "gender", "city", "wholeNumber", "qq", "landline"]);

function read(q: Question, text: string, answers: Answers, p: Programme, memo: RowLayout["memo"]): AnswerResult {
  if (!memo || !REPEATING.has(q.kind)) return parseAnswer(q, text, { programme: p, answers });
  const key = `${q.key}\u0000${text}`;
  let r = memo.get(key);
  if (!r) memo.set(key, (r = parseAnswer(q, text, { programme: p, answers })));
  return r;
}

/** Does the file give choices by option number? Every choice column holds only numbers. */
export function downloadedByNumber(rows: readonly { cells: string[] }[], roles: readonly ColumnRole[], p: Programme): boolean {
  const qs = questionsOf(p);
  let seen = false;
  for (const [i, r] of roles.entries()) {
    if (r.role !== "question" || !qs.find((q) => q.key === r.key)?.options) continue;
    for (const { cells } of rows) {
      const v = normaliseText(cells[i] ?? "");
      if (v === "" || NOT_ASKED.test(v) || BLANK.test(v)) continue;
      if (!NUMBERED.test(v)) return false;
      seen = true;
    }
  }
  return seen;
}

/** One option named by the questionnaire's text or number, "其他〖集体企业〗" as the other option with its text. */
function optionText(part: string, q: Question, byNumber: boolean): string {
  const m = OTHER.exec(part);
  const head = (m ? m[1]! : part).trim();
  const opts = q.options ?? [];
  const o = byNumber && /^\d+$/.test(head) ? opts[Number(head) - 1] : m ? opts.find((x) => matchKey(x.label) === matchKey(head)) : undefined;
  if (m && o?.other && m[2]!.trim()) return `${OTHER_MARK}${otherValue(o.value, m[2]!.trim())}`;
  return o ? o.label : head;
}

/** The cell as an answer the kind's parser reads: option numbers and 问卷星's joins turned into option labels. */
function answerText(raw: string, q: Question, byNumber: boolean): string {
  if (!q.options || q.kind === "wholeNumber") return raw;
  const parts = q.kind === "multipleChoice" ? raw.split(/[┋|]/) : [raw];
  return parts.map((x) => optionText(x, q, byNumber)).join("；");
}

interface Where {
  question: Map<string, number>;
  options: Map<string, { i: number; value: string }[]>;
  submittedAt: number;
  consent: number;
}
const places = new WeakMap<readonly ColumnRole[], Where>();

/** Where each question's column is, worked out once per file. */
function whereOf(roles: readonly ColumnRole[]): Where {
  let w = places.get(roles);
  if (w) return w;
  w = { question: new Map(), options: new Map(), submittedAt: roles.findIndex((r) => r.role === "submittedAt"), consent: roles.findIndex((r) => r.role === "consentPublish") };
  for (const [i, r] of roles.entries()) {
    if (r.role === "question") w.question.set(r.key, i);
    if (r.role === "option") w.options.set(r.key, [...(w.options.get(r.key) ?? []), { i, value: r.value }]);
  }
  places.set(roles, w);
  return w;
}

function multiFromColumns(cells: readonly string[], layout: RowLayout, q: Question): string | undefined {
  const cols = whereOf(layout.roles).options.get(q.key);
  if (!cols) return undefined;
  const vals = cols.map((c) => ({ ...c, v: normaliseText(cells[c.i] ?? "") }));
  if (vals.every((x) => NOT_ASKED.test(x.v) || x.v === "")) return "(跳过)";
  const chosen = vals.filter((x) => x.v !== "0" && x.v !== "" && !NOT_ASKED.test(x.v));
  return chosen
    .map((x) => {
      const o = q.options!.find((y) => y.value === x.value)!;
      const text = OTHER.exec(x.v)?.[2] ?? (x.v === "1" ? "" : x.v);
      return o.other && text ? `${OTHER_MARK}${otherValue(o.value, text)}` : o.label;
    })
    .join("；");
}

/** One questionnaire row through the same parsers as the chat, in the questionnaire's order. */
export function parseRegistrationRow(cells: readonly string[], layout: RowLayout, p: Programme, now: Date): RowResult {
  const where = whereOf(layout.roles);
  const answers: Answers = {};
  const warnings: string[] = [];
  for (const q of questionsOf(p)) {
    if (!isAsked(q, answers)) continue;
    const i = where.question.get(q.key) ?? -1;
    let raw = (q.kind === "multipleChoice" ? multiFromColumns(cells, layout, q) : undefined) ?? (i >= 0 ? (cells[i] ?? "") : undefined);
    if (raw === undefined) continue;
    raw = raw.trim();
    // 问卷星's marks are short: only a short cell can be one
    if (raw.length <= 6) {
      const mark = normaliseText(raw);
      if (NOT_ASKED.test(mark)) continue;
      if (BLANK.test(mark)) raw = "";
    }
    const text = answerText(raw, q, layout.byNumber);
    let others: string[] = [];
    let plain = text;
    if (text.includes(OTHER_MARK)) {
      const parts = text.split("；");
      others = parts.filter((x) => x.startsWith(OTHER_MARK)).map((x) => x.slice(OTHER_MARK.length));
      plain = parts.filter((x) => !x.startsWith(OTHER_MARK)).join("；");
    }
    const r = plain === "" && others.length ? { type: "value" as const, value: [] as string[] } : raw === "" ? undefined : read(q, plain, answers, p, layout.memo);
    if (r?.type === "value") {
      answers[q.key] = others.length ? (q.kind === "multipleChoice" ? [...(r.value as string[]), ...others] : others[0]!) : r.value;
      continue;
    }
    if (r?.type === "skip") {
      answers[q.key] = null;
      continue;
    }
    if (r?.type === "confirm") {
      answers[q.key] = r.options[1]!.value;
      warnings.push(`${q.label}：${r.options[1]!.value} 的域名可能有误（是否为 ${String(r.value)}？），按原样导入`);
      continue;
    }
    const why = `${q.label}：${r === undefined ? "未填写" : r.type === "ask" ? `“${raw}”可能指${r.options.map((o) => o.label).join("或")}` : r.error}`;
    const city = answers.city;
    if (q.key === "classId" && typeof city === "string" && classOfCity(p, city)) {
      answers.classId = classOfCity(p, city)!.id;
      warnings.push(`${why}，按所在市州归入${classOfCity(p, city)!.name.zh}`);
      continue;
    }
    if (ESSENTIAL.includes(q.key)) return { ok: false, reason: why };
    if (r === undefined && !q.required) continue;
    warnings.push(`${why}（未导入此项，只失去该项的问卷质量分）`);
  }
  for (const k of ESSENTIAL) if (answers[k] === undefined || answers[k] === null) return { ok: false, reason: `${questionsOf(p).find((q) => q.key === k)?.label ?? k}：未填写` };
  const ti = where.submittedAt;
  const rawTime = ti >= 0 ? (cells[ti] ?? "").trim() : "";
  let submittedAt = rawTime ? parseWallTime(rawTime, p.timezone) : now;
  if (!submittedAt) {
    warnings.push(`提交答卷时间“${rawTime}”无法识别，按导入时间计`);
    submittedAt = now;
  }
  const ci = where.consent;
  const consentRaw = ci >= 0 ? normaliseText(cells[ci] ?? "") : undefined;
  const consentPublish = consentRaw === undefined ? undefined : layout.byNumber && /^\d$/.test(consentRaw) ? consentRaw === "1" : /^(是|同意|愿意|可以|yes|y|true|√|✓)/i.test(consentRaw);
  return {
    ok: true,
    value: {
      organization: String(answers.organization), name: String(answers.name), mobile: String(answers.mobile), classId: String(answers.classId),
      answers, consentPublish, qualityScore: qualityScore(p, answers).score, submittedAt,
    },
    warnings,
  };
}
