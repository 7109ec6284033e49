import { questionByName } from "../domain/questionnaire/questions.js";
import { askedQuestions, goTo, reask, toSummary } from "./form.js";
import { initialState } from "./state.js";
import { consentReply, publishReply } from "./texts.js";
import { closed, isOpen } from "./window.js";
import type { State, StepContext, StepResult } from "./types.js";

/** "修改手机号": one answer changed, then back to the summary. */
export function startEdit(state: State, name: string, ctx: StepContext): StepResult {
  if (state.phase === "submitted" && !isOpen(ctx)) return closed(state, ctx);
  const f = questionByName(ctx.programme, name);
  if (!f || !askedQuestions(ctx.programme, state).includes(f)) {
    const labels = askedQuestions(ctx.programme, state).map((x) => x.label).join("、");
    return reask(state, ctx, [{ text: `请说明要修改哪一项，如“修改手机号”。可修改：${labels}。` }]);
  }
  if (state.phase === "form" && !state.backToSummary && !state.history.includes(f.key)) {
    return reask(state, ctx, [{ text: `“${f.label}”还没有填写，填完后可在核对页修改。` }]);
  }
  if (state.phase === "submitted") state.amending = true;
  state.backToSummary = true;
  return goTo(state, f.key, ctx);
}

/** "返回": one step back. */
export function back(state: State, ctx: StepContext): StepResult {
  if (state.phase === "form" && state.backToSummary) return toSummary(state, ctx);
  const asked = askedQuestions(ctx.programme, state);
  if (state.phase === "summary") return goTo(state, asked[asked.length - 1]!.key, ctx);
  if (state.phase === "form") {
    const i = asked.findIndex((f) => f.key === state.field);
    if (i > 0) {
      state.history = state.history.filter((k) => k !== asked[i - 1]!.key);
      return goTo(state, asked[i - 1]!.key, ctx);
    }
    state.phase = "publish";
    const r = publishReply();
    state.options = r.options!.map((o) => o.value);
    return { state, replies: [r], effects: [] };
  }
  if (state.phase === "publish") {
    state.phase = "consent";
    const r = consentReply(ctx.programme);
    state.options = r.options!.map((o) => o.value);
    return { state, replies: [r], effects: [] };
  }
  return reask(state, ctx, [{ text: "没有可以返回的上一步。" }]);
}

/** "取消报名": discard the draft at once; a submitted registration only after confirmation. */
export function cancel(state: State, ctx: StepContext): StepResult {
  if (state.submittedAt) {
    state.phase = "confirmCancel";
    state.options = ["确认取消", "保留报名"];
    return { state, replies: [{ text: "取消后将删除您的报名信息和回执，且无法恢复。确定要取消报名吗？", options: [{ label: "确认取消", value: "确认取消" }, { label: "保留报名", value: "保留报名" }] }], effects: [] };
  }
  if (state.phase === "new") return { state, replies: [{ text: "您目前没有进行中的报名。" }], effects: [] };
  void ctx;
  return { state: initialState(), replies: [{ text: "已取消，已填写的内容已全部删除。如需报名，随时发送“报名”。" }], effects: [{ type: "deleteRegistration" }] };
}
