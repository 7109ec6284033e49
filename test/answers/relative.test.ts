import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { localDate, relativeDates } from "../../src/answers/relative.js";
import { answerQuestion } from "../../src/answers/index.js";

const programme = loadProgramme();

describe("dates against the clock", () => {
  it("takes today in the programme's time zone, not the server's", () => {
    expect(localDate(new Date("2022-06-12T17:30:00Z"), "Asia/Shanghai")).toBe("2022-06-13");
    expect(localDate(new Date("2022-06-12T15:30:00Z"), "Asia/Shanghai")).toBe("2022-06-12");
  });

  it.each([
    ["今天", "2022-06-08", ["2022-06-08"]],
    ["明天", "2022-06-08", ["2022-06-09"]],
    ["后天", "2022-06-08", ["2022-06-10"]],
    ["大后天", "2022-06-08", ["2022-06-11"]],
    ["昨天", "2022-06-08", ["2022-06-07"]],
    ["这周五", "2022-06-08", ["2022-06-10"]],
    ["下周一", "2022-06-08", ["2022-06-13"]],
    ["下个星期三", "2022-06-08", ["2022-06-15"]],
    ["下周日", "2022-06-12", ["2022-06-19"]],
    ["本周日", "2022-06-12", ["2022-06-12"]],
    ["next monday", "2022-06-08", ["2022-06-13"]],
    ["tomorrow", "2022-06-16", ["2022-06-17"]],
  ])("%s on %s is %j", (text, today, dates) => {
    expect(relativeDates(text, today).dates).toEqual(dates);
  });

  it("answers 明天有课吗 from the schedule of the day after the clock's date", () => {
    const before = answerQuestion("明天有课吗", { programme, now: new Date("2022-06-01T10:00:00+08:00") })!;
    expect(before.text).toContain("没有安排课程");
    expect(before.text).toContain("6月13日");
    const during = answerQuestion("明天有课吗", { programme, now: new Date("2022-06-14T10:00:00+08:00") })!;
    expect(during.text).toContain("知识产权风险防范与控制策略");
  });

  it("reads no date into 明天 without a clock, and gives the plan by date instead", () => {
    const a = answerQuestion("明天下午讲什么", { programme })!;
    expect(a.text).not.toContain("6月14日（线上第2天）下午");
    expect(a.text).toContain("6月13日至6月17日");
    expect(a.text).toContain("高质量专利撰写实务");
  });

  it("tells after the deadline that registration has closed", () => {
    const a = answerQuestion("怎么报名", { programme, now: new Date("2022-06-10T10:00:00+08:00") })!;
    expect(a.text.startsWith("报名已于6月5日截止")).toBe(true);
    const b = answerQuestion("怎么报名", { programme, now: new Date("2022-05-20T10:00:00+08:00") })!;
    expect(b.text).not.toContain("截止。");
  });
});
