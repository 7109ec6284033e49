import type { Programme } from "../programme/schema.js";
import type { AnswerContext, Answer, Query } from "./types.js";
import type { Classification, Scored } from "./classify.js";
import { sameFamily } from "./classify.js";
import type { IntentId } from "./intents.js";
import { ZH } from "./compose-zh.js";
import { EN } from "./compose-en.js";
import { fallbackContact } from "./facts.js";

const TIMED: IntentId[] = ["online.dates", "livestream", "period", "offline.info", "schedule.what", "schedule.when", "schedule.online", "schedule.offline"];

const SESSION: IntentId[] = ["schedule.what", "schedule.when"];
// Answers that name the asker's class themselves, or none (help).
const WITH_CLASS: IntentId[] = ["contact", "contact.provincial", "email", "class.ofCity", "organisers", "deadline.contactList", "unknown", "help"];

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

// What a reader acts on: addresses, numbers and dates.
const FACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|\d[\d-]{6,}\d|\d{1,2}月\d{1,2}日|[A-Z][a-z]+ \d{1,2}\b/g;

/** The second text names a fact the first does not ("截止几号？发哪个邮箱？": the deadline, then the e-mail). */
function addsFacts(second: string, first: string): boolean {
  return (second.match(FACT) ?? []).some((f) => !first.includes(f));
}

/** A second intent is worth adding when it asks for something else, strongly, in other words ("在哪，管住吗"). */
function secondary(top: Scored, ranked: Scored[], a: ComposeArgs, first: string): Scored | undefined {
  return ranked.find(
    (s) =>
      s !== top &&
      s.score >= 0.88 &&
      s.id !== "unknown" &&
      (s.at < 0 || top.at < 0 || Boolean(s.inNorm) !== Boolean(top.inNorm) || s.at >= top.at + top.len || s.at + s.len <= top.at) &&
      (!sameFamily(s.id, top.id) || addsFacts(composeText(s.id, a), first)),
  );
}

export function compose(top: Scored, confidence: number, a: ComposeArgs): Answer {
  let text = composeText(top.id, a);
  const second = top.id === "unknown" ? undefined : secondary(top, a.c.ranked, a, text);
  if (second) text += "\n" + composeText(second.id, a);
  // "秭归县的企业线下在哪培训": a place named decides the asker's class, whose base runs its offline stage and whose contact
  // answers what the notice leaves open; an answer that does not name that class's contact gives its line
  const own = a.q.cities.length && a.q.classes.length === 1 ? a.q.classes[0]! : undefined;
  if (own && !WITH_CLASS.includes(top.id) && !text.includes(own.contact.name) && !text.includes(own.contact.nameEn ?? own.contact.name)) text += "\n" + composeText("class.ofCity", a);
  // "回执是附件几": an attachment asked of is named by its number, as the notice lists them
  const attachments = a.p.document.attachments;
  if (attachments.length && /附件|模板|模版|attachment|template/.test(a.q.norm) && !/附件\d|attachment \d/i.test(text)) {
    text += a.q.lang === "en"
      ? `\nAttachments: ${attachments.map((t, i) => `Attachment ${i + 1}: ${t.en} (${t.zh})`).join("; ")}.`
      : `\n附件：${attachments.map((t, i) => `附件${i + 1}：${t.zh}`).join("；")}。`;
  }
  // the programme holds no clock times: what is known is given, but the question itself is not answered
  const clock = a.q.askClock && TIMED.includes(top.id);
  if (clock) text += clockNote(a);
  return {
    intent: top.id,
    text,
    confidence: Math.round(confidence * 100) / 100,
    lang: a.q.lang,
    // a session's half day answers "when is X"; a stage's dates do not answer "what time does it start"
    ...(top.id === "unknown" || (clock && !SESSION.includes(top.id)) ? { unknown: true } : {}),
  };
}
