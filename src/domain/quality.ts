/**
 * Questionnaire quality score, from the programme's rules: each rule names a measure from the registry
 * below and the points of its tiers. One table produces both the score and its explanation.
 * A missing or unreadable answer costs only the points of the rules that measure it.
 */
import type { Programme } from "../programme/schema.js";
import type { QualityRuleSpec } from "../programme/questionnaire.js";
import { QUALITY_MEASURES } from "../programme/questionnaire.js";
import { countMeaningfulChars, normaliseText } from "./validators.js";
import { isAsked, questionsOf, type Answers } from "./questionnaire/questions.js";

export interface QualityPart {
  label: string;
  points: number;
  max: number;
}

const given = (v: unknown): boolean =>
  v !== null && v !== undefined && (Array.isArray(v) ? v.length > 0 : normaliseText(String(v)) !== "");

/** The measures a rule may name, written once. */
export const MEASURES: Record<(typeof QUALITY_MEASURES)[number], (p: Programme, a: Answers, key?: string) => number> = {
  requiredValid: (p, a) => (questionsOf(p).every((q) => !q.required || !isAsked(q, a) || given(a[q.key])) ? 1 : 0),
  answered: (_p, a, key) => (given(a[key ?? ""]) ? 1 : 0),
  meaningfulChars: (_p, a, key) => countMeaningfulChars(String(a[key ?? ""] ?? "")),
  choices: (_p, a, key) => {
    const v = a[key ?? ""];
    if (Array.isArray(v)) return new Set(v.map((x) => normaliseText(x)).filter((x) => x !== "")).size;
    return given(v) ? 1 : 0;
  },
};

const maxOf = (r: QualityRuleSpec): number => Math.max(0, ...r.tiers.map((t) => t.points));
const award = (r: QualityRuleSpec, amount: number): number => r.tiers.find((t) => amount >= t.atLeast)?.points ?? 0;

/** Highest possible score: the sum of every rule's best tier (30 in 2022). */
export const qualityMax = (p: Programme): number => p.questionnaire.quality.rules.reduce((s, r) => s + maxOf(r), 0);

/** The score and, per rule, the points earned; `answers` holds only valid answers. */
export function qualityScore(p: Programme, answers: Answers): { score: number; parts: QualityPart[] } {
  const parts = p.questionnaire.quality.rules.map((r) => ({
    label: r.label,
    points: award(r, MEASURES[r.measure](p, answers, r.question)),
    max: maxOf(r),
  }));
  return { score: parts.reduce((sum, x) => sum + x.points, 0), parts };
}

function describe(r: QualityRuleSpec): string {
  if (r.measure === "requiredValid" || r.measure === "answered") return `${r.label}：${r.tiers.map((t) => `${t.points}分`).join("")}`;
  const unit = r.unit ?? "";
  const steps = r.tiers.map((t, i) => {
    const above = r.tiers[i - 1];
    const range = !above
      ? `${t.atLeast}${unit}及以上`
      : above.atLeast - 1 === t.atLeast
        ? `${t.atLeast}${unit}`
        : `${t.atLeast}–${above.atLeast - 1}${unit}`;
    return `${range}得${t.points}分`;
  });
  const lowest = r.tiers[r.tiers.length - 1]?.atLeast ?? 0;
  const none = lowest <= 1 ? `没有0分` : `不足${lowest}${unit}0分`;
  const note = r.note ? `（${r.note}）` : "";
  return `${r.label}${note}：${steps.join("，")}，${none}`;
}

/** The scoring rule in Chinese, for the trainee and the README. */
export function explainQuality(p: Programme): string {
  return [
    `问卷质量分（满分${qualityMax(p)}分）：`,
    ...p.questionnaire.quality.rules.map((r) => `- ${describe(r)}`),
    p.questionnaire.quality.explanation ?? "某一项未填或无法识别时，只失去该项的分数。",
  ].join("\n");
}
