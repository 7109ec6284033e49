import { describe, expect, it } from "vitest";
import { step } from "../../src/conversation/step.js";
import { initialState } from "../../src/conversation/state.js";
import type { Input, State, StepResult } from "../../src/conversation/types.js";
import { loadProgramme } from "../../src/programme/load.js";
import { GOOD_ANSWERS } from "../support/jsonl.js";

const programme = loadProgramme();
const ctx = { now: new Date("2022-05-20T10:00:00+08:00"), programme };
const text = (t: string): Input => ({ kind: "text", text: t });

/** Runs answers through step, feeding the shell's answers to effects the way the engine does. */
function run(answers: string[], state: unknown = initialState()): StepResult {
  let r: StepResult = { state: state as State, replies: [], effects: [] };
  for (const a of answers) {
    r = step(r.state, text(a), ctx);
    const check = r.effects.find((e) => e.type === "checkMobile");
    if (check) r = step(r.state, { kind: "mobileChecked", mobile: check.mobile, taken: false }, ctx);
  }
  return r;
}

const replyText = (r: StepResult) => r.replies.map((x) => x.text).join("\n");
/** "报名", then the first `k` good answers. */
const form = (k: number = GOOD_ANSWERS.length) => ["报名", ...GOOD_ANSWERS.slice(0, k).map(([, v]) => v)];

describe("the registration conversation (pure step)", () => {
  it("asks for consent before anything else and stores nothing when refused", () => {
    const first = run(["报名"]);
    expect(replyText(first)).toContain("个人信息保护法");
    const refused = run(["报名", "不同意"]);
    expect(refused.state).toEqual(initialState());
    expect(refused.effects).toEqual([]);
  });

  it("maps a number to the option shown", () => {
    const r = run(["报名", "1", "2"]);
    expect(r.state.consentData).toBe(true);
    expect(r.state.consentPublish).toBe(false);
    expect(r.state.field).toBe("organization");
  });

  it("suggests the class of the trainee's city first", () => {
    const r = run(form(5));
    expect(r.state.field).toBe("classId");
    expect(r.replies.at(-1)!.options![0]!.label).toBe("宜荆荆恩城市群");
    expect(replyText(r)).toContain("建议报名“宜荆荆恩城市群”");
  });

  it("lets optional fields be skipped and refuses to skip required ones", () => {
    const upToQq = form(11);
    expect(run([...upToQq, "跳过"]).state.answers.qq).toBeNull();
    const r = run([...form(2), "跳过"]);
    expect(replyText(r)).toContain("必填项");
    expect(r.state.field).toBe("organization");
  });

  it("goes back one step with 返回", () => {
    const r = run([...form(4), "返回"]);
    expect(r.state.field).toBe("creditCode");
  });

  it("shows a summary and submits only on explicit confirmation", () => {
    const all = run(form());
    expect(all.state.phase).toBe("summary");
    expect(replyText(all)).toContain("手机：13800138000");
    const vague = step(all.state, text("嗯"), ctx);
    expect(vague.effects).toEqual([]);
    const sure = step(all.state, text("确认提交"), ctx);
    expect(sure.effects[0]).toMatchObject({ type: "saveRegistration", registration: { mobile: "13800138000", qualityScore: 28 } });
  });

  it("answers a programme question in the middle of the form and asks the same field again", () => {
    const mid = run(form(6));
    const r = step(mid.state, text("6月5日之前要交什么？"), ctx);
    expect(r.state.field).toBe(mid.state.field);
    expect(r.replies.at(-1)!.text).toContain("请填写您的姓名");
    expect(r.state.answers.name).toBeUndefined();
  });

  it("never takes a free-text answer for a question", () => {
    const mid = run(form(17));
    expect(mid.state.field).toBe("industry");
    const r = step(mid.state, text("培训服务"), ctx);
    expect(r.state.answers.industry).toBe("培训服务");
  });

  it("refuses a file before consent, and an oversized or wrong-typed file with the reason", () => {
    expect(replyText(step(initialState(), { kind: "file", name: "a.pdf", size: 10, mime: "application/pdf" }, ctx))).toContain("同意");
    const consented = run(["报名", "同意", "同意"]).state;
    const big = step(consented, { kind: "file", name: "a.pdf", size: 11 * 1024 * 1024, mime: "application/pdf" }, ctx);
    expect(replyText(big)).toContain("10 MB");
    const exe = step(consented, { kind: "file", name: "a.pdf", size: 100, mime: "application/x-msdownload" }, ctx);
    expect(replyText(exe)).toContain("不是 PDF、JPG 或 PNG");
    expect(exe.effects).toEqual([]);
    const ok = step(consented, { kind: "file", name: "a.png", size: 100, mime: "image/png" }, ctx);
    expect(ok.effects).toEqual([{ type: "storeReceipt" }]);
  });

  it("restarts a stored state of an unknown version instead of crashing", () => {
    const r = step({ v: 0, phase: "weird" }, text("报名"), ctx);
    expect(r.state.phase).toBe("consent");
  });

  it("keeps its state as plain JSON", () => {
    const r = run(form());
    expect(structuredClone(r.state)).toEqual(r.state);
    expect(JSON.parse(JSON.stringify(r.state))).toEqual(r.state);
  });
});
