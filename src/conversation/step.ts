import { answerQuestion, botHelp, looksLikeQuestion } from "../answers/index.js";
import { normaliseText } from "../domain/validators.js";
import { explainQuality, qualityMax } from "../domain/quality.js";
import { questionByKey } from "../domain/questionnaire/questions.js";
import { isCommand } from "./commands.js";
import { accept, askedQuestions, goTo, reask, startForm } from "./form.js";
import { onAnswer } from "./answerTurn.js";
import { back, cancel, startEdit } from "./navigation.js";
import { onFile } from "./receipt.js";
import { closed, isOpen } from "./window.js";
import { initialState, reviveState } from "./state.js";
import { statusReply } from "./status.js";
import { buildRecord } from "./record.js";
import type { Input, Reply, State, StepContext, StepResult } from "./types.js";
import { consentReply, contactFor, declinedText, helpText, publishReply, receiptReminder } from "./texts.js";

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
  if (!t) return reask(state, ctx, [{ text: rawText.trim() ? "只收到了看不见的字符，请重新输入文字。" : "没有收到文字内容。" }]);
  // numbers of the options shown pick them; in the form the answer's reader does this (it knows where a number is an amount)
  const n = /^\d{1,2}$/.test(t) ? Number(t) : 0;
  if (state.phase !== "form" && state.options && n >= 1 && n <= state.options.length) t = state.options[n - 1]!;

  if (isCommand("help", t)) return reask(state, ctx, [{ text: helpText() }]);
  if (isCommand("status", t) || isCommand("scores", t)) {
    return { state, replies: [], effects: [{ type: "lookupStatus", scores: Boolean(isCommand("scores", t)) }] };
  }
  if (isCommand("quality", t)) return reask(state, ctx, [{ text: explainQuality(ctx.programme) }]);
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
  const a = answerQuestion(t, { programme: ctx.programme, classId, cityId, now: ctx.now });
  return a ? { text: a.text } : undefined;
}

/** A chat without a registration: only an explicit wish ("报名", /start, a button) starts the form; anything else is answered. */
function onNew(state: State, t: string, ctx: StepContext): StepResult {
  if (!isCommand("start", t)) {
    const answer = sideAnswer(t, state, ctx, false) ?? { text: botHelp(t, ctx.programme, ctx.now) };
    // after the deadline no reply invites a registration
    return { state, replies: isOpen(ctx) ? [answer, { text: "发送“报名”即可开始报名。" }] : [answer], effects: [] };
  }
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
  const count = askedQuestions(ctx.programme, state).length;
  return startForm(state, ctx, [{ text: "好的，开始填写报名表（共" + count + "项）。随时可发送“帮助”“返回”“跳过”（选填项）。" }]);
}

/** `t` is normalised for matching; free text is stored as the trainee typed it (`raw`). */
function onField(state: State, t: string, raw: string, ctx: StepContext): StepResult {
  if (!isOpen(ctx)) return closed(state, ctx);
  return onAnswer(state, t, raw, ctx, (text, strict) => sideAnswer(text, state, ctx, strict));
}

function onMobileChecked(state: State, mobile: string, taken: boolean, ctx: StepContext): StepResult {
  if (!taken) return accept(state, questionByKey(ctx.programme, "mobile")!, mobile, ctx);
  state.pendingMobile = undefined;
  state.phase = "form";
  state.field = "mobile";
  const text = `该手机号已被其他账号用于报名，每个手机号只能报名一次。请换一个手机号；如确属本人，请联系${contactFor(ctx.programme, state.answers)}。`;
  return reask(state, ctx, [{ text }]);
}

function onSummary(state: State, t: string, ctx: StepContext): StepResult {
  if (isCommand("confirm", t)) {
    if (!isOpen(ctx)) return closed(state, ctx);
    const record = buildRecord(state, ctx.programme);
    if (!record.ok) return goTo(state, record.missing, ctx, [{ text: `还缺少“${questionByKey(ctx.programme, record.missing)?.label ?? record.missing}”。` }]);
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
  const record = buildRecord(state, ctx.programme);
  const lines = [first ? "报名已提交成功！" : "修改已保存。"];
  if (record.ok) lines.push(`问卷填写质量得分：${record.value.qualityScore}/${qualityMax(ctx.programme)}（发送“评分规则”查看算法）。`, receiptReminder(ctx.programme, record.value));
  lines.push("承办单位将统一发送直播链接。随时发送“我的报名”查看状态。");
  return { state, replies: [{ text: lines.join("\n") }], effects: [] };
}

function onSubmitted(state: State, t: string, ctx: StepContext): StepResult {
  if (isCommand("start", t)) return { state, replies: [{ text: "您已完成报名。发送“我的报名”查看，或“修改”加字段名修改（截止前）。" }], effects: [] };
  const answer = sideAnswer(t, state, ctx, false);
  return { state, replies: [answer ?? { text: "您已完成报名。发送“我的报名”查看状态，“帮助”查看可用指令，也可以直接提问。" }], effects: [] };
}

function restart(state: State, ctx: StepContext): StepResult {
  if (state.submittedAt) {
    return { state, replies: [{ text: "您已提交报名。修改请发送“修改”加字段名；如要取消，请发送“取消报名”。" }], effects: [] };
  }
  return onNew(initialState(), "报名", ctx);
}

