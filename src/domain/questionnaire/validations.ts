import type { QuestionSpec } from "../../programme/questionnaire.js";
import { VALIDATION_RULES } from "../../programme/questionnaire.js";
import { charLength, creditCodeCheckChar } from "../validators.js";
import type { AnswerValue } from "./questions.js";

type Validation = QuestionSpec["validations"][number];
type Rule = (typeof VALIDATION_RULES)[number];

/**
 * The checks a question may name, written once. Each returns a refusal or undefined.
 * `unique` is checked where every registration is known (the store: one registration per mobile).
 */
export const VALIDATIONS: Record<Rule, (v: AnswerValue, spec: Validation, label: string) => string | undefined> = {
  length: (v, s, label) => {
    const n = charLength(String(v));
    if (s.max !== undefined && n > s.max) return `${label}最多${s.max}个字，您输入了${n}个字，请精简后再发送`;
    if (s.min !== undefined && n < s.min) return `${label}至少需要${s.min}个字，您只写了${n}个字，请再具体一些`;
    return undefined;
  },
  range: (v, s, label) => {
    const n = Number(v);
    if (s.min !== undefined && n < s.min) return `${label}至少为${s.min}，您输入了${n}`;
    if (s.max !== undefined && n > s.max) return `${label}不能超过${s.max}，您输入了${n}，请核对`;
    return undefined;
  },
  pattern: (v, s, label) => (s.pattern && !new RegExp(s.pattern, "u").test(String(v)) ? (s.message ?? `${label}的格式不正确`) : undefined),
  checksum: (v, _s, label) => {
    const t = String(v);
    return t.length === 18 && creditCodeCheckChar(t.slice(0, 17)) !== t.charAt(17) ? `${label}校验不通过，请逐位核对` : undefined;
  },
  unique: () => undefined,
  choices: (v, s) => {
    const n = Array.isArray(v) ? v.length : 1;
    if (s.min !== undefined && n < s.min) return `请至少选择${s.min}项，您选择了${n}项`;
    if (s.max !== undefined && n > s.max) return `最多只能选择${s.max}项，您选择了${n}项`;
    return undefined;
  },
};

export function validate(v: AnswerValue, q: Pick<QuestionSpec, "validations" | "label">): string | undefined {
  for (const s of q.validations) {
    const why = VALIDATIONS[s.rule](v, s, q.label);
    if (why) return why;
  }
  return undefined;
}

/** The length bounds a text question names (its parser checks them with its own wording). */
export function lengthOf(q: Pick<QuestionSpec, "validations">, fallbackMax: number): { min: number; max: number } {
  const s = q.validations.find((x) => x.rule === "length");
  return { min: s?.min ?? 1, max: s?.max ?? fallbackMax };
}
