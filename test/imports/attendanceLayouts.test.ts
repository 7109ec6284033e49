import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { runImport, type ImportOptions } from "../../src/imports/run.js";
import { imports, registrations } from "../../src/store/schema.js";
import { loadSelectionInputs } from "../../src/selection/load.js";
import { DRIVERS, testStore } from "../support/db.js";
import { csv, polyvViews, tencentMeeting, type PolyvView, type TencentSession } from "./files.js";

const p = loadProgramme();
const NOW = new Date("2022-06-20T10:00:00+08:00");

const PEOPLE = [
  { name: "张明", mobile: "13800138000", organization: "湖北某某科技有限公司" },
  { name: "李小华", mobile: "13900139000", organization: "宜昌某某电气股份有限公司" },
  { name: "王芳", mobile: "13700137000", organization: "荆州某某化工有限公司" },
];

const zm = (join: string, leave: string, duration: string): TencentSession => ({ nickname: "Zm的iPhone", name: "张明", phone: "13800138000", org: "", join, leave, duration });

/** A day of the 腾讯会议 meeting: 张明 twice, 李小华 with a masked phone, 王芳 under a nickname, an anonymous guest. */
const tencentDay = (date: string, zmSessions = [zm(`${date} 09:00:00`, `${date} 11:30:00`, "2:30:00"), zm(`${date} 14:00:00`, `${date} 16:00:00`, "2:00:00")]) =>
  tencentMeeting({
    meetingId: "123 456 789", date,
    sessions: [
      ...zmSessions,
      { nickname: "李小华", name: "李小华", phone: "139****9000", org: "宜昌某某电气股份有限公司", join: `${date} 09:01:00`, leave: `${date} 10:36:20`, duration: "1小时35分20秒" },
      { nickname: "小芳", name: "王芳", phone: "", org: "荆州某某化工有限公司", join: `${date} 09:05:00`, leave: `${date} 10:40:00`, duration: "95分钟" },
      { nickname: "访客8412", name: "", phone: "135****1234", org: "", join: `${date} 09:10:00`, leave: `${date} 09:40:00`, duration: "0:30:00" },
    ],
  });

const view = (name: string, mobile: string, enter: string, seconds: number, nickname = name): PolyvView => ({ nickname, name, phone: mobile, org: "", enter, leave: enter, seconds });

describe.each(DRIVERS)("attendance as the platforms export it, on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  const run = (bytes: Uint8Array, fileName: string, extra: Partial<ImportOptions> = {}) =>
    runImport(store.db, { kind: "attendance", bytes, fileName, programme: p, now: NOW, actor: "test", ...extra });
  const seconds = async () => Object.fromEntries((await loadSelectionInputs(store.db)).map((r) => [r.name, r.seconds]));

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    await store.db.insert(registrations).values(PEOPLE.map((x) => ({ ...x, classId: "wuhan", source: "import", submittedAt: NOW })));
  });

  // layout: 腾讯会议 导出参会成员 (files.ts tencentMeeting): details in rows 1-8, headers on row 9, summary + detail sheets
  it("reads the 腾讯会议 detail sheet below its meeting details, by real name before nickname, and reports masked phones", async () => {
    const r = await run(await tencentDay("2022-06-13"), "参会明细.xlsx");
    expect(r.reading).toMatchObject({ sheet: "参会明细", headerRow: 9, rows: 5, accepted: 4 });
    expect(r.refused).toEqual([{ line: 14, reason: expect.stringContaining("手机号已打码（135****1234）") }]);
    expect(await seconds()).toEqual({ 张明: 4.5 * 3600, 李小华: 5720, 王芳: 5700 });
    const used = Object.fromEntries(r.reading.columns.map((c) => [c.header, c.usedAs]));
    expect(used).toMatchObject({ 真实姓名: "姓名", 手机号: "手机号", 单位: "单位", 入会时间: "进入时间", 退会时间: "离开时间", 参会时长: "观看时长", 终端类型: null, "用户昵称（入会昵称）": null });
    expect(r.reading.columns.find((c) => c.header.startsWith("用户昵称"))?.note).toContain("不按昵称匹配");
    const notes = r.reading.notes.join("\n");
    expect(notes).toContain("读取工作表「参会明细」");
    expect(notes).toContain("未读：「参会成员」");
    expect(notes).toContain("表头在第9行");
    expect(notes).toContain("2行的手机号已打码");
    expect(notes).toContain("会议/直播间号 123456789，日期 2022-06-13");
  });

  // layout: 保利威 观看详情 CSV (files.ts polyvViews): 频道号 on every row, 观看时长（秒）
  it("reads 保利威's viewing times in seconds as the header says, never as minutes", async () => {
    const views = [view("张明", "13800138000", "2022-06-14 09:00:00", 5400, "知识产权小白"), view("张明", "13800138000", "2022-06-14 13:30:00", 3600), view("张明", "13800138000", "2022-06-14 15:00:00", 7200), view("李小华", "13900139000", "2022-06-14 09:00:00", 4000, "风清扬")];
    const r = await run(polyvViews("2270342", views), "观看详情.csv");
    expect(r.imported).toBe(4);
    expect(await seconds()).toMatchObject({ 张明: 16200, 李小华: 4000 });
    expect(r.reading.columns.find((c) => c.header === "观看时长（秒）")?.usedAs).toBe("观看时长");
    expect(r.reading.columns.find((c) => c.header === "频道号")?.usedAs).toBe("会议/直播间号");
    expect(r.reading.notes.join("\n")).toMatch(/注明单位.*秒/);
    expect(r.reading.notes.join("\n")).toContain("会议/直播间号 2270342，日期 2022-06-14");
  });

  it("takes plain numbers for seconds when they exceed a day's minutes, saying so", async () => {
    const r = await run(polyvViews("2270342", [view("张明", "13800138000", "2022-06-14 09:00:00", 5400), view("张明", "13800138000", "2022-06-14 13:00:00", 60)], "观看时长"), "观看详情.csv");
    expect(r.imported).toBe(2);
    expect((await seconds())["张明"]).toBe(5460);
    expect(r.reading.notes.join("\n")).toContain("超过一天的分钟数（1440），只能是秒");
  });

  it("refuses a file of plain numbers when nothing tells seconds from minutes, and reads it in the unit the coordinator gives", async () => {
    const file = polyvViews("2270342", [view("张明", "13800138000", "2022-06-14 09:00:00", 90), view("李小华", "13900139000", "2022-06-14 09:00:00", 45)], "观看时长");
    await expect(run(file, "观看详情.csv")).rejects.toThrow(/seconds or minutes.*--unit/);
    expect(await store.db.select().from(imports)).toHaveLength(0);
    await run(file, "观看详情.csv", { unit: "minute" });
    expect(await seconds()).toMatchObject({ 张明: 5400, 李小华: 2700 });
  });

  it("replaces the earlier import of the same meeting and day when its corrected report is imported, whatever the file is called", async () => {
    await run(await tencentDay("2022-06-13"), "参会明细.xlsx");
    await run(await tencentDay("2022-06-14"), "参会明细-第二天.xlsx");
    const fixed = await tencentDay("2022-06-13", [zm("2022-06-13 09:00:00", "2022-06-13 12:30:00", "3:30:00"), zm("2022-06-13 14:00:00", "2022-06-13 16:00:00", "2:00:00")]);
    const r = await run(fixed, "参会明细 (1).xlsx");
    expect(r.replaced).toEqual([{ fileName: "参会明细.xlsx", sessions: 4 }]);
    expect(r.reading.notes.join("\n")).toContain("将替换之前导入的“参会明细.xlsx”");
    // day 13 corrected (5.5 h), day 14 untouched (4.5 h): not 4.5 + 4.5 + 5.5
    expect(await seconds()).toEqual({ 张明: 10 * 3600, 李小华: 2 * 5720, 王芳: 2 * 5700 });
    expect((await store.db.select().from(imports)).map((i) => i.fileName).sort()).toEqual(["参会明细 (1).xlsx", "参会明细-第二天.xlsx"]);
  });

  it("shows the replacement in a dry run and changes nothing", async () => {
    await run(await tencentDay("2022-06-13"), "参会明细.xlsx");
    const fixed = await tencentDay("2022-06-13", [zm("2022-06-13 09:00:00", "2022-06-13 12:30:00", "3:30:00")]);
    const r = await run(fixed, "参会明细.xlsx", { dryRun: true });
    expect(r.reading.notes.join("\n")).toContain("将替换之前导入的“参会明细.xlsx”（4条记录）");
    expect((await seconds())["张明"]).toBe(4.5 * 3600);
    expect(await store.db.select().from(imports)).toHaveLength(1);
  });

  // layout: a plain export without a meeting or channel number (姓名, 手机号, 进入时间, 观看时长 as H:MM:SS)
  it("without a meeting number, takes the same file name and dates for the same report", async () => {
    const day = (date: string, duration: string) => csv([["姓名", "手机号", "进入时间", "观看时长"], ["张明", "13800138000", `${date} 09:00:00`, duration]]);
    await run(day("2022-06-13", "2:00:00"), "观看记录.csv");
    await run(day("2022-06-13", "3:00:00"), "观看记录.csv");
    expect((await seconds())["张明"]).toBe(3 * 3600);
    // the same name over other dates is another day's report: added
    await run(day("2022-06-14", "1:00:00"), "观看记录.csv");
    expect((await seconds())["张明"]).toBe(4 * 3600);
    const r = await run(day("2022-06-15", "1:00:00"), "另一个文件.csv");
    expect(r.replaced).toEqual([]);
    expect(r.reading.notes.join("\n")).toContain("文件名“另一个文件”，日期 2022-06-15（文件中没有会议号或频道号）");
    expect((await seconds())["张明"]).toBe(5 * 3600);
  });

  it("gives a quiz import the same reading: header row below a title, columns used and not, rows refused", async () => {
    const file = csv([["2022年企业知识产权专员培训结业测试"], ["真实姓名", "手机号", "成绩", "交卷时间"], ["张明", "13800138000", "92", "2022-06-18 10:00"], ["王芳", "13700137000", "缺考", ""]]);
    const r = await runImport(store.db, { kind: "quiz", bytes: file, fileName: "成绩.csv", programme: p, now: NOW, actor: "test" });
    expect(r.reading).toMatchObject({ headerRow: 2, rows: 2, accepted: 1, refused: [{ line: 4, reason: expect.stringContaining("缺考") }] });
    expect(r.reading.columns.map((c) => [c.header, c.usedAs])).toEqual([["真实姓名", "姓名"], ["手机号", "手机号"], ["成绩", "成绩"], ["交卷时间", null]]);
    expect(r.reading.notes).toContain("满分按100分计");
  });
});
