import type { Programme } from "../programme/schema.js";
import type { AnswerContext, Answer, Query } from "./types.js";
import type { Classification, Scored } from "./classify.js";
import { sameFamily } from "./classify.js";
import type { IntentId } from "./intents.js";
import { ZH } from "./compose-zh.js";
import { EN } from "./compose-en.js";
import { fallbackContact } from "./facts.js";

const TIMED: IntentId[] = ["online.dates", "livestream", "period", "offline.info", "schedule.what", "schedule.when", "schedule.online", "schedule.offline"];

/** The programme gives half days, never clock times: say so when a clock time is asked. */
function clockNote(a: ComposeArgs): string {
  if (a.q.lang === "en") return ` The course plan gives only morning/afternoon, not clock times; for exact times contact ${fallbackContact(a.ctx, "en", a.q.classes)}.`;
  return `课程计划只分上午、下午等时段，没有写具体几点；如需确认请联系${fallbackContact(a.ctx, "zh", a.q.classes)}。`;
}

export interface ComposeArgs {
  p: Programme;
  q: Query;
  ctx: AnswerContext;
  c: Classification;
}

export function composeText(id: IntentId, a: ComposeArgs): string {
  return (a.q.lang === "en" ? EN : ZH)[id](a);
}

/** A second intent is worth adding when it asks for something else, strongly, in other words ("在哪，管住吗"). */
function secondary(top: Scored, ranked: Scored[]): Scored | undefined {
  return ranked.find(
    (s) =>
      s !== top &&
      s.score >= 0.88 &&
      s.id !== "unknown" &&
      !sameFamily(s.id, top.id) &&
      (s.at < 0 || top.at < 0 || Boolean(s.inNorm) !== Boolean(top.inNorm) || s.at >= top.at + top.len || s.at + s.len <= top.at),
  );
}

export function compose(top: Scored, confidence: number, a: ComposeArgs): Answer {
  let text = composeText(top.id, a);
  const second = top.id === "unknown" ? undefined : secondary(top, a.c.ranked);
  if (second) text += "\n" + composeText(second.id, a);
  if (a.q.askClock && TIMED.includes(top.id)) text += clockNote(a);
  return {
    intent: top.id,
    text,
    confidence: Math.round(confidence * 100) / 100,
    lang: a.q.lang,
    ...(top.id === "unknown" ? { unknown: true } : {}),
  };
}
