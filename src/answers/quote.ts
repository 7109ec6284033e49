import type { Programme } from "../programme/schema.js";
import type { Answer, AnswerContext, Lang } from "./types.js";
import type { Retrieved } from "./retrieve.js";
import { fallbackContact } from "./facts.js";

/** An answer that quotes the notice's cards as the programme words them. */
export function quoteCards(hits: Retrieved[], lang: Lang, confidence: number): Answer {
  const lines = hits.map((h) => (lang === "en" ? (h.card.en ?? h.card.zh) : h.card.zh));
  const text = lang === "en" ? `From the notice: ${lines.join("; ")}.` : `通知中相关的内容：${lines.join("；")}。`;
  return { intent: "card", text, confidence, lang, sources: hits.map((h) => h.card.source) };
}

/** An empty field of the programme: the notice does not say, and who can tell (unless the programme says what empty means). */
export function emptyField(p: Programme, hit: Retrieved, ctx: AnswerContext, lang: Lang, confidence: number): Answer {
  const label = p.answers?.labels[hit.card.source.replace(/\[\d+\]/g, "[]")];
  const sources = [hit.card.source];
  if (label?.whenEmpty) return { intent: "card", text: lang === "en" ? `${label.whenEmpty.en}.` : `${label.whenEmpty.zh}。`, confidence, lang, sources };
  const what = label ? label[lang] : lang === "en" ? "this" : "这一点";
  const who = fallbackContact(ctx, lang);
  const text = lang === "en" ? `The notice does not state ${what}. Please ask ${who}.` : `通知中没有说明${what}。如需了解，请联系${who}。`;
  return { intent: "unknown", text, confidence, lang, unknown: true, sources };
}

/** A subject outside the training: said plainly, with what the bot does handle. */
export function outsideAnswer(p: Programme, lang: Lang): Answer {
  const text =
    lang === "en"
      ? `That is outside what I handle: I answer questions about the ${p.title.en} (dates, schedule, registration, contacts, fees, selection, certificate).`
      : `这个问题不在我能解答的范围内。我只解答${p.title.zh}的问题（时间和课程安排、报名、联系人、费用食宿、遴选和证书等）。`;
  return { intent: "outside", text, confidence: 0.9, lang, outside: true };
}
