import type { Programme } from "../../programme/schema.js";
import type { QuestionSpec } from "../../programme/questionnaire.js";
import { matchKey, type ChoiceOption } from "./match.js";

export type AnswerValue = string | number | string[];
/** Every answer by question key; null is an optional question skipped. */
export type Answers = Record<string, AnswerValue | null | undefined>;

/** A question of the programme's questionnaire with its options resolved (a source such as the cities made a list). */
export interface Question extends Omit<QuestionSpec, "options"> {
  options?: ChoiceOption[];
  /** 1-based position in the questionnaire. */
  number: number;
}

function optionsOf(q: QuestionSpec, p: Programme): ChoiceOption[] | undefined {
  if (q.options) return q.options.map((o) => ({ ...o, aliases: o.aliases ?? [] }));
  switch (q.optionsFrom) {
    case "cities":
      return p.cities.map((c) => ({ value: c.id, label: c.zh, aliases: [c.en, ...c.aliases] }));
    case "classes":
      // a class is also named by its cities: "荆州" is the class of 荆州
      return p.classes.map((c) => ({
        value: c.id, label: c.name.zh,
        aliases: [c.name.en, ...c.aliases, ...c.cities.flatMap((id) => p.cities.filter((x) => x.id === id).flatMap((x) => [x.zh, ...x.aliases]))],
      }));
    case "courseTopics":
      return p.courseTopics.map((t) => ({ value: t, label: t, aliases: [] }));
    default:
      if (q.kind === "gender") {
        return [{ value: "male", label: "男", aliases: ["男性"] }, { value: "female", label: "女", aliases: ["女性"] }];
      }
      return undefined;
  }
}

const cache = new WeakMap<Programme, Question[]>();

/** The programme's questions, in the order the form asks them. */
export function questionsOf(p: Programme): readonly Question[] {
  let qs = cache.get(p);
  if (!qs) {
    qs = p.questionnaire.questions.map((q, i) => ({ ...q, options: optionsOf(q, p), number: i + 1 }));
    cache.set(p, qs);
  }
  return qs;
}

export function questionByKey(p: Programme, key: string): Question | undefined {
  return questionsOf(p).find((q) => q.key === key);
}

/** A question by a name a trainee uses for it: its label, an edit name or a part of the label ("修改手机号" → mobile). */
export function questionByName(p: Programme, name: string): Question | undefined {
  const n = matchKey(name);
  if (!n) return undefined;
  const qs = questionsOf(p);
  return (
    qs.find((q) => q.key.toLowerCase() === n || matchKey(q.label) === n) ??
    qs.find((q) => q.editNames.some((e) => matchKey(e) === n)) ??
    qs.find((q) => [...q.importNames, q.consentName ?? ""].some((e) => matchKey(e) === n)) ??
    qs.find((q) => n.length >= 2 && matchKey(q.label).includes(n))
  );
}

/** Asked at all, given the answers so far (a question with a condition waits for its answer). */
export function isAsked(q: Question, a: Answers): boolean {
  if (!q.askIf) return true;
  const v = a[q.askIf.question];
  const values = Array.isArray(v) ? v : v === null || v === undefined ? [] : [String(v)];
  return values.some((x) => q.askIf!.in.includes(x));
}

/** An answer as people read it: the option's label, "其他（集体企业）", a list joined by "；". */
export function showAnswer(q: Question, v: unknown): string {
  if (v === null || v === undefined || v === "") return "（未填）";
  const one = (x: unknown): string => {
    const s = String(x);
    const other = q.options ? otherParts(s) : undefined;
    if (other) return `${q.options?.find((o) => o.value === other.value)?.label ?? other.value}（${other.text}）`;
    return q.options?.find((o) => o.value === s)?.label ?? s;
  };
  return Array.isArray(v) ? v.map(one).join("；") : one(v);
}

/** "其他:集体企业" is the "other" option with the trainee's own words. */
export const otherValue = (value: string, text: string) => `${value}:${text}`;
export function otherParts(s: string): { value: string; text: string } | undefined {
  const i = s.indexOf(":");
  return i > 0 ? { value: s.slice(0, i), text: s.slice(i + 1) } : undefined;
}
