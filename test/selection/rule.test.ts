import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { ruleOf, selectTrainees, type SelectionInput } from "../../src/selection/rule.js";

const p = loadProgramme();
const rule = ruleOf(p);
const H = 3600;
let id = 0;
const t = (o: Partial<SelectionInput> = {}): SelectionInput => ({
  registrationId: ++id, classId: "wuhan", name: `学员${id}`, organization: "湖北某某科技有限公司", mobile: `138${String(id).padStart(8, "0")}`,
  userKey: null, status: "submitted", qualityScore: 30, consentPublish: true, submittedAtMs: Date.parse("2022-05-20T10:00:00+08:00") + id,
  seconds: 20 * H, quizRatio: 1, ...o,
});
const one = (o: Partial<SelectionInput>) => selectTrainees([t(o)], rule)[0]!;

describe("the selection rule (notice section 七)", () => {
  it.each([
    // quality, seconds, quiz ratio → questionnaire, hours, attendance, quiz, total
    [30, 20 * H, 1, 30, 20, 40, 30, 100],
    [0, 0, null, 0, 0, 0, 0, 0],
    [15, 10 * H, 0.5, 15, 10, 20, 15, 50],
    [30, 35 * H, 1, 30, 35, 40, 30, 100],
    [22, 21.5 * H, 0.87, 22, 21.5, 40, 26.1, 88.1],
    [12, 5 * H + 20 * 60, 1 / 3, 12, 5.33, 10.67, 10, 32.67],
  ])("quality %d, %d s, quiz %s → %d + %d h (%d) + %d = %d", (quality, seconds, quiz, q, h, a, z, total) => {
    const r = one({ qualityScore: quality, seconds, quizRatio: quiz });
    expect([r.questionnaire, r.hours, r.attendance, r.quiz, r.total]).toEqual([q, h, a, z, total]);
  });

  it.each([
    [20 * H, true],
    [19.99 * H, false],
    [20 * H - 1, false],
    [20 * H + 1, true],
  ])("draws the 20-hour line exactly: %d seconds → eligible %s", (seconds, eligible) => {
    const r = one({ seconds });
    expect(r.eligible).toBe(eligible);
    expect(r.rank).toBe(eligible ? 1 : null);
    expect(r.selected).toBe(eligible);
  });

  it("never shows 20.00 hours for someone still short of 20", () => {
    expect(one({ seconds: 20 * H - 1 }).hours).toBe(19.99);
  });

  it("does not count a cancelled registration as eligible", () => {
    expect(one({ status: "cancelled" })).toMatchObject({ eligible: false, rank: null, selected: false });
  });

  it.each([
    ["total", [t({ qualityScore: 29 }), t({ qualityScore: 30 })], [2, 1]],
    ["then hours", [t({ qualityScore: 30, seconds: 21 * H }), t({ qualityScore: 30, seconds: 25 * H })], [2, 1]],
    ["then quiz", [t({ qualityScore: 20, quizRatio: 0.5, seconds: 20 * H }), t({ qualityScore: 20, quizRatio: 0.6, seconds: 20 * H })], [2, 1]],
    ["then the earlier submission", [t({ submittedAtMs: 2000 }), t({ submittedAtMs: 1000 })], [2, 1]],
  ])("breaks ties by %s", (_, inputs, ranks) => {
    const rows = selectTrainees(inputs, rule);
    expect(inputs.map((i) => rows.find((r) => r.registrationId === i.registrationId)!.rank)).toEqual(ranks);
  });

  it("compares totals as rounded to two decimals, so the hours decide between 88.10 and 88.1", () => {
    // 22 + 40 + 26.1 = 88.1 against 21.999.. points that round to the same total
    const a = t({ qualityScore: 22, quizRatio: 0.87, seconds: 20 * H });
    const b = t({ qualityScore: 22, quizRatio: 0.87, seconds: 30 * H });
    const rows = selectTrainees([a, b], rule);
    expect(rows.map((r) => r.registrationId)).toEqual([b.registrationId, a.registrationId]);
  });

  it("selects the first 200 eligible of a class with more, and each class on its own quota", () => {
    const wuhan = Array.from({ length: 230 }, (_, i) => t({ qualityScore: i % 31 }));
    const yichang = Array.from({ length: 5 }, () => t({ classId: "yijingjingen" }));
    const short = Array.from({ length: 10 }, () => t({ seconds: 19 * H }));
    const rows = selectTrainees([...short, ...wuhan, ...yichang], rule);
    const w = rows.filter((r) => r.classId === "wuhan");
    expect(w.filter((r) => r.selected)).toHaveLength(200);
    expect(w.filter((r) => r.eligible)).toHaveLength(230);
    expect(w.filter((r) => r.rank !== null).map((r) => r.rank)).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    const cut = w.find((r) => r.rank === 200)!.total;
    expect(w.filter((r) => r.selected).every((r) => r.total >= cut)).toBe(true);
    expect(w.filter((r) => r.eligible && !r.selected).every((r) => r.total <= cut)).toBe(true);
    expect(rows.filter((r) => r.classId === "yijingjingen" && r.selected)).toHaveLength(5);
  });

  it("reads weights, required hours and quotas from the programme", () => {
    const other = { ...rule, weights: { questionnaire: 20, attendance: 50, quiz: 30 }, requiredHours: 10, quotas: new Map([["wuhan", 1]]) };
    const rows = selectTrainees([t({ qualityScore: 15, seconds: 10 * H, quizRatio: 0 }), t({ qualityScore: 30, seconds: 5 * H })], other);
    expect(rows[0]).toMatchObject({ questionnaire: 10, attendance: 50, total: 60, eligible: true, selected: true });
    expect(rows[1]).toMatchObject({ attendance: 25, eligible: false });
  });

  it("lists every registration: classes in programme order, eligible by rank, then the rest", () => {
    const rows = selectTrainees([t({ classId: "yijingjingen" }), t({ seconds: 0 }), t()], rule);
    expect(rows.map((r) => [r.classId, r.rank])).toEqual([["wuhan", 1], ["wuhan", null], ["yijingjingen", 1]]);
  });
});
