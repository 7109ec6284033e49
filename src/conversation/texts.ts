import type { Programme, Contact } from "../programme/schema.js";
import { classById, classOfCity, zhDate } from "../programme/lookup.js";
import { isAsked, questionsOf, showAnswer, type Answers } from "../domain/questionnaire/questions.js";
import type { Reply, RegistrationRecord } from "./types.js";

export const YES = { label: "同意", value: "同意" };
export const NO = { label: "不同意", value: "不同意" };

export function consentReply(p: Programme): Reply {
  return {
    text: [
      `欢迎报名${p.title.zh}。`,
      "",
      `【个人信息收集同意】根据《个人信息保护法》，报名需要收集您的${collectedData(p)}，仅用于本次培训的报名、遴选和培训通知，由省知识产权局和您所在班次的承办基地使用。`,
      "您可以随时发送“取消报名”删除已填写的信息。",
      "",
      "是否同意？",
    ].join("\n"),
    options: [YES, NO],
  };
}

/** What the questionnaire collects, as the consent text lists it: "单位、统一社会信用代码、…和问卷答案". */
export function collectedData(p: Programme): string {
  const names = [...new Set(questionsOf(p).map((q) => q.consentName ?? q.label))];
  return names.length > 1 ? `${names.slice(0, -1).join("、")}和${names.at(-1)}` : (names[0] ?? "");
}

export function publishReply(): Reply {
  return {
    text: "遴选结果将在合作交流群公布。是否同意在名单中公布您的姓名和单位？（不同意则只显示化名，如“张*明”；不影响遴选。）",
    options: [{ label: "同意公布", value: "同意" }, { label: "不同意公布", value: "不同意" }],
  };
}

export const declinedText = "好的，未收集任何信息。如需报名，随时发送“报名”。";

export function helpText(): string {
  return [
    "可用的指令：",
    "· 报名：开始或继续填写报名表",
    "· 返回：回到上一题",
    "· 跳过：跳过选填项",
    "· 重新开始：清空已填内容，从头填写",
    "· 取消报名：放弃并删除已填写的信息",
    "· 我的报名：查看已提交的报名和状态",
    "· 我的成绩：查看遴选得分和排名",
    "· 修改＋字段名（如“修改手机号”）：修改一项",
    "· 也可以直接提问，如“培训要钱吗”“6月5日前要交什么”",
  ].join("\n");
}

export function contactLine(c: Contact, org: string): string {
  const parts = [`${org} ${c.name}`];
  if (c.phones.length) parts.push(`电话 ${c.phones.join("、")}`);
  if (c.emails.length) parts.push(`邮箱 ${c.emails.join("、")}`);
  return parts.join("，");
}

/** The contact of the trainee's class when known, else the provincial office. */
export function contactFor(p: Programme, a: Answers): string {
  const cls = (typeof a.classId === "string" && classById(p, a.classId)) || (typeof a.city === "string" && classOfCity(p, a.city));
  if (cls) return `${cls.name.zh}培训班联系人：${contactLine(cls.contact, cls.base.zh)}`;
  return `联系人：${contactLine(p.provincialContact, p.provincialContact.organization.zh)}`;
}

export function deadlineText(p: Programme): string {
  return `${zhDate(p.registration.formDeadline.slice(0, 10))}`;
}

export function closedText(p: Programme, a: Answers): string {
  return `报名已于${deadlineText(p)}截止，无法再新报名或修改。如有疑问请联系${contactFor(p, a)}。`;
}

export function summaryText(p: Programme, a: Answers, consentPublish: boolean | undefined): string {
  // a question whose condition no longer holds is not shown (nor stored)
  const lines = questionsOf(p).filter((q) => a[q.key] !== undefined && isAsked(q, a)).map((q) => `${q.label}：${showAnswer(q, a[q.key])}`);
  lines.push(`名单中公布姓名和单位：${consentPublish ? "同意" : "不同意"}`);
  return ["请核对您的报名信息：", ...lines, "", "确认无误请回复“确认提交”；要修改某项，请回复“修改”加字段名，如“修改手机号”。"].join("\n");
}

export const confirmOptions = [{ label: "确认提交", value: "确认提交" }, { label: "修改", value: "修改" }];

export function receiptReminder(p: Programme, r: Pick<RegistrationRecord, "classId">): string {
  const cls = classById(p, r.classId);
  const where = cls?.contact.emails.length ? `，或发送至${cls.contact.emails.join("、")}` : "";
  return `请于${deadlineText(p)}前将加盖单位公章的报名回执扫描件（PDF、JPG 或 PNG，10MB 以内）直接发给我${where}。`;
}
