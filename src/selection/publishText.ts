import type { Programme } from "../programme/schema.js";
import { classById, formDeadline } from "../programme/lookup.js";
import { localTime } from "../sheets/columns.js";
import type { ClassPublication } from "./publish.js";

const nameOf = (p: Programme, id: string) => `【${classById(p, id)?.name.zh ?? id}】`;
const CHANNEL_ZH: Record<string, string> = { telegram: "Telegram", wechat: "微信", console: "终端" };

/** Publishing while trainees may still register would leave out whoever registers later. */
export function registrationStillOpen(p: Programme, now: Date, force = "请在命令后加“强制”，例如 /publish 武汉 强制"): string | undefined {
  const end = formDeadline(p);
  if (now > end) return undefined;
  return `报名还在进行（截止${localTime(end)}），现在发布会漏掉之后报名的学员，未发布。确需提前发布，${force}。`;
}

/** What publishing would do, class by class: counts, the groups, a sample of the list as the groups see it, private notices. */
export function previewText(p: Programme, classes: readonly ClassPublication[]): string {
  return classes.map((c) => {
    const head = nameOf(p, c.classId);
    if (c.skipped === "noneEligible") return `${head}还没有学员在线学习满${p.selection.requiredHours}小时（考勤是否已导入？），不能发布。`;
    if (c.skipped === "noGroups") return `${head}没有绑定的班级群，不能发布：请在班级群里发送 /bind ${c.classId}，再发 /publish。`;
    if (c.reused && !c.groupMessages && !c.privateMessages) return `${head}名单与已发布的第${c.runId}号相同，已发布过，无需再发。`;
    const lines = [
      `${head}${c.reused ? `名单与第${c.runId}号相同，补发未发出的消息` : c.runId ? "" : "将冻结并发布新名单"}：入选 ${c.selected} 人（具备资格 ${c.eligible} 人，名额 ${classById(p, c.classId)?.quota ?? 0} 人）。`,
      `发往 ${c.groups} 个群：${c.groupList.map((g) => `${g.title ?? g.chatId}（${CHANNEL_ZH[g.channel] ?? g.channel}）`).join("、")}。`,
      "群里看到的名单（前几行）：",
      ...c.sample.map((l) => `  ${l}`),
      `私信通知 ${c.privateMessages} 人（入选 ${c.privateSelected} 人，未入选 ${c.privateMessages - c.privateSelected} 人）${c.unchanged ? `；结果与上次发布相同的 ${c.unchanged} 人不再通知` : ""}${c.unreachable ? `；${c.unreachable} 人无法私信（导入的报名未关联聊天账号，或已无法联系）` : ""}。`,
    ];
    return lines.join("\n");
  }).join("\n\n");
}

/** What was queued, class by class, once confirmed. */
export function publishedText(p: Programme, classes: readonly ClassPublication[]): string {
  return classes.map((c) => {
    const head = nameOf(p, c.classId);
    if (c.skipped) return previewText(p, [c]);
    const sent = c.groupMessages + c.privateMessages;
    if (c.reused && !sent) return `${head}名单与已发布的第${c.runId}号相同，已发布过，本次未重复发送。`;
    return [
      `${head}${c.reused ? `名单未变化，沿用第${c.runId}号，补发未发出的消息` : `已冻结并发布第${c.runId}号名单`}：入选 ${c.selected} 人。`,
      `发往 ${c.groups} 个群：${c.groupMessages} 条消息（含名单文件）。`,
      `私信通知 ${c.privateMessages} 人${c.unchanged ? `（结果未变的 ${c.unchanged} 人不再通知）` : ""}${c.unreachable ? `；${c.unreachable} 人无法私信（导入的报名未关联聊天账号，或已无法联系）` : ""}。`,
    ].join("\n");
  }).join("\n\n");
}

/** Anything to send after confirmation. */
export const anythingToSend = (classes: readonly ClassPublication[]) => classes.some((c) => !c.skipped && (c.groupMessages > 0 || c.privateMessages > 0));
