import { describe, expect, it } from "vitest";
import { explainQuality, qualityMax, qualityScore } from "../../src/domain/quality.js";
import type { Answers } from "../../src/domain/questionnaire/questions.js";
import { loadProgramme } from "../../src/programme/load.js";

const p = loadProgramme();
const required: Answers = {
  organization: "湖北某某科技有限公司", creditCode: "91420100MA4KL1234M", city: "wuhan", classId: "wuhan", name: "张明", gender: "male",
  department: "知识产权部", title: "专员", email: "zm@example.com", mobile: "13800138000", address: "武汉市洪山区某某路1号",
  enterpriseType: "民营企业", industry: "装备制造", patentCount: 12, ipYears: "1to3", role: "fullTime", interests: ["高质量专利撰写实务"],
  needs: "希望系统学习专利检索和高价值专利培育挖掘的方法，了解项目申报书撰写要点，提升企业知识产权管理水平，并结合本企业实际案例交流",
};
const minimal: Answers = { ...required, qq: null, officePhone: null, remarks: null };
const full: Answers = { ...required, qq: "123456", officePhone: "027-87520061", remarks: "请安排周末" };
const han = (n: number) => "专".repeat(n);
const score = (a: Answers) => qualityScore(p, a).score;
const points = (a: Answers, label: string) => qualityScore(p, a).parts.find((x) => x.label === label)?.points;

describe("qualityScore (the 2022 programme's rules)", () => {
  it("gives exactly 30 to a complete, valid questionnaire with every optional answer", () => expect(score(full)).toBe(30));

  it.each([1, 2, 3, 10])("gives 30 whatever number of courses it picks: %d", (n) => {
    expect(score({ ...full, interests: p.courseTopics.slice(0, n) })).toBe(30);
  });

  it("has a maximum of 30, the sum of the parts' maxima", () => {
    expect(qualityMax(p)).toBe(30);
    expect(qualityScore(p, full).parts.reduce((s, x) => s + x.max, 0)).toBe(30);
  });

  it("costs a missing or unreadable required answer only the completeness points, never the whole score", () => {
    const { email: _e, ...withoutEmail } = full;
    expect(score(withoutEmail)).toBe(18);
  });

  it("costs a missing or unreadable optional answer only its own points", () => {
    const { qq: _q, ...withoutQq } = full;
    expect(score(withoutQq)).toBe(28);
  });

  it("gives 24 to a complete questionnaire with no optional answers", () => expect(score(minimal)).toBe(24));

  it("is deterministic and its parts add up to the score", () => {
    for (const a of [full, minimal, { ...full, qq: null, interests: ["x"] }]) {
      const r = qualityScore(p, a);
      expect(qualityScore(p, a)).toEqual(r);
      expect(r.parts.reduce((s, x) => s + x.points, 0)).toBe(r.score);
      for (const x of r.parts) expect(x.points).toBeLessThanOrEqual(x.max);
    }
  });

  it.each([
    ["a QQ number", { qq: "123456" }, 26], ["an office phone", { officePhone: "027-87520061" }, 26],
    ["remarks", { remarks: "请安排周末" }, 26], ["all three", { qq: "1", officePhone: "2", remarks: "3" }, 30],
    ["a QQ of only spaces (not given)", { qq: " \t " }, 24], ["null answers (not given)", { qq: null, remarks: null }, 24],
    ["remarks of only control characters (not given)", { remarks: "\u0000\u0007" }, 24],
  ])("adds 2 points per optional answer: %s", (_, extra, expected) => {
    expect(score({ ...minimal, ...extra })).toBe(expected);
  });

  it.each([[[], 0], [["检索"], 4], [["检索", "撰写", "维权"], 4], [["", " "], 0]])(
    "scores interests %j with %d points (one or more distinct, non-empty topics)", (interests, expected) => {
      expect(points({ ...minimal, interests }, "选择感兴趣的课程主题")).toBe(expected);
    },
  );

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
    expect(score({ ...minimal, patentCount: 500 })).toBe(score({ ...minimal, patentCount: 0 }));
  });
});

describe("explainQuality", () => {
  const text = explainQuality(p);
  it("states the maximum and that a missing answer costs only its own points", () => {
    expect(text).toContain("满分30分");
    expect(text).toContain("只失去该项的分数");
  });
  it("names every rule that the score uses", () => {
    for (const x of qualityScore(p, full).parts) expect(text).toContain(x.label);
  });
  it.each(["必填项全部完整有效：12分", "填写QQ号：2分", "填写办公电话：2分", "填写备注：2分", "1个及以上得4分",
    "50字及以上得8分", "20–49字得4分", "不足20字0分", "空白、标点和表情不计"])("says %j", (fragment) => {
    expect(text).toContain(fragment);
  });
});
