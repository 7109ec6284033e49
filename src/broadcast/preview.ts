import { messageText, type BroadcastKind } from "./audience.js";
import type { Resolved } from "./recipients.js";

export interface PreviewInput {
  id?: number;
  kind: BroadcastKind;
  text: string;
  audienceText: string;
  resolved: Resolved;
}

/** Who is left out and why, in one line, or undefined when nobody is. */
export function skippedText(r: Resolved): string | undefined {
  const s = r.skipped;
  const parts = [
    s.unreachable && `已屏蔽机器人 ${s.unreachable} 人`,
    s.optedOut && `已退订资讯 ${s.optedOut} 人`,
    s.noChat && `导入名单中未与机器人对话 ${s.noChat} 人`,
  ].filter(Boolean);
  return parts.length ? `不含：${parts.join("；")}` : undefined;
}

/** The count and the message exactly as it will arrive, for a coordinator to confirm. */
export function previewText(p: PreviewInput, confirmHint = true): string {
  const lines = [
    `群发预览${p.id ? ` #${p.id}` : ""}（${p.kind === "news" ? "政策资讯，不发给已退订者" : "培训通知"}）`,
    `发送对象：${p.audienceText}`,
    `人数：${p.resolved.recipients.length}`,
  ];
  const skipped = skippedText(p.resolved);
  if (skipped) lines.push(skipped);
  if (p.resolved.note) lines.push(p.resolved.note);
  lines.push("内容：", "————", messageText(p.text, p.kind), "————");
  if (confirmHint && p.id) lines.push(`回复 /confirm ${p.id} 发送（1小时内有效）。`);
  return lines.join("\n");
}
