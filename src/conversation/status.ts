import type { Programme } from "../programme/schema.js";
import { questionsOf, showAnswer } from "../domain/questionnaire/questions.js";
import { qualityMax } from "../domain/quality.js";
import type { Reply, Standing, State, StatusView } from "./types.js";
import { contactFor, receiptReminder } from "./texts.js";

const STATUS_LABEL: Record<string, string> = { submitted: "已提交", cancelled: "已取消" };

function fmtTime(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}

export function standingText(p: Programme, s: Standing): string {
  const w = p.selection.weights;
  const lines = [
    `遴选得分（满分${p.selection.total}分）：${s.total.toFixed(2)}`,
    `· 问卷质量：${s.questionnaire.toFixed(2)}/${w.questionnaire}`,
    `· 在线学习：${s.hours.toFixed(2)}小时，得分 ${s.attendance.toFixed(2)}/${w.attendance}`,
    `· 在线测试：${s.quiz.toFixed(2)}/${w.quiz}`,
  ];
  if (s.hours < p.selection.requiredHours) {
    lines.push(`在线学习时长还差 ${(p.selection.requiredHours - s.hours).toFixed(2)} 小时才达到${p.selection.requiredHours}小时的要求，目前不具备遴选资格。`);
  } else if (s.rank !== null) {
    lines.push(`班次内排名：第${s.rank}名（名额${s.quota}人）。`);
  }
  if (s.selected === true) lines.push("您已入选线下考核培训，具体时间地点另行通知，请自备具有网络功能的笔记本电脑。");
  if (s.selected === false) lines.push("很遗憾，您未入选本期线下考核培训。");
  if (s.selected === null) lines.push("遴选名单尚未公布。");
  return lines.join("\n");
}

export function statusReply(p: Programme, view: StatusView, scores: boolean, state: State): Reply {
  const r = view.registration;
  if (!r) return { text: state.phase === "form" || state.phase === "summary" ? "您还没有提交报名，请继续填写：" : "您还没有报名。发送“报名”开始。" };
  const lines = [`报名状态：${STATUS_LABEL[r.status] ?? r.status}（提交于 ${fmtTime(r.submittedAt)}）`];
  lines.push(view.receipt ? `报名回执：已收到“${view.receipt.fileName}”` : `报名回执：未收到。${receiptReminder(p, r)}`);
  if (scores) {
    lines.push(view.standing ? standingText(p, view.standing) : "遴选得分尚未计算（需导入在线学习考勤和测试成绩）。");
  } else {
    for (const q of questionsOf(p)) if (r.answers[q.key] !== undefined) lines.push(`${q.label}：${showAnswer(q, r.answers[q.key])}`);
    lines.push(`问卷填写质量得分：${r.qualityScore}/${qualityMax(p)}`);
    lines.push(`如有疑问请联系${contactFor(p, { classId: r.classId })}`);
  }
  return { text: lines.join("\n") };
}
