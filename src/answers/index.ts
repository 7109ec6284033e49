export type { Lang, AnswerContext, Answer } from "./types.js";
export { answerQuestion, botHelp } from "./answer.js";
export { looksLikeQuestion, isPersonalQuestion } from "./question.js";
export { groupDecision, type GroupDecision } from "./group.js";
