import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { questionsOf } from "../../src/domain/questionnaire/questions.js";
import { loadProgramme } from "../../src/programme/load.js";

const FIELDS = questionsOf(loadProgramme());

/** A questionnaire answer set as the platform exports it (labels, not ids). */
export type Answers = Partial<Record<string, string>>;

export const FULL: Answers = {
  organization: "湖北某某科技有限公司", creditCode: "91420100MA4KL1234M", city: "武汉", classId: "武汉“1+8”城市圈", name: "张明",
  gender: "男", department: "知识产权部", title: "知识产权专员", email: "zm@example.com", qq: "12345678", officePhone: "027-87654321",
  mobile: "13800138000", address: "武汉市洪山区某某路1号", remarks: "需要开具参训证明", enterpriseType: "民营企业", industry: "装备制造",
  patentCount: "12", ipYears: "1-3年", role: "专职", interests: "知识产权新法政策法规宣讲┋高质量专利撰写实务┋知识产权维权策略实务",
  needs: "公司现有发明专利12件，正在筹建知识产权部，希望系统学习专利挖掘与布局、检索分析和维权应对，提升高价值专利培育能力。",
};

/** The questionnaire platform's columns: a row number, the submission time, then "N、question". */
export const QUESTIONNAIRE_HEADERS = ["序号", "提交答卷时间", "所用时间", ...FIELDS.map((f, i) => `${i + 1}、${f.label}`), "是否同意公布姓名和单位"];

export function questionnaireRow(n: number, submitted: string, a: Answers, consent = "是"): string[] {
  return [String(n), submitted, "320秒", ...FIELDS.map((f) => a[f.key] ?? ""), consent];
}

export function csv(rows: string[][], bom = true): Uint8Array {
  return Buffer.from(`${bom ? "\uFEFF" : ""}${stringify(rows)}`);
}

/** XLSX as a coordinator saves it from Excel; values may be Dates (times) or numbers. */
export async function xlsx(rows: (string | number | Date)[][], timeColumns: number[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  for (const r of rows) ws.addRow(r);
  for (const c of timeColumns) ws.getColumn(c + 1).numFmt = "[h]:mm:ss";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An Excel time-of-day cell value: what a duration typed as 1:30:00 becomes. */
export const excelTime = (h: number, m: number, s = 0) => new Date(Date.UTC(1899, 11, 30, h, m, s));
