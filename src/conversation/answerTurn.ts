import { countMeaningfulChars, normaliseText } from "../domain/validators.js";
import type { AnswerValue } from "../domain/questionnaire/questions.js";
import { accept, currentQuestion, reask } from "./form.js";
import { readChatAnswer } from "./chatAnswer.js";
import type { Reply, State, StepContext, StepResult } from "./types.js";

/** A long text is an answer even when it holds a question; the question is answered too. */
const LONG_ANSWER = 20;

const YES = /^(是|是的|对|对的|没错|正确|确认|好|好的|yes|y|ok)$/i;
const NO = /^(不是|不对|不|否|错了|不正确|no|n)$/i;

type SideAnswer = (text: string, strict: boolean) => Reply | undefined;

function take(state: State, value: AnswerValue | null, ctx: StepContext, pre: Reply[] = []): StepResult {
  const q = currentQuestion(state, ctx);
  if (q.kind === "mobile" && value !== null) {
    state.pendingMobile = String(value);
    return { state, replies: pre, effects: [{ type: "checkMobile", mobile: String(value) }] };
  }
  return accept(state, q, value, ctx, pre);
}

/** The trainee's answer to the question being asked: kept, skipped, refused, asked back or to be confirmed. */
export function onAnswer(state: State, t: string, raw: string, ctx: StepContext, side: SideAnswer): StepResult {
  const q = currentQuestion(state, ctx);
  const n = /^\d$/.test(t) ? Number(t) : 0;
  const picked = state.shown && n >= 1 && n <= state.shown.length ? state.shown[n - 1]! : t;
  if (state.pending) {
    const { value, typed } = state.pending;
    if (YES.test(picked) || picked === String(value)) return take(state, value, ctx);
    if (NO.test(picked) || picked === String(typed)) return take(state, typed, ctx);
  }
  const free = q.kind === "shortText" || q.kind === "longText";
  const text = free ? raw : t;
  const long = q.kind === "longText" && countMeaningfulChars(raw) >= LONG_ANSWER;
  if (free && !long) {
    const answer = side(t, true);
    if (answer) return reask(state, ctx, [answer]);
  }
  const r = readChatAnswer(q, state.shown ? picked : text, ctx.programme, state.answers, state.shown);
  switch (r.type) {
    case "value": {
      const answer = long ? side(normaliseText(raw), true) : undefined;
      return take(state, r.value, ctx, answer ? [answer] : []);
    }
    case "skip":
      return take(state, null, ctx);
    case "ask":
    case "confirm":
      state.shown = r.options.map((o) => o.value);
      state.options = state.shown;
      state.pending = r.type === "confirm" ? { value: r.value, typed: r.options[1]!.value } : undefined;
      return { state, replies: [{ text: r.text, options: r.options }], effects: [] };
    case "error": {
      const answer = free ? undefined : side(t, true);
      return reask(state, ctx, [answer ?? { text: r.error }]);
    }
  }
}
