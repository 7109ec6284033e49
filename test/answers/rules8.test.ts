import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";

// The general rules behind heldout8's first-run misses, asked in other words than the batch's.
const programme = loadProgramme();
const ask = (q: string, now = new Date("2022-06-03T12:00:00+08:00"), classId?: string) => answerQuestion(q, { programme, now, classId });

describe("heldout8's rules in other words", () => {
  it("reads 此刻, 眼下, 这会儿 as now: today and the current half-day", () => {
    expect(ask("此刻在讲啥", new Date("2022-06-14T10:00:00+08:00"))!.text).toContain("6月14日");
    expect(ask("眼下是什么课", new Date("2022-06-13T15:00:00+08:00"))!.text).toContain("项目申报书撰写辅导");
    expect(ask("这会儿上午讲哪门", new Date("2022-06-17T09:30:00+08:00"))!.unknown).toBeFalsy();
  });

  it("a place or the asker's class with 邮箱 or 老师 gives that class's contact", () => {
    expect(ask("我的报名表发哪个邮箱", undefined, "xiangshisuishen")!.text).toContain("287283496@qq.com");
    expect(ask("荆门的 问哪位老师")!.text).toContain("黄夏");
    const en = ask("A friend of mine is a colleague in Xiangyang; where does his receipt go by email?")!;
    expect(en.unknown).toBeFalsy();
    expect(en.text).toContain("287283496@qq.com");
  });

  it("quotes the notice's own sentence for the class a base hosts", () => {
    expect(ask("宜昌基地负责哪个班")!.text).toContain("负责承办宜荆荆恩城市群知识产权专员培训");
  });

  it("finds a session typed as its homophone, but not through a number", () => {
    expect(ask("线下第一天啥时候报道")!.text).toContain("学员报到");
    expect(ask("线下考核一共多少天")!.text).toContain("2天");
  });

  it("answers where and when asked together with 另行通知, an exact day alone as not stated", () => {
    const both = ask("线下具体在哪里、什么时候")!;
    expect(both.unknown).toBeFalsy();
    expect(both.text).toContain("另行通知");
    expect(ask("线下培训具体哪天")!.unknown).toBe(true);
  });

  it("reads 通过线下 as passing the offline stage, not as a pass mark", () => {
    expect(ask("通过线下考核以后发什么证")!.text).toContain("知识产权专员证书");
    expect(ask("考多少分能过线")!.unknown).toBe(true);
  });

  it("says a per-company limit on offline places is not stated, but online places are unlimited", () => {
    expect(ask("每个单位线下名额最多几个")!.unknown).toBe(true);
    expect(ask("每个单位能报几个人")!.text).toContain("不限");
  });

  it("declines poems, jokes and train times", () => {
    expect(ask("讲个笑话听听")!.outside).toBe(true);
    expect(ask("宜昌到荆州的动车几点发车")!.outside).toBe(true);
  });
});
