import { describe, expect, it } from "vitest";
import { headerUnit } from "../../src/imports/columns.js";
import { decideUnit } from "../../src/imports/durationUnit.js";
import { isMaskedPhone } from "../../src/imports/match.js";
import { baseFileName, sourceOf } from "../../src/imports/source.js";
import { locateTable } from "../../src/imports/locate.js";

describe("the unit a duration header names", () => {
  it.each([
    ["观看时长（秒）", "second"],
    ["观看时长(s)", "second"],
    ["时长（单位：秒）", "second"],
    ["观看时长/秒", "second"],
    ["观看秒数", "second"],
    ["duration_sec", "second"],
    ["watch_seconds", "second"],
    ["学习时长(小时)", "hour"],
    ["在线时长（分钟）", "minute"],
    ["观看时长(min)", "minute"],
    ["观看时长", undefined],
    ["参会时长", undefined],
    ["duration", undefined],
  ])("%s: %s", (h, unit) => expect(headerUnit(h)).toBe(unit));
});

describe("the unit of a column's plain numbers", () => {
  it.each([
    ["the coordinator's --unit first", "观看时长", ["90", "45"], "minute", "minute"],
    ["the header's unit", "观看时长（秒）", ["90", "45"], undefined, "second"],
    ["seconds when a value exceeds a day's minutes (企业微信, 诺云, 飞书 give seconds)", "观看时长", ["5400", "60"], undefined, "second"],
    ["none needed when no value is a plain number", "观看时长", ["1:30:00", "95分钟"], undefined, undefined],
    ["none for a few plain numbers among spelled-out ones (those rows are refused)", "观看时长", ["1:30:00", "95分钟", "150"], undefined, undefined],
  ] as const)("%s", (_, header, values, given, unit) => expect(decideUnit(header, values, given).unit).toBe(unit));

  it.each([
    [["90", "45"]],
    [["1440", "30", ""]],
    [["90", "1:00:00"]],
  ])("refuses the file when plain numbers under a day's minutes have no unit: %j", (values) => {
    expect(() => decideUnit("观看时长", values)).toThrow(/seconds or minutes.*--unit/);
  });
});

describe("masked phones", () => {
  it.each([["138****8000", true], ["138xxxx8000", true], ["+86 138****8000", true], ["13800138000", false], ["", false], ["****", false], ["138-0013-8000", false]])(
    "%j masked: %s",
    (raw, masked) => expect(isMaskedPhone(raw)).toBe(masked),
  );
});

describe("which report a file is (a later file of the same report replaces the earlier)", () => {
  const details = (entries: [string, string][]) => new Map(entries);
  it.each([
    ["腾讯会议: 会议号 and the meeting's day from the details", { fileName: "a.xlsx", details: details([["会议号", "123 456 789"], ["会议开始时间", "2022-06-13 08:52:10"]]) }, "id:123456789|2022-06-13"],
    ["保利威: the channel column's one value and the sessions' dates", { fileName: "a.csv", details: details([]), idColumn: ["2270342", "2270342"], starts: ["2022-06-14 09:00:00", "2022/6/15 10:00"] }, "id:2270342|2022-06-14~2022-06-15"],
    ["a channel column with two values names no one report", { fileName: "观看详情.csv", details: details([]), idColumn: ["1", "2"], starts: ["2022-06-14 09:00:00"] }, "file:观看详情|2022-06-14"],
    ["no number: the file name without a browser's (1) and the dates", { fileName: "观看记录 (1).csv", details: details([]), starts: ["2022-06-13 09:00"] }, "file:观看记录|2022-06-13"],
    ["no number, no times: the file name alone", { fileName: "观看记录-副本.xlsx", details: details([]) }, "file:观看记录|"],
  ])("%s", (_, input, key) => expect(sourceOf(input).key).toBe(key));

  it.each([["参会明细 (1).xlsx", "参会明细"], ["参会明细（2）.csv", "参会明细"], ["参会明细 - 副本.xlsx", "参会明细"], ["6月13日.xlsx", "6月13日"]])("%s is the download %s", (name, base) =>
    expect(baseFileName(name)).toBe(base),
  );
});

describe("finding the header row", () => {
  const row = (line: number, ...cells: string[]) => ({ line, cells });
  const fit = (h: string[]) => (h.includes("手机号") ? { score: h.includes("退会时间") ? 3 : 1 } : undefined);

  it("takes the rows above the header as details, in one cell or two", () => {
    const found = locateTable([{ rows: [row(1, "会议主题：专员培训"), row(2, "会议号", "123"), row(4, "手机号", "时长"), row(5, "13800138000", "1:00:00")] }], fit, "attendance");
    expect(found.headerRow).toBe(4);
    expect([...found.details]).toEqual([["会议主题", "专员培训"], ["会议号", "123"]]);
    expect(found.table.rows).toEqual([row(5, "13800138000", "1:00:00")]);
  });

  it("prefers the per-session sheet and says which was read", () => {
    const found = locateTable([{ name: "汇总", rows: [row(1, "手机号", "累计时长")] }, { name: "明细", rows: [row(1, "手机号", "退会时间")] }], fit, "attendance");
    expect(found.sheet).toBe("明细");
    expect(found.sheetNote).toContain("未读：「汇总」");
  });
});
