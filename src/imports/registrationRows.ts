import type { Programme } from "../programme/schema.js";
import { classOfCity } from "../programme/lookup.js";
import { normaliseText } from "../domain/validators.js";
import { qualityScore } from "../domain/quality.js";
import { parseAnswer } from "../domain/questionnaire/answer.js";
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
const NUMBERED = /^\d+(?:〖[^〗]*〗)?(?:[┋|]\d+(?:〖[^〗]*〗)?)*$/;

export interface RowLayout {
  roles: readonly ColumnRole[];
  /** Choices downloaded by option number (按序号), in the questionnaire's own option order. */
  byNumber: boolean;
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
  if (m && o?.other && m[2]!.trim()) return `〖other〗${otherValue(o.value, m[2]!.trim())}`;
  return o ? o.label : head;
}

/** The cell as an answer the kind's parser reads: option numbers and 问卷星's joins turned into option labels. */
function answerText(raw: string, q: Question, byNumber: boolean): string {
  if (!q.options || q.kind === "wholeNumber") return raw;
  const parts = q.kind === "multipleChoice" ? raw.split(/[┋|]/) : [raw];
  return parts.map((x) => optionText(x, q, byNumber)).join("；");
}

function multiFromColumns(cells: readonly string[], layout: RowLayout, q: Question): string | undefined {
  const cols = layout.roles.flatMap((r, i) => (r.role === "option" && r.key === q.key ? [{ i, value: r.value }] : []));
  if (!cols.length) return undefined;
  const vals = cols.map((c) => ({ ...c, v: normaliseText(cells[c.i] ?? "") }));
  if (vals.every((x) => NOT_ASKED.test(x.v) || x.v === "")) return "(跳过)";
  const chosen = vals.filter((x) => x.v !== "0" && x.v !== "" && !NOT_ASKED.test(x.v));
  return chosen
    .map((x) => {
      const o = q.options!.find((y) => y.value === x.value)!;
      const text = OTHER.exec(x.v)?.[2] ?? (x.v === "1" ? "" : x.v);
      return o.other && text ? `〖other〗${otherValue(o.value, text)}` : o.label;
    })
    .join("；");
}

/** One questionnaire row through the same parsers as the chat, in the questionnaire's order. */
export function parseRegistrationRow(cells: readonly string[], layout: RowLayout, p: Programme, now: Date): RowResult {
  const colOf = (pred: (r: ColumnRole) => boolean) => layout.roles.findIndex(pred);
  const answers: Answers = {};
  const warnings: string[] = [];
  for (const q of questionsOf(p)) {
    if (!isAsked(q, answers)) continue;
    const i = colOf((r) => r.role === "question" && r.key === q.key);
    let raw = (q.kind === "multipleChoice" ? multiFromColumns(cells, layout, q) : undefined) ?? (i >= 0 ? (cells[i] ?? "") : undefined);
    if (raw === undefined) continue;
    raw = raw.trim();
    if (NOT_ASKED.test(normaliseText(raw))) continue;
    if (BLANK.test(normaliseText(raw))) raw = "";
    const text = answerText(raw, q, layout.byNumber);
    const others = text.split("；").filter((x) => x.startsWith("〖other〗")).map((x) => x.slice("〖other〗".length));
    const plain = text.split("；").filter((x) => !x.startsWith("〖other〗")).join("；");
    const r = plain === "" && others.length ? { type: "value" as const, value: [] as string[] } : raw === "" ? undefined : parseAnswer(q, plain, { programme: p, answers });
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
  const ti = colOf((r) => r.role === "submittedAt");
  const rawTime = ti >= 0 ? (cells[ti] ?? "").trim() : "";
  let submittedAt = rawTime ? parseWallTime(rawTime, p.timezone) : now;
  if (!submittedAt) {
    warnings.push(`提交答卷时间“${rawTime}”无法识别，按导入时间计`);
    submittedAt = now;
  }
  const ci = colOf((r) => r.role === "consentPublish");
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
