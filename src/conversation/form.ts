import { FIELDS, fieldByKey, type FieldDef, type FieldKey } from "../domain/fields.js";
import { classOfCity } from "../programme/lookup.js";
import type { Reply, State, StepContext, StepResult } from "./types.js";
import { confirmOptions, summaryText } from "./texts.js";

/** The question for the current field, with its example and options; remembers the options for "2". */
export function ask(state: State, ctx: StepContext): Reply {
  if (state.phase === "summary") {
    state.options = confirmOptions.map((o) => o.value);
    return { text: summaryText(ctx.programme, state.answers, state.consentPublish), options: confirmOptions };
  }
  const f = fieldByKey(state.field ?? FIELDS[0]!.key);
  const index = FIELDS.indexOf(f) + 1;
  const lines = [`（${index}/${FIELDS.length}）${f.prompt}`];
  if (f.key === "classId" && typeof state.answers.city === "string") {
    const cls = classOfCity(ctx.programme, state.answers.city);
    if (cls) lines.push(`根据您所在的市州，建议报名“${cls.name.zh}”（第1项）。`);
  }
  if (f.example) lines.push(`例如：${f.example}`);
  const options = f.options?.(ctx.programme, state.answers);
  if (options && f.multi) lines.push(...options.map((o, i) => `${i + 1}. ${o.label}`));
  state.options = options && !f.multi ? options.map((o) => o.value) : undefined;
  return { text: lines.join("\n"), options: f.multi ? undefined : options };
}

export function startForm(state: State, ctx: StepContext, pre: Reply[] = []): StepResult {
  state.phase = "form";
  state.field = FIELDS[0]!.key;
  state.history = [];
  return { state, replies: [...pre, ask(state, ctx)], effects: [] };
}

/** Stores a valid answer and moves on: to the next field, or back to the summary when editing. */
export function accept(state: State, f: FieldDef, value: unknown, ctx: StepContext, pre: Reply[] = []): StepResult {
  state.answers[f.key] = value as never;
  state.pendingMobile = undefined;
  // a new city may suggest another class: ask the class again
  if (f.key === "city" && state.backToSummary && typeof state.answers.classId === "string") {
    const cls = classOfCity(ctx.programme, String(value));
    if (cls && cls.id !== state.answers.classId) return goTo(state, "classId", ctx, pre);
  }
  if (state.backToSummary) return toSummary(state, ctx, pre);
  if (!state.history.includes(f.key)) state.history.push(f.key);
  const next = FIELDS[FIELDS.indexOf(f) + 1];
  if (!next) return toSummary(state, ctx, pre);
  return goTo(state, next.key, ctx, pre);
}

export function goTo(state: State, key: FieldKey, ctx: StepContext, pre: Reply[] = []): StepResult {
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
