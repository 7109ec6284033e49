import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { rosterBytes } from "../../src/cli/export.js";
import type { RosterRow } from "../../src/domain/roster.js";
import { loadProgramme } from "../../src/programme/load.js";
import type { SelectionRow } from "../../src/selection/rule.js";
import { selectionJson, selectionTable, selectionXlsx, publicListXlsx } from "../../src/selection/format.js";
import { cellText, localTime, neutralise, writeCsv } from "../../src/sheets/index.js";
import { exportFileName } from "../../src/sheets/names.js";

const programme = loadProgramme();

const ANSWERS = {
  organization: "湖北某某科技有限公司", creditCode: "91420100MA4KL1234M", city: "wuhan", classId: "wuhan", name: "张明",
  gender: "male", department: "知识产权部", title: "专员", email: "zm@example.com", qq: "012345678", officePhone: "027-87654321",
  mobile: "13800138000", address: "武汉市", remarks: null, enterpriseType: "民营企业", industry: "装备制造", patentCount: 12,
  ipYears: "1to3", role: "fullTime", interests: ["高质量专利撰写实务"], needs: "需求",
};
const reg = (a: Partial<typeof ANSWERS>, o: Partial<Omit<RosterRow, "answers">> = {}): RosterRow => ({
  answers: { ...ANSWERS, ...a },
  status: "submitted", submittedAt: "2022-05-20T01:04:20.422Z", qualityScore: 24, consentPublish: false, receipt: "回执.pdf", ...o,
});

const ROWS = [
  reg({}),
  reg({ name: "李四", mobile: "13900139000", organization: "=HYPERLINK(\"http://evil\",\"点我\")" }, { consentPublish: true, receipt: null }),
  reg({ name: "王五", mobile: "13700137000", city: "yichang", classId: "yijingjingen" }, { submittedAt: "2022-05-31T16:30:00.000Z" }),
];

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}
const headers = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);

describe("the roster workbook, read back", () => {
  it("has a summary and one sheet per class, named in Chinese", async () => {
    const wb = await load(await rosterBytes(ROWS, "xlsx", programme));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "武汉“1+8”城市圈", "襄十随神城市群", "宜荆荆恩城市群"]);
    const summary = wb.getWorksheet("汇总")!;
    expect(headers(summary)).toEqual(["班次", "报名人数", "已交回执", "同意公布姓名单位"]);
    expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual(["武汉“1+8”城市圈", 2, 1, 1]);
    expect((summary.getRow(5).values as unknown[]).slice(1)).toEqual(["合计", 3, 2, 1]);
  });

  it("numbers the rows, freezes the header, fits the widths and writes Chinese values", async () => {
    const ws = (await load(await rosterBytes(ROWS, "xlsx", programme))).getWorksheet("武汉“1+8”城市圈")!;
    const h = headers(ws) as string[];
    expect(h.slice(0, 6)).toEqual(["序号", "单位名称", "统一社会信用代码", "所在市州", "报名班次", "姓名"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const col = (name: string) => h.indexOf(name) + 1;
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(col("报名班次")).value).toBe("武汉“1+8”城市圈");
    expect(row.getCell(col("性别")).value).toBe("男");
    expect(row.getCell(col("状态")).value).toBe("已提交");
    expect(row.getCell(col("同意公布姓名单位")).value).toBe("否");
    expect(ws.getRow(3).getCell(col("同意公布姓名单位")).value).toBe("是");
    expect(ws.getColumn(col("单位名称")).width).toBeGreaterThan(ws.getColumn(1).width!);
  });

  it("keeps phones, codes and QQ numbers as text cells, scores as numbers, the submission as a Beijing time", async () => {
    const ws = (await load(await rosterBytes(ROWS, "xlsx", programme))).getWorksheet("武汉“1+8”城市圈")!;
    const h = headers(ws) as string[];
    const cell = (name: string) => ws.getRow(2).getCell(h.indexOf(name) + 1);
    for (const [name, v] of [["手机", "13800138000"], ["QQ号", "012345678"], ["统一社会信用代码", "91420100MA4KL1234M"]] as const) {
      expect(cell(name).type).toBe(ExcelJS.ValueType.String);
      expect(cell(name).value).toBe(v);
      expect(cell(name).numFmt).toBe("@");
    }
    expect(cell("问卷质量得分").type).toBe(ExcelJS.ValueType.Number);
    const t = cell("提交时间");
    expect(t.type).toBe(ExcelJS.ValueType.Date);
    expect(t.numFmt).toBe("yyyy-mm-dd hh:mm");
    // 01:04 UTC is 09:04 in Beijing, the time the coordinator's clock showed
    expect((t.value as Date).toISOString()).toBe("2022-05-20T09:04:00.000Z");
  });

  it("writes a formula-looking organisation as a plain string cell, never a formula", async () => {
    const ws = (await load(await rosterBytes(ROWS, "xlsx", programme))).getWorksheet("武汉“1+8”城市圈")!;
    const c = ws.getRow(3).getCell(2);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(String(c.value)).toBe("'=HYPERLINK(\"http://evil\",\"点我\")");
  });
});

describe("the roster as CSV and JSON", () => {
  it("has the XLSX's columns and cells, a BOM, local times, and formulas neutralised", async () => {
    const csv = Buffer.from(await rosterBytes(ROWS, "csv", programme)).toString("utf8");
    expect(csv.startsWith("\uFEFF序号,单位名称,")).toBe(true);
    expect(csv).toContain(",已提交,2022-05-20 09:04,24,否,回执.pdf");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(csv).toContain("2022-06-01 00:30");
  });

  it("keeps JSON's English keys and stored values", async () => {
    const [first] = JSON.parse(Buffer.from(await rosterBytes(ROWS, "json", programme)).toString("utf8"));
    expect(first).toMatchObject({ classId: "wuhan", status: "submitted", submittedAt: "2022-05-20T01:04:20.422Z", consentPublish: false, gender: "male" });
  });

  it.each([
    ["=1+1", "'=1+1"], ["+86 138", "'+86 138"], ["-2", "'-2"], ["@SUM(A1)", "'@SUM(A1)"], ["\tx", "'\tx"], ["\rx", "'\rx"],
    ["湖北=公司", "湖北=公司"], ["张明", "张明"],
  ])("neutralises %j as %j", (input, out) => {
    expect(neutralise(input)).toBe(out);
    expect(Buffer.from(writeCsv({ columns: [{ header: "h", key: "h", kind: "text", value: (r: string) => r }], rows: [input] })).toString()).toContain(out.replace(/"/g, '""'));
  });

  it.each([
    ["date", "2022-05-20T01:04:20.422Z", "2022-05-20 09:04"],
    ["boolean", true, "是"],
    ["boolean", false, "否"],
    ["number", 12.345, "12.35"],
    ["text", ["甲", "乙"], "甲；乙"],
    ["text", null, ""],
  ] as const)("writes a %s cell %j as %j", (kind, v, out) => {
    expect(cellText(kind, v)).toBe(out);
  });
});

const sel = (o: Partial<SelectionRow>): SelectionRow => ({
  registrationId: 1, classId: "wuhan", name: "张明", organization: "某公司", mobile: "13800138000", userKey: null, status: "submitted",
  consentPublish: false, submittedAt: "2022-05-20T02:00:00.000Z", questionnaire: 24, hours: 21.5, attendance: 40, quiz: 27, total: 91,
  eligible: true, rank: 1, selected: true, ...o,
}) as SelectionRow;

describe("the selection workbook, table and JSON", () => {
  const rows = [sel({}), sel({ registrationId: 2, name: "李四", mobile: "13900139000", hours: 19.99, eligible: false, rank: null, selected: false })];

  it("has Chinese headers, 是/否, numbers and a sheet per class plus a summary", async () => {
    const wb = await load(await selectionXlsx(programme, rows));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "武汉“1+8”城市圈", "襄十随神城市群", "宜荆荆恩城市群"]);
    const ws = wb.getWorksheet("武汉“1+8”城市圈")!;
    expect(headers(ws)).toEqual([
      "序号", "班次", "姓名", "单位", "手机", "问卷得分（满分30）", "在线学时（小时）", "学时得分（满分40）", "测试得分（满分30）",
      "总分（满分100）", "学时满20小时", "排名", "入选", "提交时间",
    ]);
    expect((ws.getRow(3).values as unknown[]).slice(1, 14)).toEqual([2, "武汉“1+8”城市圈", "李四", "某公司", "13900139000", 24, 19.99, 40, 27, 91, "否", undefined, "否"]);
    expect(ws.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.String);
  });

  it("prints a terminal table with the same Chinese headers, and JSON with English keys", () => {
    const table = selectionTable(programme, rows);
    expect(table.split("\n")[0]).toMatch(/^序号\s+班次\s+姓名/);
    expect(table).toContain("是");
    expect(table).not.toMatch(/\btrue\b|wuhan/);
    expect(JSON.parse(selectionJson(programme, rows))[0]).toMatchObject({ classId: "wuhan", eligible: true, selected: true, hours: 21.5 });
  });

  it("posts to groups only 序号, name (masked without consent) and organization", async () => {
    const ws = (await load(await publicListXlsx(programme, "wuhan", rows))).worksheets[0]!;
    expect(ws.name).toBe("武汉“1+8”城市圈入选名单");
    expect(headers(ws)).toEqual(["序号", "姓名", "单位"]);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([1, "张*"]);
    expect(ws.rowCount).toBe(2);
  });

  it("names files in Chinese with the class and the Beijing date", () => {
    const at = new Date("2022-06-25T17:00:00Z");
    expect(exportFileName(programme, "遴选名单", "wuhan", at, "xlsx")).toBe("遴选名单_武汉“1+8”城市圈_2022-06-26.xlsx");
    expect(exportFileName(programme, "报名名单", undefined, at, "csv")).toBe("报名名单_全部班次_2022-06-26.csv");
    expect(localTime(at)).toBe("2022-06-26 01:00");
  });
});
