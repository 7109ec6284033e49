import type { Programme } from "../programme/schema.js";
import { classOfCity } from "../programme/lookup.js";
import { normaliseText } from "../domain/validators.js";
import { parseAnswer } from "../domain/questionnaire/answer.js";
import type { ChoiceOption } from "../domain/questionnaire/match.js";
import type { Answers, Question } from "../domain/questionnaire/questions.js";
import type { AnswerResult } from "../domain/questionnaire/result.js";
import type { Option } from "../channels/types.js";

/** Options whose number is an amount (years), not a position: the chat shows them without numbers. */
const byAmount = (q: Question) => Boolean(q.options?.some((o) => o.range));

/** The options as the chat shows them: the class of the trainee's city first, so the city suggests the class. */
export function chatOptions(q: Question, p: Programme, a: Answers): ChoiceOption[] | undefined {
  const opts = q.options;
  if (!opts || q.kind !== "class") return opts;
  const suggested = typeof a.city === "string" ? classOfCity(p, a.city)?.id : undefined;
  return suggested ? [...opts.filter((o) => o.value === suggested), ...opts.filter((o) => o.value !== suggested)] : opts;
}

/** The options offered as buttons (WeChat numbers them), or none where a number means an amount. */
export function offeredOptions(q: Question, p: Programme, a: Answers): Option[] | undefined {
  if (q.kind === "multipleChoice" || byAmount(q)) return undefined;
  return chatOptions(q, p, a)?.map((o) => ({ label: o.label, value: o.label }));
}

/** "1,4,8", "1-3", "第2项": positions in the options shown, or undefined when the text is not only numbers. */
function positions(text: string): number[] | undefined {
  const t = normaliseText(text).replace(/第|项|个/g, "");
  if (!/^\d[\d\s,，、;；.\-–~～]*$/.test(t)) return undefined;
  const out: number[] = [];
  for (const part of t.split(/[\s,，、;；.]+/).filter(Boolean)) {
    const m = /^(\d+)(?:[-–~～](\d+))?$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[1]);
    for (let i = Math.min(a, b); i <= Math.max(a, b); i++) out.push(i);
  }
  return out;
}

/**
 * A chat answer: the chat's own shortcut (the number of an option shown numbered) turned into the option's
 * label, then the one parser the imports use too. `shown` holds the options of the last question asked back.
 */
export function readChatAnswer(q: Question, text: string, p: Programme, a: Answers, shown?: string[]): AnswerResult {
  const numbered = shown ?? (byAmount(q) ? undefined : chatOptions(q, p, a)?.map((o) => o.label));
  if (numbered) {
    const n = positions(text);
    const outside = n?.find((i) => i < 1 || i > numbered.length);
    if (outside !== undefined && q.kind !== "wholeNumber") {
      return { type: "error", error: `没有第${outside}项，请回复1到${numbered.length}之间的数字` };
    }
    if (n && (q.kind === "multipleChoice" || n.length === 1)) {
      const labels = n.map((i) => numbered[i - 1]!);
      return parseAnswer(q, q.kind === "multipleChoice" && !shown ? labels.join("；") : labels[0]!, { programme: p, answers: a });
    }
  }
  return parseAnswer(q, text, { programme: p, answers: a });
}
