import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { parseWrittenDate } from "../../src/domain/writtenDate.js";
import { parseOfflineArgs } from "../../src/coordinator/announceArgs.js";

const p = loadProgramme();

describe("dates as coordinators write them", () => {
  it.each([
    ["2022-07-05", "2022-07-05"],
    ["2022/07/05", "2022-07-05"],
    ["2022/7/5", "2022-07-05"],
    ["2022.7.5", "2022-07-05"],
    ["2022年7月5日", "2022-07-05"],
    ["7月5日", "2022-07-05"],
    ["7月5号", "2022-07-05"],
    ["7 月 5 日", "2022-07-05"],
    ["７月５日", "2022-07-05"],
    ["7.5", "2022-07-05"],
    ["7/5", "2022-07-05"],
    ["6月30日", "2022-06-30"],
    ["7.5 上午", "2022-07-05"],
    ["7月5日下午", "2022-07-05"],
  ])("reads %j as %s", (text, date) => {
    const r = parseWrittenDate(text, p);
    expect(r).toMatchObject({ ok: true, value: { date, rest: "" } });
  });

  it.each([
    ["2022-13-45", "没有13月"],
    ["2022-02-30", "2022年2月只有28天"],
    ["6月31日", "2022年6月只有30天"],
    ["2021-01-01", "2021年1月1日不在培训期间（2022年6月—7月）内"],
    ["8月1日", "8月1日不在培训期间（2022年6月—7月）内"],
    ["2022-05-31", "不在培训期间"],
    ["明天", "看不懂日期“明天”"],
    ["", "看不懂日期"],
  ])("refuses %j: %s", (text, why) => {
    const r = parseWrittenDate(text, p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });

  it("keeps what follows the date and its part of the day", () => {
    expect(parseWrittenDate("7.5 上午 武汉市某某酒店", p)).toEqual({ ok: true, value: { date: "2022-07-05", partOfDay: "上午", rest: "武汉市某某酒店" } });
  });
});

describe("the offline announcement's words", () => {
  it.each([
    ["武汉 7月5日 上午 武汉市某某酒店", "wuhan", "2022-07-05", "武汉市某某酒店"],
    ["宜昌班 2022/07/08 宜昌某宾馆", "yijingjingen", "2022-07-08", "宜昌某宾馆"],
    ["xiangshisuishen 7.6 襄阳某会议中心", "xiangshisuishen", "2022-07-06", "襄阳某会议中心"],
    ["7月5日 武汉市某某酒店", null, "2022-07-05", "武汉市某某酒店"],
  ])("reads %j", (text, classId, startDate, place) => {
    expect(parseOfflineArgs(text, p)).toMatchObject({ ok: true, value: { classId, startDate, place } });
  });

  it.each([
    ["火星班 7月5日 某地", "没有“火星班”这个班次"],
    ["7月5日", "请写上培训地点"],
    ["2021-01-01 某地", "不在培训期间"],
  ])("refuses %j", (text, why) => {
    const r = parseOfflineArgs(text, p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });
});
