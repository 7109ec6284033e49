import { describe, expect, it } from "vitest";
import { step } from "../../src/conversation/step.js";
import { initialState } from "../../src/conversation/state.js";
import type { State, StepResult } from "../../src/conversation/types.js";
import { loadProgramme } from "../../src/programme/load.js";
import { GOOD_ANSWERS } from "../support/jsonl.js";

const programme = loadProgramme();
const ctx = { now: new Date("2022-05-20T10:00:00+08:00"), programme };

function run(answers: string[], state: State = initialState()): StepResult {
  let r: StepResult = { state, replies: [], effects: [] };
  for (const a of answers) {
    r = step(r.state, { kind: "text", text: a }, ctx);
    const check = r.effects.find((e) => e.type === "checkMobile");
    if (check) r = step(r.state, { kind: "mobileChecked", mobile: check.mobile, taken: false }, ctx);
  }
  return r;
}
/** "报名", then the good answers up to (not including) the question `key`. */
const upTo = (key: string) => run(["报名", ...GOOD_ANSWERS.slice(0, GOOD_ANSWERS.findIndex(([k]) => k === key)).map(([, v]) => v)]);
const texts = (r: StepResult) => r.replies.map((x) => x.text).join("\n");

describe("answers in chat", () => {
  it("asks which course is meant when two could be, as options, and takes the number of the one chosen", () => {
    const at = upTo("interests");
    const asked = step(at.state, { kind: "text", text: "撰写" }, ctx);
    expect(asked.state.field).toBe("interests");
    expect(asked.replies.at(-1)!.options!.map((o) => o.label)).toEqual(["知识产权类课题项目申报书撰写辅导", "高质量专利撰写实务"]);
    expect(texts(asked)).not.toContain("无法识别");
    const picked = step(asked.state, { kind: "text", text: "2" }, ctx);
    expect(picked.state.answers.interests).toEqual(["高质量专利撰写实务"]);
    expect(picked.state.field).toBe("needs");
  });

  it("confirms an e-mail with a likely domain slip before keeping it, and keeps it as typed when told so", () => {
    const at = upTo("email");
    const asked = step(at.state, { kind: "text", text: "zm@qq.con" }, ctx);
    expect(texts(asked)).toContain("zm@qq.com 吗");
    expect(asked.state.answers.email).toBeUndefined();
    expect(step(asked.state, { kind: "text", text: "是" }, ctx).state.answers.email).toBe("zm@qq.com");
    expect(step(asked.state, { kind: "text", text: "不是" }, ctx).state.answers.email).toBe("zm@qq.con");
  });

  it("refuses an unknown option without listing the options twice", () => {
    const at = upTo("role");
    const r = step(at.state, { kind: "text", text: "都不是" }, ctx);
    expect(r.state.field).toBe("role");
    // the options come once, with the question asked again; the refusal does not list them
    expect(r.replies.filter((x) => x.options)).toHaveLength(1);
    expect(r.replies.at(-1)!.options!.map((o) => o.label)).toEqual(["专职", "兼职"]);
    for (const x of r.replies) expect(x.text).not.toMatch(/专职\s*[、／/，,]\s*兼职|1\.\s*专职/);
  });

  it("takes 不用了 at the remarks and 没有 at the QQ as skips, the same way", () => {
    expect(run(["没有"], upTo("qq").state).state.answers.qq).toBeNull();
    expect(run(["不用了"], upTo("remarks").state).state.answers.remarks).toBeNull();
  });

  it("takes a long needs text holding a question as the answer, and answers the question too", () => {
    const at = upTo("needs");
    const text = "公司现有发明专利12件，正在筹建知识产权部，希望系统学习专利挖掘与布局。培训要收费吗？";
    const r = step(at.state, { kind: "text", text }, ctx);
    expect(r.state.answers.needs).toBe(text);
    expect(r.state.phase).toBe("summary");
    expect(texts(r)).toContain("不得向企业、培训人员收取任何费用");
  });

  it("accepts the suggested class with 就按建议的, and 神龙架 as 神农架", () => {
    const at = upTo("city");
    const city = step(at.state, { kind: "text", text: "神龙架" }, ctx);
    expect(city.state.answers.city).toBe("shennongjia");
    const cls = step(city.state, { kind: "text", text: "就按建议的" }, ctx);
    expect(cls.state.answers.classId).toBe("xiangshisuishen");
  });

  it("reads a number at the years question as years, not as the option's position", () => {
    expect(run(["4"], upTo("ipYears").state).state.answers.ipYears).toBe("3to5");
    expect(upTo("ipYears").replies.at(-1)!.options).toBeUndefined();
  });

  it("refuses text made only of invisible characters", () => {
    const r = step(upTo("organization").state, { kind: "text", text: "\u2066\u3164\u200b\u2069" }, ctx);
    expect(texts(r)).toContain("看不见的字符");
    expect(r.state.answers.organization).toBeUndefined();
  });
});
