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

const NUMBER = /^(?:第)?(\d+)(?:项|个)?(?:[-–~～](\d+))?$/;

/** "1,4,8", "1-3", "第2项": each piece's positions in the options shown, or its text when it is not a number. */
function pieces(text: string): (number[] | string)[] {
  return normaliseText(text).split(/[\s,，、;；]+|(?<=\d)[.](?=\s|$)/).filter(Boolean).map((part) => {
    const m = NUMBER.exec(part.replace(/[.。]$/, ""));
    if (!m) return part;
    const a = Number(m[1]);
    const b = Number(m[2] ?? m[1]);
    return Array.from({ length: Math.abs(b - a) + 1 }, (_, i) => Math.min(a, b) + i);
  });
}

/**
 * A chat answer: the chat's own shortcut (the number of an option shown numbered) turned into the option's
 * label, then the one parser the imports use too. `shown` holds the options of the last question asked back.
 */
export function readChatAnswer(q: Question, text: string, p: Programme, a: Answers, shown?: string[]): AnswerResult {
  const numbered = shown ?? (byAmount(q) ? undefined : chatOptions(q, p, a)?.map((o) => o.label));
  if (numbered && q.kind !== "wholeNumber") {
    const parts = pieces(text);
    const numbers = parts.filter((x): x is number[] => Array.isArray(x)).flat();
    const single = q.kind !== "multipleChoice" || shown;
    if (numbers.length && (!single || (parts.length === 1 && numbers.length === 1))) {
      const outside = numbers.filter((i) => i < 1 || i > numbered.length);
      if (outside.length) return { type: "error", error: `没有第${Math.max(...outside)}项，请回复1到${numbered.length}之间的数字` };
      const labels = parts.flatMap((x) => (Array.isArray(x) ? x.map((i) => numbered[i - 1]!) : [x]));
      return parseAnswer(q, single ? labels[0]! : labels.join("；"), { programme: p, answers: a });
    }
  }
  return parseAnswer(q, text, { programme: p, answers: a });
}
