import { describe, expect, it } from "vitest";
import { QUALITY_MAX, explainQuality, qualityScore, type QualityInput } from "../../src/domain/quality.js";

const minimal: QualityInput = { complete: true, interests: [] };
const full: QualityInput = {
  complete: true, qq: "123456", officePhone: "027-87520061", remarks: "无", interests: ["检索", "撰写", "维权"],
  needs: "希望系统学习专利检索和高价值专利培育挖掘的方法，了解项目申报书撰写要点，提升企业知识产权管理水平，并结合本企业实际案例交流", patentCount: 12,
};
const han = (n: number) => "专".repeat(n);
const points = (a: QualityInput, label: string) => qualityScore(a).parts.find((p) => p.label === label)?.points;

describe("qualityScore", () => {
  it("gives exactly 30 to a complete questionnaire with every optional answer, 3 topics and 50+ characters of needs", () => {
    expect(qualityScore(full).score).toBe(30);
  });
  it("has a maximum of 30, the sum of the parts' maxima", () => {
    expect(QUALITY_MAX).toBe(30);
    expect(qualityScore(full).parts.reduce((s, p) => s + p.max, 0)).toBe(30);
  });
  it("gives 0 on every rule to an incomplete questionnaire, however rich", () => {
    const r = qualityScore({ ...full, complete: false });
    expect(r.score).toBe(0);
    expect(r.parts.every((p) => p.points === 0)).toBe(true);
  });
  it("gives 12 to a complete questionnaire with no optional answers", () => expect(qualityScore(minimal).score).toBe(12));
  it("is deterministic and its parts add up to the score", () => {
    for (const a of [full, minimal, { ...full, qq: null, interests: ["x"] }]) {
      const r = qualityScore(a);
      expect(qualityScore(a)).toEqual(r);
      expect(r.parts.reduce((s, p) => s + p.points, 0)).toBe(r.score);
      for (const p of r.parts) expect(p.points).toBeLessThanOrEqual(p.max);
    }
  });

  it.each([
    ["a QQ number", { qq: "123456" }, 14], ["an office phone", { officePhone: "027-87520061" }, 14],
    ["remarks", { remarks: "请安排周末" }, 14], ["all three", { qq: "1", officePhone: "2", remarks: "3" }, 18],
    ["a QQ of only spaces (not given)", { qq: " \t " }, 12], ["null answers (not given)", { qq: null, remarks: null }, 12],
    ["remarks of only control characters (not given)", { remarks: "\u0000\u0007" }, 12],
  ])("adds 2 points per optional answer: %s → %d", (_, extra, expected) => {
    expect(qualityScore({ ...minimal, ...extra }).score).toBe(expected);
  });

  it.each([
    [[], 0], [["检索"], 2], [["检索", "撰写"], 2], [["检索", "撰写", "维权"], 4], [Array.from({ length: 10 }, (_, i) => `t${i}`), 4],
    [["检索", "检索", "检索"], 2], [["", " "], 0],
  ])("scores interests %j with %d points (distinct, non-empty topics)", (interests, expected) => {
    expect(points({ ...minimal, interests }, "感兴趣的课程主题")).toBe(expected);
  });

  it.each([
    ["no needs", null, 0], ["19 Chinese characters", han(19), 0], ["20 Chinese characters", han(20), 4],
    ["49 Chinese characters", han(49), 4], ["50 Chinese characters", han(50), 8],
    ["50 letters and digits", "abcde12345".repeat(5), 8], ["50 full-width letters", "ａ".repeat(50), 8],
    ["19 characters padded with spaces and line breaks", han(19).split("").join(" \n "), 0],
    ["100 punctuation marks", "。，！".repeat(34), 0], ["60 emoji", "😀".repeat(60), 0],
    ["20 characters among punctuation", `${han(10)}！！！${han(10)}。。。`, 4],
  ])("scores needs of %s with %d points", (_, needs, expected) => {
    expect(points({ ...minimal, needs }, "培训需求描述")).toBe(expected);
  });

  it("does not score the patent count", () => {
    expect(qualityScore({ ...minimal, patentCount: 500 }).score).toBe(qualityScore({ ...minimal, patentCount: 0 }).score);
  });
});

describe("explainQuality", () => {
  const text = explainQuality();
  it("states the maximum and the incomplete rule", () => {
    expect(text).toContain("满分30分");
    expect(text).toContain("总分为0分");
  });
  it("names every rule that the score uses", () => {
    for (const p of qualityScore(full).parts) expect(text).toContain(p.label);
  });
  it.each(["必填项全部完整有效：12分", "填写QQ号：2分", "填写办公电话：2分", "填写备注：2分", "3个及以上得4分", "1–2个得2分",
    "50字及以上得8分", "20–49字得4分", "不足20字0分", "空白、标点和表情不计"])("says %j", (fragment) => {
    expect(text).toContain(fragment);
  });
});
