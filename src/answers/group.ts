import type { Answer, AnswerContext } from "./types.js";
import { answerQuestion, helpFor, notStatedFor } from "./answer.js";
import { isAddressedToPeers, isChatter, isPersonalQuestion, looksLikeQuestion } from "./question.js";
import { detectLang, normalise } from "./normalise.js";

export type GroupDecision = { action: "answer"; answer: Answer } | { action: "private"; groupReply: string } | { action: "silent" };

// An unasked answer in a busy group must be a sure one.
const UNMENTIONED_MIN = 0.75;

const PRIVATE_REPLY = {
  zh: "这个问题涉及您的个人报名信息，为保护隐私，请私聊我查询。",
  en: "That is about your own registration; to protect your privacy, please message me privately.",
};

export function groupDecision(text: string, opts: { mentioned: boolean }, ctx: AnswerContext): GroupDecision {
  const lang = detectLang(normalise(text));
  if (isPersonalQuestion(text)) return { action: "private", groupReply: PRIVATE_REPLY[lang] };
  const answer = answerQuestion(text, ctx);
  // a subject outside the training is not the office's to take up in a group unless the bot is asked by name
  if (answer?.outside && !opts.mentioned) return { action: "silent" };
  if (opts.mentioned) {
    if (answer) return { action: "answer", answer };
    if (looksLikeQuestion(text) && !isChatter(text)) return { action: "answer", answer: notStatedFor(text, ctx) };
    return { action: "answer", answer: helpFor(text, ctx) };
  }
  if (answer && looksLikeQuestion(text) && !isAddressedToPeers(text) && answer.confidence >= UNMENTIONED_MIN) return { action: "answer", answer };
  return { action: "silent" };
}
