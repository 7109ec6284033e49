import { formDeadline } from "../programme/lookup.js";
import { reask } from "./form.js";
import { closed } from "./window.js";
import type { Reply, State, StepContext, StepResult } from "./types.js";

const MAX_FILE = 10 * 1024 * 1024;
const RECEIPT_TYPES: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPG", "image/png": "PNG" };

/** The stamped scan of the form, judged by the type its bytes show (detected by the shell). */
export function onFile(state: State, file: { name: string; size: number; mime: string | null }, ctx: StepContext): StepResult {
  if (!state.consentData) {
    return { state, replies: [{ text: "请先发送“报名”并同意个人信息收集，再发送报名回执。" }], effects: [] };
  }
  if (ctx.now > formDeadline(ctx.programme)) return closed(state, ctx);
  if (file.size > MAX_FILE) {
    return reask(state, ctx, [{ text: `文件太大（${(file.size / 1024 / 1024).toFixed(1)} MB），回执扫描件不能超过10 MB。` }]);
  }
  const kind = file.mime ? RECEIPT_TYPES[file.mime] : undefined;
  if (!kind) {
    return reask(state, ctx, [{ text: `无法接收“${file.name}”：按文件内容判断它不是 PDF、JPG 或 PNG。请发送盖章回执的扫描件或照片（PDF、JPG、PNG）。` }]);
  }
  const pre: Reply[] = [{ text: `已收到报名回执扫描件“${file.name}”（${kind}）。${state.submittedAt ? "" : "提交报名后即可完成。"}` }];
  return { ...reask(state, ctx, pre), effects: [{ type: "storeReceipt" }] };
}
