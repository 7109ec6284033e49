import type { QuestionKind } from "../../programme/questionnaire.js";
import {
  normaliseText, parseCreditCode, parseEmail, parseFreeText, parseLandline, parseMobile, parseName, parseQq, parseWholeNumber,
} from "../validators.js";
import type { Result } from "../result.js";
import { digitsFor } from "./amounts.js";
import { parseClass, parseMulti, parseSingle } from "./choices.js";
import { likelyEmail } from "./emailSlip.js";
import type { AnswerValue, Question } from "./questions.js";
import { refuse, value, type AnswerResult, type ParseContext } from "./result.js";
import { lengthOf } from "./validations.js";

const fromResult = (r: Result<AnswerValue>): AnswerResult => (r.ok ? value(r.value) : refuse(r.error));

const text = (max: number) => (t: string, q: Question) => fromResult(parseFreeText(t, { label: q.label, ...lengthOf(q, max) }));

const NUMBER_WORDS = /^(?:大概|大约|约|差不多|目前|现在|现有|已有|共有|一共|总共|共|有|拥有)+/;

/** "十二件" → 12, "大概30件" → 30, "两个" → 2: numbers in words and the words around them, then the digits parser. */
function wholeNumber(t: string, q: Question): AnswerResult {
  const range = q.validations.find((v) => v.rule === "range");
  const s = digitsFor(normaliseText(t).replace(/\s/g, "")).replace(NUMBER_WORDS, "").replace(/(?:左右|多|吧|了)+$/, "");
  return fromResult(parseWholeNumber(s || t, { min: range?.min ?? 0, max: range?.max ?? 1_000_000, label: q.label }));
}

function email(t: string): AnswerResult {
  const r = parseEmail(t);
  if (!r.ok) return refuse(r.error);
  const likely = likelyEmail(r.value);
  if (!likely) return value(r.value);
  return {
    type: "confirm", value: likely, text: `邮箱是 ${likely} 吗？您输入的是 ${r.value}。`,
    options: [{ label: `是，${likely}`, value: likely }, { label: `不是，就用 ${r.value}`, value: r.value }],
  };
}

/** One parser per kind, shared by the chat and every import. */
export const KIND_PARSERS: Record<QuestionKind, (text: string, q: Question, ctx: ParseContext) => AnswerResult> = {
  shortText: text(200),
  longText: text(1000),
  name: (t) => fromResult(parseName(normaliseText(t).replace(/^(?:我叫|我是|本人|姓名是?|叫)[:：]?\s*/, ""))),
  singleChoice: (t, q) => parseSingle(t, q, q.options ?? []),
  gender: (t, q) => parseSingle(t, q, q.options ?? []),
  city: (t, q) => parseSingle(t, q, q.options ?? []),
  class: (t, q, ctx) => parseClass(t, q, ctx),
  multipleChoice: (t, q) => parseMulti(t, q),
  wholeNumber,
  mobile: (t) => fromResult(parseMobile(t)),
  landline: (t) => fromResult(parseLandline(t)),
  email,
  qq: (t) => fromResult(parseQq(t)),
  creditCode: (t) => fromResult(parseCreditCode(t)),
};
