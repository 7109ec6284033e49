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

/** A workbook of several named sheets, each a list of rows (a meeting-details block may come first). */
export async function workbook(sheets: Record<string, (string | number | Date)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One participant's session in a 腾讯会议 report. */
export interface TencentSession {
  nickname: string;
  name: string;
  phone: string;
  org: string;
  join: string;
  leave: string;
  /** As 腾讯会议 writes it: "1小时35分20秒" style or H:MM:SS. */
  duration: string;
}

/**
 * A 腾讯会议 "导出参会成员" workbook, as the meeting's host downloads it from the 会议详情 page: each sheet opens with
 * eight rows of meeting details (主题, 会议号, times, 参会人数, 导出时间), headers on row 9. Sheet 「参会成员」 sums
 * each participant (首次入会/最后退会时间, 累计参会时长, 入会次数); sheet 「参会明细」 has one row per entry and exit.
 * The columns 真实姓名, 手机号 and 单位 are the 报名 fields the host asked for; 手机号 is masked for users outside
 * the host's organisation ("138****8000").
 */
export async function tencentMeeting(o: { meetingId: string; date: string; sessions: TencentSession[] }): Promise<Uint8Array> {
  const details = (n: number) => [
    ["会议主题", "湖北省企业知识产权专员培训（线上）"],
    ["会议号", o.meetingId],
    ["预定开始时间", `${o.date} 09:00`],
    ["预定结束时间", `${o.date} 17:00`],
    ["会议开始时间", `${o.date} 08:52:10`],
    ["会议结束时间", `${o.date} 17:05:33`],
    ["参会人数", String(n)],
    ["导出时间", `${o.date} 18:00:00`],
  ];
  const people = [...new Set(o.sessions.map((s) => s.nickname))];
  const summary = people.map((nick) => {
    const mine = o.sessions.filter((s) => s.nickname === nick);
    const s = mine[0]!;
    return [s.nickname, s.name, s.phone, s.org, s.join, mine[mine.length - 1]!.leave, `${mine.length * 60}分钟`, String(mine.length), "参会者"];
  });
  return workbook({
    参会成员: [...details(people.length), ["用户昵称（入会昵称）", "真实姓名", "手机号", "单位", "首次入会时间", "最后退会时间", "累计参会时长", "入会次数", "身份"], ...summary],
    参会明细: [
      ...details(people.length),
      ["用户昵称（入会昵称）", "真实姓名", "手机号", "单位", "入会时间", "退会时间", "参会时长", "终端类型", "身份"],
      ...o.sessions.map((s) => [s.nickname, s.name, s.phone, s.org, s.join, s.leave, s.duration, "PC", "参会者"]),
    ],
  });
}

/** One viewer's visit in a 保利威 (POLYV) livestream report. */
export interface PolyvView {
  nickname: string;
  name: string;
  phone: string;
  org: string;
  enter: string;
  leave: string;
  seconds: number;
}

/**
 * 保利威's 「观看详情」 CSV of a channel, downloaded from 数据统计 → 观看详情 → 导出: one row per visit, the channel number
 * and 场次 on each row, 观众昵称 as the viewer chose it, the 登记观看 fields the office asked for (真实姓名, 手机号,
 * 单位名称), times, the viewing time in seconds and the viewer's terminal, region and IP.
 * `durationHeader` lets a test take the unit away from the header.
 */
export function polyvViews(channel: string, views: PolyvView[], durationHeader = "观看时长（秒）"): Uint8Array {
  return csv([
    ["频道号", "场次ID", "观众ID", "观众昵称", "真实姓名", "手机号", "单位名称", "进入时间", "离开时间", durationHeader, "观看终端", "观看地区", "IP地址"],
    ...views.map((v, i) => [channel, `fv3a${v.enter.slice(0, 10).replace(/-/g, "")}`, `u${1000 + i}`, v.nickname, v.name, v.phone, v.org, v.enter, v.leave, String(v.seconds), "移动端", "湖北省武汉市", "10.0.0.1"]),
  ]);
}
