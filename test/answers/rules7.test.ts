import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";

// The general rules behind heldout7's first-run misses, asked in other words than the batch's.
const programme = loadProgramme();
const ask = (q: string, now = new Date("2022-06-03T12:00:00+08:00")) => answerQuestion(q, { programme, now });

describe("heldout7's rules in other words", () => {
  it("reads pinyin initials as the programme word they stand for", () => {
    expect(ask("bm截止是哪天")!.text).toContain("6月5日");
    expect(ask("hz要盖章吗")!.intent).toBe("receipt");
    expect(ask("zs有没有")!.intent).toBe("certificate");
  });

  it("forgives chat particles, a slip and a demonstrative with its measure word", () => {
    expect(ask("线上直波要交钱撒")!.outside).toBeFalsy();
    expect(ask("回执发那个油箱咯")!.text).toContain("报名邮箱");
    expect(ask("遴选那一项考勤占多少")!.text).toContain("40%");
  });

  it("answers each of two schedule questions, in the order asked", () => {
    const t = ask("线上第一天上午讲啥？线下第一天下午讲啥")!.text;
    expect(t).toContain("开班仪式");
    expect(t).toContain("结业专员考试");
    expect(t.indexOf("开班仪式")).toBeLessThan(t.indexOf("结业专员考试"));
  });

  it("reads leaving on the last day as the schedule's 返回", () => {
    expect(ask("线下培训最后那天几点可以回去")!.text).toContain("结业返回");
  });

  it("answers a generic 'when' with 另行通知 and an exact day as not stated", () => {
    const when = ask("线下培训具体什么时候")!;
    expect(when.text).toContain("另行通知");
    expect(when.unknown).toBeFalsy();
    expect(ask("线下培训具体哪天")!.unknown).toBe(true);
  });

  it("says what the notice leaves out, with a contact", () => {
    for (const q of ["证书能不能用于评职称", "能不能调到襄阳班", "下一期什么时候办"]) {
      const a = ask(q)!;
      expect(a.unknown, q).toBe(true);
      expect(a.text, q).toContain("联系");
    }
  });

  it("answers 'still in time' with the deadline, and after it that registration closed", () => {
    expect(ask("现在报名还赶得上不")!.text).toContain("6月5日");
    expect(ask("现在报还来得及吗", new Date("2022-06-08T12:00:00+08:00"))!.text).toContain("报名已于6月5日截止");
  });

  it("declines city transport, restaurants, shopping advice and unrelated tasks", () => {
    for (const q of ["武汉站到汉口站坐几号线", "帮我把这个合同润色一下：甲方乙方约定如下", "推荐个襄阳好吃的牛肉面馆", "which laptop is best under 4000 yuan"]) {
      expect(ask(q)?.outside, q).toBe(true);
    }
  });
});
