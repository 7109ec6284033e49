import { describe, expect, it } from "vitest";
import { step } from "../../src/conversation/step.js";
import { initialState } from "../../src/conversation/state.js";
import { loadProgramme } from "../../src/programme/load.js";
import type { State } from "../../src/conversation/types.js";

const ctx = { now: new Date("2022-05-20T10:00:00+08:00"), programme: loadProgramme() };
const submitted = (): State => ({ ...initialState(), phase: "submitted", consentData: true, submittedAt: "2022-05-19T02:00:00.000Z" });

describe("asking for the filled receipt", () => {
  it.each(["回执", "下载回执", "报名回执", "回执下载", "/receipt", "报名回执模板在哪里下载", "回执怎么下载？", "回执模板在哪下载"])(
    "sends it on “%s” once submitted", (text) => {
      expect(step(submitted(), { kind: "text", text }, ctx).effects).toEqual([{ type: "sendReceipt" }]);
    });

  it.each(["回执盖章后发到哪里", "我的回执收到了吗", "回执截止时间"])("leaves “%s” to the answers", (text) => {
    expect(step(submitted(), { kind: "text", text }, ctx).effects).not.toContainEqual({ type: "sendReceipt" });
  });

  it("says the receipt comes after submission to one who has not submitted", () => {
    const r = step({ ...initialState(), phase: "form", consentData: true, field: "name" }, { kind: "text", text: "回执" }, ctx);
    expect(r.effects).toEqual([]);
    expect(r.replies.map((x) => x.text).join("\n")).toContain("提交报名后");
  });

  it("sends the receipt with the confirmation of a submission", () => {
    const r = step({ ...submitted(), phase: "submitting", submittedAt: undefined }, { kind: "saved", submittedAt: "2022-05-20T02:00:00.000Z" }, ctx);
    expect(r.replies[0]!.text).toContain("报名已提交成功");
    expect(r.effects).toEqual([{ type: "sendReceipt" }]);
  });
});
