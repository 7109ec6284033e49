import { describe, expect, it } from "vitest";
import { parseDuration } from "../../src/imports/duration.js";
import { cleanHeader, headerUnit, mapColumns } from "../../src/imports/columns.js";
import { parseWallTime } from "../../src/imports/wallTime.js";
import { loadXlsx, readSheets, readTable, streamXlsx, type Sheet } from "../../src/imports/read.js";
import { excelTime, workbook } from "./files.js";

describe("livestream durations", () => {
  it.each([
    ["1:35:20", 5720],
    ["00:05:00", 300],
    ["95分钟", 5700],
    ["95 分钟", 5700],
    ["1小时35分", 5700],
    ["1小时35分钟20秒", 5720],
    ["35分20秒", 2120],
    ["2小时", 7200],
    ["1.5小时", 5400],
    ["１小时", 3600],
    ["1h30m", 5400],
  ])("reads %s as %d seconds", (raw, seconds) => expect(parseDuration(raw)).toEqual({ ok: true, value: seconds }));

  it.each(["", "1:35", "abc", "-5", "1小时半", "500小时"])("refuses %j with a reason", (raw) => {
    const r = parseDuration(raw);
    expect(r.ok).toBe(false);
  });

  it("refuses a plain number when no unit is given, and takes it in the unit given", () => {
    expect(parseDuration("95")).toMatchObject({ ok: false, error: expect.stringContaining("没有单位") });
    expect(parseDuration("95", "minute")).toEqual({ ok: true, value: 5700 });
    expect(parseDuration("95.5", "minute")).toEqual({ ok: true, value: 5730 });
    expect(parseDuration("5720", "second")).toEqual({ ok: true, value: 5720 });
  });

  it("takes plain numbers in the unit the header gives", () => {
    expect(parseDuration("90", headerUnit("观看时长（秒）"))).toEqual({ ok: true, value: 90 });
    expect(parseDuration("2", headerUnit("学习时长(小时)"))).toEqual({ ok: true, value: 7200 });
  });
});

describe("questionnaire headers", () => {
  it.each([
    ["1、单位名称", "单位名称"],
    ["12、手机", "手机"],
    ["Q5. 姓名", "姓名"],
    ["第5题 姓名", "姓名"],
    ["12.手机（必填）：", "手机"],
    ["提交答卷时间", "提交答卷时间"],
  ])("%s is the question %s", (h, clean) => expect(cleanHeader(h)).toBe(clean));

  it("matches exact names before parts of longer headers", () => {
    const cols = mapColumns(["是否同意公布姓名和单位", "5、姓名", "观看时长(分钟)"], [
      { key: "name", names: ["姓名"] },
      { key: "consent", names: ["同意公布"] },
      { key: "duration", names: ["观看时长"] },
    ]);
    expect(cols).toEqual({ name: 1, consent: 0, duration: 2 });
  });
});

describe("submission times", () => {
  it.each([
    ["2022/5/20 10:23:45", "2022-05-20T02:23:45.000Z"],
    ["2022-05-20 10:23", "2022-05-20T02:23:00.000Z"],
    ["2022年5月20日 10:23:45", "2022-05-20T02:23:45.000Z"],
    ["2022-05-20", "2022-05-19T16:00:00.000Z"],
    ["2022-05-20T10:23:45+08:00", "2022-05-20T02:23:45.000Z"],
  ])("reads %s in Asia/Shanghai", (raw, iso) => expect(parseWallTime(raw, "Asia/Shanghai")?.toISOString()).toBe(iso));

  it("returns nothing for what is not a time", () => expect(parseWallTime("昨天", "Asia/Shanghai")).toBeUndefined());
});

describe("reading CSV", () => {
  const header = "手机号,成绩\n";
  it.each([
    ["UTF-8", Buffer.from(header)],
    ["UTF-8 with BOM", Buffer.from(`\uFEFF${header}`)],
    // what Excel in China writes by default
    ["GBK", Buffer.from([202, 214, 187, 250, 186, 197, 44, 179, 201, 188, 168, 10])],
  ])("decodes %s", async (_, bytes) => expect((await readTable(bytes)).headers).toEqual(["手机号", "成绩"]));

  it("numbers rows by the line they start on, across quoted line breaks and blank lines", async () => {
    const t = await readTable(Buffer.from('姓名,备注\n张明,"两行\n备注"\n\n李四,无\n'));
    expect(t.headers).toEqual(["姓名", "备注"]);
    expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([[2, "张明"], [5, "李四"]]);
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("numbers the lines of a quote-free file ending in %s, blank ones (spaces, delimiters, 　) skipped", async (_, eol) => {
    const text = ["\uFEFF手机号, 成绩 ", "13800138000,80", " , ,", "", "\u3000,\u00a0", "13900139000,张明"].join(eol) + eol;
    const t = await readTable(Buffer.from(text));
    expect(t.headers).toEqual(["手机号", "成绩"]);
    expect(t.rows.map((r) => [r.line, r.cells])).toEqual([[2, ["13800138000", "80"]], [6, ["13900139000", "张明"]]]);
  });

  it("reads a quote-free GBK file as the UTF-8 one", async () => {
    const gbk = Buffer.from([202, 214, 187, 250, 186, 197, 44, 179, 201, 188, 168, 10, 49, 44, 50, 10]);
    expect((await readTable(gbk)).rows.map((r) => r.cells)).toEqual([["1", "2"]]);
    expect((await readTable(gbk)).headers).toEqual(["手机号", "成绩"]);
  });

  it("takes tabs or semicolons when the header is split by them", async () => {
    expect((await readTable(Buffer.from("手机号\t成绩\n13800138000\t80\n"))).rows[0]!.cells).toEqual(["13800138000", "80"]);
  });
});

describe("reading XLSX", () => {
  const meeting = () => workbook({
    会议信息: [["会议号：123 456 789"], ["主题", "知识产权专员培训"]],
    参会明细: [[], ["用户昵称", "入会时间", "参会时长"], ["张明", new Date(Date.UTC(2022, 5, 13, 9, 0, 0)), excelTime(1, 30)], ["李四", "2022-06-13 09:05", 80]],
    空表: [],
  });

  it("gives, read whole, the same sheets as streamed: the fallback when the one-pass reader misses a part (exceljs#3064)", async () => {
    const bytes = await meeting();
    const plain = (sheets: Sheet[] | undefined) => sheets?.map((s) => ({ name: s.name, rows: s.rows.map((r) => ({ line: r.line, cells: r.cells })) }));
    const streamed = plain(await streamXlsx(bytes));
    expect(streamed?.map((s) => s.name)).toEqual(["会议信息", "参会明细", "空表"]);
    expect(plain(await loadXlsx(bytes))).toEqual(streamed);
    expect(streamed![1]!.rows).toEqual([
      { line: 2, cells: ["用户昵称", "入会时间", "参会时长"] },
      { line: 3, cells: ["张明", "2022-06-13 09:00:00", "1:30:00"] },
      { line: 4, cells: ["李四", "2022-06-13 09:05", "80"] },
    ]);
  });

  it("says in one line that a damaged workbook cannot be read", async () => {
    const bytes = await meeting();
    await expect(readSheets(bytes.slice(0, bytes.length >> 1))).rejects.toThrow(/^not a readable XLSX file: /);
  });
});
