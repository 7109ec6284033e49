import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import type { SelectionRow } from "./rule.js";

const f2 = (x: number) => x.toFixed(2);

/** The top of one class's list and where the quota line falls, for a coordinator in a private chat. */
export function previewText(p: Programme, classId: string, rows: readonly SelectionRow[], top = 10): string {
  const cls = classById(p, classId);
  const quota = cls?.quota ?? 0;
  const eligible = rows.filter((r) => r.classId === classId && r.eligible);
  const all = rows.filter((r) => r.classId === classId);
  const lines = [
    `【${cls?.name.zh ?? classId}】遴选预览（未发布）：报名 ${all.length} 人，具备资格 ${eligible.length} 人，名额 ${quota} 人`,
    ...eligible.slice(0, top).map((r) => `${r.rank}. ${r.name}（${r.organization}）总分 ${f2(r.total)}：问卷 ${f2(r.questionnaire)}，学时 ${f2(r.hours)}h 得 ${f2(r.attendance)}，测试 ${f2(r.quiz)}`),
  ];
  if (eligible.length > top) lines.push(`……（共 ${eligible.length} 人具备资格）`);
  const last = eligible[Math.min(quota, eligible.length) - 1];
  if (last && eligible.length > quota) lines.push(`入选线：第${quota}名 ${last.name}，总分 ${f2(last.total)}；第${quota + 1}名总分 ${f2(eligible[quota]!.total)}`);
  const short = all.filter((r) => !r.eligible && r.status === "submitted").length;
  if (short) lines.push(`学时不足${p.selection.requiredHours}小时：${short} 人`);
  lines.push("完整名单见附件的 Excel 表（也可发送 /名单）；发布：/publish（先预览，回复“确认发布”才发送）");
  return lines.join("\n");
}
