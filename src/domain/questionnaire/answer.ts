import type { Programme } from "../../programme/schema.js";
import { normaliseText } from "../validators.js";
import { KIND_PARSERS } from "./kinds.js";
import { matchKey, stripColloquial } from "./match.js";
import type { Question } from "./questions.js";
import { refuse, type AnswerResult, type ParseContext } from "./result.js";
import { validate } from "./validations.js";

/** "无", "没有", "不用了", and "没有座机" at the office phone: the trainee has none to give. */
const skipWords = new WeakMap<Programme, string[]>();
const questionNames = new WeakMap<Question, string[]>();

export function meansNone(text: string, q: Question, p: Programme): boolean {
  const k = stripColloquial(matchKey(text));
  let words = skipWords.get(p);
  if (!words) skipWords.set(p, (words = p.questionnaire.skipWords.map(matchKey)));
  if (words.includes(k)) return true;
  if (!words.some((w) => k.startsWith(w))) return false;
  let names = questionNames.get(q);
  if (!names) questionNames.set(q, (names = [q.label, ...q.importNames, ...q.editNames, q.consentName ?? ""].map(matchKey).filter((n) => n.length >= 2)));
  return words.some((w) => {
    if (!k.startsWith(w) || k.length === w.length) return false;
    const rest = stripColloquial(k.slice(w.length));
    return rest.length >= 2 && names!.some((n) => n.includes(rest) || rest.includes(n));
  });
}

/**
 * One answer to one question, as the chat and the imports read it: text made only of invisible characters
 * is refused, "none" at an optional question is a skip, then the kind's parser and the question's validations.
 */
export function parseAnswer(q: Question, text: string, ctx: ParseContext): AnswerResult {
  const t = normaliseText(text);
  if (t === "") return refuse(/^\s*$/.test(text) ? `请填写${q.label}` : `只收到了看不见的字符，请重新输入${q.label}`);
  if (meansNone(t, q, ctx.programme)) {
    if (!q.required) return { type: "skip" };
    if (q.kind !== "wholeNumber") return refuse(`“${q.label}”是必填项，不能跳过`);
  }
  const r = KIND_PARSERS[q.kind](text, q, ctx);
  if (r.type !== "value") return r;
  const why = validate(r.value, q);
  return why ? refuse(why) : r;
}
