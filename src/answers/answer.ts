import type { Programme } from "../programme/schema.js";
import type { Answer, AnswerContext, Query } from "./types.js";
import { understand } from "./understand.js";
import { classify, isAboutProgramme, type Classification } from "./classify.js";
import { compose, type ComposeArgs } from "./compose.js";
import { isChatter, isPersonalQuestion, isReport } from "./question.js";

// Below this a keyword match is too weak to call the text a question about the programme.
const MIN_SCORE = 0.5;
// A statement without question words must match more strongly ("培训费用", "第三天上午").
const MIN_STATEMENT = 0.7;

export function answerQuestion(text: string, ctx: AnswerContext): Answer | null {
  if (!text || !text.trim() || isChatter(text) || isPersonalQuestion(text)) return null;
  const q = understand(text, ctx.programme, ctx.now);
  const c = classify(q, ctx.programme);
  const a: ComposeArgs = { p: ctx.programme, q, ctx, c };
  const top = c.ranked[0];
  if (!top || top.score < MIN_SCORE) {
    return q.question && isAboutProgramme(q) ? notStated(a, 0.55) : null;
  }
  if (!q.question) {
    if (isReport(text) || top.score < MIN_STATEMENT) return null;
    return compose(top, top.score - 0.1, a);
  }
  // an unknown topic outranks its related intent, but "not stated" is not a sure answer
  return compose(top, top.id === "unknown" ? Math.min(top.score, 0.8) : top.score, a);
}

/** "The notice does not say", with the asker's contact: for a question nothing in the programme answers. */
export function notStated(a: ComposeArgs, confidence: number): Answer {
  return compose({ id: "unknown", score: confidence, at: -1, len: 0 }, confidence, a);
}

export function notStatedFor(text: string, ctx: AnswerContext): Answer {
  const q: Query = understand(text, ctx.programme, ctx.now);
  const c: Classification = { ranked: [] };
  return notStated({ p: ctx.programme, q, ctx, c }, 0.5);
}

export function helpFor(text: string, ctx: AnswerContext): Answer {
  const q = understand(text, ctx.programme, ctx.now);
  const a: ComposeArgs = { p: ctx.programme, q, ctx, c: { ranked: [] } };
  return compose({ id: "help", score: 1, at: -1, len: 0 }, 1, a);
}

/** What the bot can do, in the language of the message: for a text that is no question it can answer. */
export function botHelp(text: string, programme: Programme, now?: Date): string {
  return helpFor(text, { programme, now }).text;
}
