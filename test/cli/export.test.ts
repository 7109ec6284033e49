import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { rosterBytes } from "../../src/cli/export.js";
import type { RosterRow } from "../../src/domain/roster.js";
import { loadProgramme } from "../../src/programme/load.js";

const programme = loadProgramme();

const answers = {
  organization: "湖北某某科技有限公司", creditCode: "91420100MA4KL1234M", city: "jingmen", classId: "yijingjingen", name: "张明",
  gender: "male", department: "知识产权部", title: "专员, \"高级\"", email: "zm@example.com", qq: null, officePhone: null,
  mobile: "13800138000", address: "荆门市", remarks: null, enterpriseType: "民营企业", industry: "装备制造", patentCount: 12,
  ipYears: "1to3", role: "fullTime", interests: ["高质量专利撰写实务", "知识产权维权策略实务"], needs: "需求",
};
const bookkeeping = { status: "submitted", submittedAt: "2022-05-20T02:00:00.000Z", qualityScore: 24, consentPublish: false, receipt: null };
const row: RosterRow = { answers, ...bookkeeping };

describe("the roster export", () => {
  it("writes JSON with the export keys and exactly the stored values", async () => {
    const [obj] = JSON.parse(Buffer.from(await rosterBytes([row], "json", programme)).toString("utf8"));
    expect(obj).toEqual({ ...answers, ...bookkeeping });
  });

  it("writes CSV with a BOM and the form's Chinese labels, quoting what needs it", async () => {
    const csv = Buffer.from(await rosterBytes([row], "csv", programme)).toString("utf8");
    expect(csv.startsWith("\uFEFF序号,单位名称,统一社会信用代码,所在市州,报名班次,姓名")).toBe(true);
    expect(csv).toContain('"专员, ""高级"""');
    expect(csv).toContain("高质量专利撰写实务；知识产权维权策略实务");
    expect(csv).toContain(",荆门市,宜荆荆恩城市群,张明,男,");
    expect(csv).toContain(",民营企业,装备制造,12,1年以上、不足3年,专职,");
  });

  it("writes an XLSX that Excel's format readers open", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await rosterBytes([row], "xlsx", programme)) as never);
    const ws = wb.getWorksheet("宜荆荆恩城市群")!;
    expect(ws.getRow(1).getCell(6).value).toBe("姓名");
    expect(ws.getRow(2).getCell(6).value).toBe("张明");
    expect(ws.rowCount).toBe(2);
  });
});
