import type { Programme } from "../../programme/schema.js";
import type { AnswerValue, Answers } from "./questions.js";

/** An option offered back to the trainee: what to show and the text that answers with it. */
export interface Offer {
  label: string;
  value: string;
}

/**
 * What an answer turned out to be: a value; a skip of an optional question; a refusal with its reason;
 * a question back when two or three options could be meant; a value to confirm first (an e-mail slip).
 */
export type AnswerResult =
  | { type: "value"; value: AnswerValue }
  | { type: "skip" }
  | { type: "error"; error: string }
  | { type: "ask"; text: string; options: Offer[] }
  | { type: "confirm"; value: AnswerValue; text: string; options: Offer[] };

export interface ParseContext {
  programme: Programme;
  /** Answers given before this one (the city suggests the class). */
  answers: Answers;
}

export const value = (v: AnswerValue): AnswerResult => ({ type: "value", value: v });
export const refuse = (error: string): AnswerResult => ({ type: "error", error });
