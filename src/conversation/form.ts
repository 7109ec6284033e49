import { classOfCity } from "../programme/lookup.js";
import { isAsked, questionByKey, questionsOf, type Question } from "../domain/questionnaire/questions.js";
import type { Programme } from "../programme/schema.js";
import type { Reply, State, StepContext, StepResult } from "./types.js";
import { confirmOptions, summaryText } from "./texts.js";
import { chatOptions, offeredOptions } from "./chatAnswer.js";

/** The questions this trainee is asked, given the answers so far (conditions). */
export const askedQuestions = (p: Programme, state: State): Question[] => questionsOf(p).filter((q) => isAsked(q, state.answers));

export const currentQuestion = (state: State, ctx: StepContext): Question =>
  questionByKey(ctx.programme, state.field ?? "") ?? questionsOf(ctx.programme)[0]!;

/** The question for the current field, with its example and options; remembers the options for "2". */
export function ask(state: State, ctx: StepContext): Reply {
  state.shown = undefined;
  state.pending = undefined;
  if (state.phase === "summary") {
    state.options = confirmOptions.map((o) => o.value);
    return { text: summaryText(ctx.programme, state.answers, state.consentPublish), options: confirmOptions };
  }
  const q = currentQuestion(state, ctx);
  const asked = askedQuestions(ctx.programme, state);
  const lines = [`（${asked.indexOf(q) + 1}/${asked.length}）${q.prompt}`];
  if (q.kind === "class" && typeof state.answers.city === "string") {
    const cls = classOfCity(ctx.programme, state.answers.city);
    if (cls) lines.push(`根据您所在的市州，建议报名“${cls.name.zh}”（第1项），回复“就按建议的”即可。`);
  }
  if (q.example) lines.push(`例如：${q.example}`);
  const options = offeredOptions(q, ctx.programme, state.answers);
  if (q.kind === "multipleChoice") lines.push(...(chatOptions(q, ctx.programme, state.answers) ?? []).map((o, i) => `${i + 1}. ${o.label}`));
  else if (!options && q.options) lines.push(`选项：${q.options.map((o) => o.label).join("／")}`);
  state.options = options?.map((o) => o.value);
  return { text: lines.join("\n"), options };
}

export function startForm(state: State, ctx: StepContext, pre: Reply[] = []): StepResult {
  state.phase = "form";
  state.field = questionsOf(ctx.programme)[0]!.key;
  state.history = [];
  return { state, replies: [...pre, ask(state, ctx)], effects: [] };
}

/** Stores a valid answer (null: skipped) and moves on: to the next question asked, or back to the summary when editing. */
export function accept(state: State, q: Question, value: unknown, ctx: StepContext, pre: Reply[] = []): StepResult {
  state.answers[q.key] = value as never;
  state.pendingMobile = undefined;
  // a new city may suggest another class: ask the class again
  if (q.kind === "city" && state.backToSummary && typeof state.answers.classId === "string") {
    const cls = classOfCity(ctx.programme, String(value));
    if (cls && cls.id !== state.answers.classId) return goTo(state, "classId", ctx, pre);
  }
  // a changed answer may open a question it conditions: ask it before the summary
  const opened = askedQuestions(ctx.programme, state).find((x) => x.askIf?.question === q.key && state.answers[x.key] === undefined);
  if (state.backToSummary && opened) return goTo(state, opened.key, ctx, pre);
  if (state.backToSummary) return toSummary(state, ctx, pre);
  if (!state.history.includes(q.key)) state.history.push(q.key);
  const all = questionsOf(ctx.programme);
  const next = all.slice(all.indexOf(q) + 1).find((x) => isAsked(x, state.answers));
  if (!next) return toSummary(state, ctx, pre);
  return goTo(state, next.key, ctx, pre);
}

export function goTo(state: State, key: string, ctx: StepContext, pre: Reply[] = []): StepResult {
  state.phase = "form";
  state.field = key;
  return { state, replies: [...pre, ask(state, ctx)], effects: [] };
}

export function toSummary(state: State, ctx: StepContext, pre: Reply[] = []): StepResult {
  state.phase = "summary";
  state.field = undefined;
  state.backToSummary = false;
  return { state, replies: [...pre, ask(state, ctx)], effects: [] };
}

/** Re-asks whatever is pending after a side reply (an answer, an error, a receipt). */
export function reask(state: State, ctx: StepContext, pre: Reply[]): StepResult {
  if (state.phase === "form" || state.phase === "summary") return { state, replies: [...pre, ask(state, ctx)], effects: [] };
  return { state, replies: pre, effects: [] };
}
