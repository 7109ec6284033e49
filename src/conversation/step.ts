import { answerQuestion, looksLikeQuestion } from "../answers/index.js";
import { FIELDS, fieldByKey } from "../domain/fields.js";
import { normaliseText } from "../domain/validators.js";
import { explainQuality } from "../domain/quality.js";
import { isCommand } from "./commands.js";
import { accept, goTo, reask, startForm } from "./form.js";
import { back, cancel, startEdit } from "./navigation.js";
import { onFile } from "./receipt.js";
import { closed, isOpen } from "./window.js";
import { initialState, reviveState } from "./state.js";
import { statusReply } from "./status.js";
import { buildRecord } from "./record.js";
import type { Input, Reply, State, StepContext, StepResult } from "./types.js";
import { consentReply, contactFor, declinedText, helpText, publishReply } from "./texts.js";

const MAX_TEXT = 5000;

/** One turn of a trainee's private conversation: pure and total, every input gets a reply. */
export function step(raw: unknown, input: Input, ctx: StepContext): StepResult {
  const state = reviveState(raw);
  switch (input.kind) {
    case "text":
      return onText(state, input.text, ctx);
    case "file":
      return onFile(state, input, ctx);
    case "other":
      return reask(state, ctx, [{ text: `暂不支持这类消息（${input.what}）。请发送文字；报名回执请以文件或图片发送。` }]);
    case "mobileChecked":
      return onMobileChecked(state, input.mobile, input.taken, ctx);
    case "saved":
      return onSaved(state, input.submittedAt, ctx);
    case "saveFailed":
      return onMobileChecked(state, String(state.answers.mobile ?? ""), true, ctx);
    case "status":
      return reask(state, ctx, [statusReply(ctx.programme, input.view, input.scores, state)]);
  }
}

function onText(state: State, rawText: string, ctx: StepContext): StepResult {
  if (rawText.length > MAX_TEXT) {
    return reask(state, ctx, [{ text: `消息太长了（${rawText.length}个字符），请精简到${MAX_TEXT}字以内再发送。` }]);
  }
  let t = normaliseText(rawText);
  if (!t) return reask(state, ctx, [{ text: "没有收到文字内容。" }]);
  const field = state.phase === "form" && state.field ? fieldByKey(state.field) : undefined;
  const n = /^\d{1,2}$/.test(t) ? Number(t) : 0;
  if (state.options && n >= 1 && n <= state.options.length && !field?.multi) t = state.options[n - 1]!;

  if (isCommand("help", t)) return reask(state, ctx, [{ text: helpText() }]);
  if (isCommand("status", t) || isCommand("scores", t)) {
    return { state, replies: [], effects: [{ type: "lookupStatus", scores: Boolean(isCommand("scores", t)) }] };
  }
  if (isCommand("receipt", t)) return receiptCommand(state, ctx);
  if (isCommand("quality", t)) return reask(state, ctx, [{ text: explainQuality() }]);
  if (isCommand("unsubscribe", t) || isCommand("subscribe", t)) {
    const optOut = Boolean(isCommand("unsubscribe", t));
    const text = optOut ? "已退订政策资讯推送；培训通知仍会照常发送。发送“订阅”可恢复。" : "已订阅知识产权政策资讯推送。发送“退订”可取消。";
    return { ...reask(state, ctx, [{ text }]), effects: [{ type: "setNewsOptOut", optOut }] };
  }
  if (isCommand("cancel", t)) return cancel(state, ctx);
  if (state.phase === "confirmCancel") {
    if (isCommand("confirmCancel", t)) {
      return { state: initialState(), replies: [{ text: "已取消报名，并删除了您的报名信息和回执。" }], effects: [{ type: "deleteRegistration" }] };
    }
    state.phase = "submitted";
    return { state, replies: [{ text: "已保留您的报名。" }], effects: [] };
  }
  if (isCommand("restart", t)) return restart(state, ctx);
  if (isCommand("back", t)) return back(state, ctx);
  const edit = isCommand("edit", t);
  if (edit && (state.phase === "summary" || state.phase === "submitted" || state.phase === "form")) return startEdit(state, edit[1] ?? "", ctx);

  switch (state.phase) {
    case "new":
      return onNew(state, t, ctx);
    case "consent":
      return onConsent(state, t, ctx);
    case "publish":
      return onPublish(state, t, ctx);
    case "form":
      return onField(state, t, rawText, ctx);
    case "summary":
      return onSummary(state, t, ctx);
    case "submitting":
      return { state, replies: [{ text: "正在提交，请稍候。" }], effects: [] };
    case "submitted":
      return onSubmitted(state, t, ctx);
  }
  return reask(state, ctx, [{ text: helpText() }]);
}

/** A programme question answered, or undefined when the text is not one. */
function sideAnswer(t: string, state: State, ctx: StepContext, strict: boolean): Reply | undefined {
  if (strict && !looksLikeQuestion(t)) return undefined;
  const classId = typeof state.answers.classId === "string" ? state.answers.classId : undefined;
  const cityId = typeof state.answers.city === "string" ? state.answers.city : undefined;
  const a = answerQuestion(t, { programme: ctx.programme, classId, cityId });
  return a ? { text: a.text } : undefined;
}

function onNew(state: State, t: string, ctx: StepContext): StepResult {
  const answer = isCommand("start", t) ? undefined : sideAnswer(t, state, ctx, false);
  if (answer) return { state, replies: [answer, { text: "发送“报名”即可开始报名。" }], effects: [] };
  if (!isOpen(ctx)) return closed(state, ctx);
  state.phase = "consent";
  const r = consentReply(ctx.programme);
  state.options = r.options!.map((o) => o.value);
  return { state, replies: [r], effects: [] };
}

function onConsent(state: State, t: string, ctx: StepContext): StepResult {
  if (isCommand("yes", t)) {
    if (!isOpen(ctx)) return closed(state, ctx);
    state.consentData = true;
    state.phase = "publish";
    const r = publishReply();
    state.options = r.options!.map((o) => o.value);
    return { state, replies: [r], effects: [] };
  }
  if (isCommand("no", t)) return { state: initialState(), replies: [{ text: declinedText }], effects: [] };
  const r = consentReply(ctx.programme);
  const answer = sideAnswer(t, state, ctx, false);
  return { state, replies: [answer ?? { text: "请回复“同意”或“不同意”。" }, { text: "是否同意收集上述个人信息用于本次培训？", options: r.options }], effects: [] };
}

function onPublish(state: State, t: string, ctx: StepContext): StepResult {
  const yes = isCommand("yes", t);
  if (!yes && !isCommand("no", t)) {
    const answer = sideAnswer(t, state, ctx, false);
    const r = publishReply();
    return { state, replies: [answer ?? { text: "请回复“同意”或“不同意”。" }, r], effects: [] };
  }
  state.consentPublish = Boolean(yes);
  state.options = undefined;
  return startForm(state, ctx, [{ text: "好的，开始填写报名表（共" + FIELDS.length + "项）。随时可发送“帮助”“返回”“跳过”（选填项）。" }]);
}

/** `t` is normalised for matching; free text is stored as the trainee typed it (`raw`). */
function onField(state: State, t: string, raw: string, ctx: StepContext): StepResult {
  if (!isOpen(ctx)) return closed(state, ctx);
  const f = fieldByKey(state.field!);
  const skip = isCommand("skip", t);
  if (skip && f.optional) return accept(state, f, null, ctx);
  if (f.freeText) {
    const answer = sideAnswer(t, state, ctx, true);
    if (answer) return reask(state, ctx, [answer]);
  }
  const parsed = f.parse(f.freeText ? raw : t, ctx.programme, state.answers);
  if (parsed.ok) {
    if (f.key === "mobile") {
      state.pendingMobile = String(parsed.value);
      return { state, replies: [], effects: [{ type: "checkMobile", mobile: String(parsed.value) }] };
    }
    return accept(state, f, parsed.value, ctx);
  }
  if (skip) return reask(state, ctx, [{ text: `“${f.label}”是必填项，不能跳过。` }]);
  const answer = f.freeText ? undefined : sideAnswer(t, state, ctx, true);
  return reask(state, ctx, [answer ?? { text: parsed.error }]);
}

function onMobileChecked(state: State, mobile: string, taken: boolean, ctx: StepContext): StepResult {
  if (!taken) return accept(state, fieldByKey("mobile"), mobile, ctx);
  state.pendingMobile = undefined;
  state.phase = "form";
  state.field = "mobile";
  const text = `该手机号已被其他账号用于报名，每个手机号只能报名一次。请换一个手机号；如确属本人，请联系${contactFor(ctx.programme, state.answers)}。`;
  return reask(state, ctx, [{ text }]);
}

function onSummary(state: State, t: string, ctx: StepContext): StepResult {
  if (isCommand("confirm", t)) {
    if (!isOpen(ctx)) return closed(state, ctx);
    const record = buildRecord(state);
    if (!record.ok) return goTo(state, record.missing, ctx, [{ text: `还缺少“${fieldByKey(record.missing).label}”。` }]);
    state.phase = "submitting";
    return { state, replies: [], effects: [{ type: "saveRegistration", registration: record.value, consentData: true }] };
  }
  const answer = sideAnswer(t, state, ctx, false);
  return reask(state, ctx, [answer ?? { text: "请回复“确认提交”，或“修改”加字段名（如“修改手机号”）。" }]);
}

function onSaved(state: State, submittedAt: string, ctx: StepContext): StepResult {
  const first = !state.submittedAt;
  state.phase = "submitted";
  state.submittedAt = submittedAt;
  state.amending = false;
  state.options = undefined;
  const record = buildRecord(state);
  const lines = [first ? "报名已提交成功！" : "修改已保存。"];
  if (record.ok) lines.push(`问卷填写质量得分：${record.value.qualityScore}/30（发送“评分规则”查看算法）。`);
  lines.push("承办单位将统一发送直播链接。随时发送“我的报名”查看状态。");
  // the filled receipt follows, with what to do with it; a change gives a new one
  return { state, replies: [{ text: lines.join("\n") }], effects: [{ type: "sendReceipt" }] };
}

function onSubmitted(state: State, t: string, ctx: StepContext): StepResult {
  if (isCommand("start", t)) return { state, replies: [{ text: "您已完成报名。发送“我的报名”查看，或“修改”加字段名修改（截止前）。" }], effects: [] };
  const answer = sideAnswer(t, state, ctx, false);
  return { state, replies: [answer ?? { text: "您已完成报名。发送“我的报名”查看状态，“帮助”查看可用指令，也可以直接提问。" }], effects: [] };
}

/** "回执": the filled receipt again, at any time once submitted. */
function receiptCommand(state: State, ctx: StepContext): StepResult {
  if (state.submittedAt) return { state, replies: [], effects: [{ type: "sendReceipt" }] };
  return reask(state, ctx, [{ text: "提交报名后，我会把按您的报名信息填好的报名回执（附件2，Word 和 PDF）发给您，打印盖章即可。" }]);
}

function restart(state: State, ctx: StepContext): StepResult {
  if (state.submittedAt) {
    return { state, replies: [{ text: "您已提交报名。修改请发送“修改”加字段名；如要取消，请发送“取消报名”。" }], effects: [] };
  }
  return onNew(initialState(), "报名", ctx);
}

