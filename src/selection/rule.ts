import type { Programme } from "../programme/schema.js";
import { qualityMax } from "../domain/quality.js";
import type { Standing } from "../conversation/types.js";

/** One registration with what the imports know about it: plain data, no database. */
export interface SelectionInput {
  registrationId: number;
  classId: string;
  name: string;
  organization: string;
  mobile: string;
  userKey: string | null;
  status: string;
  qualityScore: number;
  consentPublish: boolean;
  submittedAtMs: number;
  /** Livestream seconds summed over every imported session. */
  seconds: number;
  /** Best quiz attempt as score / max, or null without a result. */
  quizRatio: number | null;
}

/** A registration's outcome: who it is, and its points as a trainee sees them (`Standing`). */
export interface SelectionRow
  extends Pick<SelectionInput, "registrationId" | "classId" | "name" | "organization" | "mobile" | "userKey" | "status" | "consentPublish">,
    Omit<Standing, "quota" | "selected"> {
  submittedAt: string;
  selected: boolean;
}

export interface SelectionRule {
  weights: { questionnaire: number; attendance: number; quiz: number };
  requiredHours: number;
  qualityMax: number;
  quotas: ReadonlyMap<string, number>;
}

/** The rule as the programme states it, so next year's weights or quotas are data, not code. */
export function ruleOf(p: Programme): SelectionRule {
  return {
    weights: p.selection.weights,
    requiredHours: p.selection.requiredHours,
    qualityMax: qualityMax(p),
    quotas: new Map(p.classes.map((c) => [c.id, c.quota])),
  };
}

// EPSILON keeps 1.005 from rounding down through its binary representation
export const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

function score(i: SelectionInput, r: SelectionRule): { row: SelectionRow; quizExact: number } {
  const hoursExact = i.seconds / 3600;
  const q = r.weights.questionnaire * clamp01(i.qualityScore / r.qualityMax);
  const a = (r.weights.attendance * Math.min(hoursExact, r.requiredHours)) / r.requiredHours;
  const z = i.quizRatio === null ? 0 : r.weights.quiz * clamp01(i.quizRatio);
  const row: SelectionRow = {
    registrationId: i.registrationId, classId: i.classId, name: i.name, organization: i.organization, mobile: i.mobile,
    userKey: i.userKey, status: i.status, consentPublish: i.consentPublish, submittedAt: new Date(i.submittedAtMs).toISOString(),
    questionnaire: round2(q),
    // truncated, not rounded: 19.999 h must not show as 20.00 while it is not eligible
    hours: Math.floor(i.seconds / 36) / 100,
    attendance: round2(a),
    quiz: round2(z),
    total: round2(q + a + z),
    eligible: i.status === "submitted" && hoursExact >= r.requiredHours,
    rank: null,
    selected: false,
  };
  return { row, quizExact: z };
}

/**
 * The selection rule of the notice (section 七), per class: eligible trainees ranked by merit,
 * the first `quota` selected. Returns every input, in class order then rank, the ineligible last.
 */
export function selectTrainees(inputs: readonly SelectionInput[], rule: SelectionRule): SelectionRow[] {
  const n = inputs.length;
  const rows: SelectionRow[] = new Array(n);
  // the sort keys in flat arrays: 100,000 comparisons a class stay out of object lookups and the GC
  const total = new Float64Array(n);
  const seconds = new Float64Array(n);
  const quiz = new Float64Array(n);
  const submitted = new Float64Array(n);
  const ids = new Float64Array(n);
  const byClass = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    const i = inputs[k]!;
    const s = score(i, rule);
    rows[k] = s.row;
    total[k] = s.row.total;
    seconds[k] = i.seconds;
    quiz[k] = s.quizExact;
    submitted[k] = i.submittedAtMs;
    ids[k] = i.registrationId;
    const list = byClass.get(i.classId);
    if (list) list.push(k);
    else byClass.set(i.classId, [k]);
  }
  /** Total, then hours, then quiz, all descending; then the earlier submission; the id only makes it total. */
  const byMerit = (a: number, b: number) =>
    total[b]! - total[a]! || seconds[b]! - seconds[a]! || quiz[b]! - quiz[a]! || submitted[a]! - submitted[b]! || ids[a]! - ids[b]!;
  const out: SelectionRow[] = [];
  for (const classId of [...byClass.keys()].sort(classOrder(rule))) {
    const list = byClass.get(classId)!;
    const eligible = list.filter((k) => rows[k]!.eligible).sort(byMerit);
    const quota = rule.quotas.get(classId) ?? 0;
    for (let r = 0; r < eligible.length; r++) {
      const row = rows[eligible[r]!]!;
      row.rank = r + 1;
      row.selected = r < quota;
      out.push(row);
    }
    for (const k of list.filter((k) => !rows[k]!.eligible).sort(byMerit)) out.push(rows[k]!);
  }
  return out;
}

/** Classes in the programme's order, unknown ones after them. */
function classOrder(rule: SelectionRule) {
  const order = [...rule.quotas.keys()];
  const pos = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return (a: string, b: string) => pos(a) - pos(b) || a.localeCompare(b);
}
