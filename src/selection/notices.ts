import type { Programme } from "../programme/schema.js";
import { classById, zhDate } from "../programme/lookup.js";
import { contactFor } from "../conversation/texts.js";
import type { SelectionRow } from "./rule.js";
import { publicEntry } from "./mask.js";

const stripStage = (label: string) => label.replace(/^.*?[：:]/, "");
const f2 = (x: number) => x.toFixed(2);

function points(p: Programme, r: SelectionRow): string {
  const w = p.selection.weights;
  return `问卷质量 ${f2(r.questionnaire)}/${w.questionnaire}，在线学习 ${f2(r.hours)} 小时得 ${f2(r.attendance)}/${w.attendance}，在线测试 ${f2(r.quiz)}/${w.quiz}，总分 ${f2(r.total)}/${p.selection.total}`;
}

/** Time and place when the programme has them; otherwise its own "另行通知" wording. */
export function whenAndWhere(p: Programme): string {
  const o = p.offline;
  if (o.startDate && o.place) return `时间：${zhDate(o.startDate)}起，共${o.days}天；地点：${o.place}。`;
  const known = [o.startDate ? `时间：${zhDate(o.startDate)}起，共${o.days}天` : "", o.place ? `地点：${o.place}` : ""].filter(Boolean);
  return `${known.length ? `${known.join("；")}。` : ""}${o.announcement.zh}。`;
}

/** The private message that tells one trainee the outcome, with the reason and their points. */
export function outcomeText(p: Programme, r: SelectionRow, eligibleCount: number): string {
  const cls = classById(p, r.classId);
  const className = cls?.name.zh ?? r.classId;
  const stage = stripStage(p.offline.label.zh);
  const quota = cls?.quota ?? 0;
  const contact = contactFor(p, { classId: r.classId });
  if (r.selected) {
    const l = p.logistics;
    return [
      `【遴选结果】恭喜您入选${className}${stage}（共${p.offline.days}天）。`,
      whenAndWhere(p),
      `请注意：${l.bring.zh}；${l.lodging.zh}，${l.travel.zh}；${l.fees.zh}。`,
      `您的遴选得分：${points(p, r)}，班次内排名第${r.rank}名（名额${quota}人）。`,
      `如有疑问请联系${contact}`,
    ].join("\n");
  }
  const why = !r.eligible
    ? `原因：在线学习时长累计 ${f2(r.hours)} 小时，未达到${p.selection.requiredHours}小时的要求，不具备遴选资格。`
    : `原因：您在本班次${eligibleCount}名具备资格的学员中排名第${r.rank}名，名额为${quota}人。`;
  return [`【遴选结果】很遗憾，您未入选${className}${stage}。`, why, `您的遴选得分：${points(p, r)}。`, `如有疑问请联系${contact}`].join("\n");
}

/** The public list's title and one line per selected trainee (masked where consent was not given). */
export function groupList(p: Programme, classId: string, rows: readonly SelectionRow[]): { title: string; lines: string[] } {
  const cls = classById(p, classId);
  const selected = rows.filter((r) => r.selected);
  const title = `【${cls?.name.zh ?? classId}】${stripStage(p.offline.label.zh)}遴选名单（共${selected.length}人）`;
  const lines = selected.map((r, i) => `${i + 1}. ${publicEntry(r)}`);
  if (!lines.length) lines.push("本班次暂无入选学员。");
  return { title, lines };
}

export function groupFooter(p: Programme): string {
  return `${whenAndWhere(p)}${p.logistics.bring.zh}。通过本机器人报名的学员会收到私信通知，也可私聊发送“我的成绩”查询得分和排名。`;
}
