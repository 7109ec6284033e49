/**
 * Questionnaire quality score (0–30). One table of rules produces both the
 * score and its explanation, so the two cannot drift apart.
 */
import { countMeaningfulChars, normaliseText } from "./validators.js";

export interface QualityInput {
  /** All required answers present and valid. */
  complete: boolean;
  qq?: string | null;
  officePhone?: string | null;
  remarks?: string | null;
  needs?: string | null;
  interests: string[];
  /** Collected but not scored. */
  patentCount?: number | null;
}

export interface QualityPart {
  label: string;
  points: number;
  max: number;
}

/** Points for a measured amount: the first tier whose threshold is reached (highest first). */
interface Tier {
  atLeast: number;
  points: number;
}

interface QualityRule {
  label: string;
  /** "given": the answer is filled in (measure 0/1); "count": tiers over a count with a unit. */
  kind: "given" | "count";
  unit?: string;
  /** How the amount is measured, shown in the explanation. */
  note?: string;
  measure: (a: QualityInput) => number;
  tiers: readonly Tier[];
}

const given = (v: string | null | undefined): number => (v != null && normaliseText(v) !== "" ? 1 : 0);
const topics = (a: QualityInput): number =>
  new Set(a.interests.map(normaliseText).filter((t) => t !== "")).size;

export const QUALITY_RULES: readonly QualityRule[] = [
  { label: "必填项全部完整有效", kind: "given", measure: (a) => (a.complete ? 1 : 0), tiers: [{ atLeast: 1, points: 12 }] },
  { label: "填写QQ号", kind: "given", measure: (a) => given(a.qq), tiers: [{ atLeast: 1, points: 2 }] },
  { label: "填写办公电话", kind: "given", measure: (a) => given(a.officePhone), tiers: [{ atLeast: 1, points: 2 }] },
  { label: "填写备注", kind: "given", measure: (a) => given(a.remarks), tiers: [{ atLeast: 1, points: 2 }] },
  {
    label: "感兴趣的课程主题",
    kind: "count",
    unit: "个",
    measure: topics,
    tiers: [{ atLeast: 3, points: 4 }, { atLeast: 1, points: 2 }],
  },
  {
    label: "培训需求描述",
    note: "汉字、字母、数字各计1字，空白、标点和表情不计",
    kind: "count",
    unit: "字",
    measure: (a) => countMeaningfulChars(a.needs ?? ""),
    tiers: [{ atLeast: 50, points: 8 }, { atLeast: 20, points: 4 }],
  },
];

const maxOf = (r: QualityRule): number => Math.max(0, ...r.tiers.map((t) => t.points));
const award = (r: QualityRule, amount: number): number => r.tiers.find((t) => amount >= t.atLeast)?.points ?? 0;

/** Highest possible score: the sum of every rule's best tier (30). */
export const QUALITY_MAX = QUALITY_RULES.reduce((sum, r) => sum + maxOf(r), 0);

/** The score and, per rule, the points earned. An incomplete questionnaire scores 0 on every rule. */
export function qualityScore(a: QualityInput): { score: number; parts: QualityPart[] } {
  const parts = QUALITY_RULES.map((r) => ({
    label: r.label,
    points: a.complete ? award(r, r.measure(a)) : 0,
    max: maxOf(r),
  }));
  return { score: parts.reduce((sum, p) => sum + p.points, 0), parts };
}

function describe(r: QualityRule): string {
  if (r.kind === "given") return `${r.label}：${r.tiers.map((t) => `${t.points}分`).join("")}`;
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
export function explainQuality(): string {
  return [
    `问卷质量分（满分${QUALITY_MAX}分）：`,
    ...QUALITY_RULES.map((r) => `- ${describe(r)}`),
    "必填项未完成或有误时，总分为0分。",
  ].join("\n");
}
