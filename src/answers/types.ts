import type { Programme, ProgrammeClass, City, HalfDay } from "../programme/schema.js";
import type { Place } from "./places.js";

export type Lang = "zh" | "en";

export interface AnswerContext {
  programme: Programme;
  classId?: string;
  cityId?: string;
  /** The clock, for "今天", "明天", "下周一"; without it those name no date. */
  now?: Date;
}

export interface Answer {
  intent: string;
  text: string;
  /** 0..1 */
  confidence: number;
  lang: Lang;
  unknown?: boolean;
  /** Not about the training at all (weather, trademark agency): said so, and silent in a group. */
  outside?: boolean;
  /** The programme paths of the cards the answer quotes, when it quotes cards. */
  sources?: string[];
}

export type Phase = "online" | "offline";

/** What the understanding step read out of one message. */
export interface Query {
  raw: string;
  norm: string;
  /** Normalised, without spaces and punctuation: Chinese keywords match here. */
  flat: string;
  /** The compact text without "的" ("报名的链接" meets "报名链接"); undefined when it has none. */
  loose?: string;
  lang: Lang;
  tokens: string[];
  /** English word stems, for English keywords. */
  stems: string[];
  question: boolean;
  cities: City[];
  /** Counties, districts and areas named, each with its prefecture (also in `cities`). */
  places: Place[];
  classes: ProgrammeClass[];
  /** ISO dates the text names ("6月16日", "16号", "June 16", "周三"). */
  dates: string[];
  /** Day numbers inside a phase ("第三天" → 3); -1 is the last day. */
  days: number[];
  halfDays: HalfDay[];
  phase?: Phase;
  askWhen: boolean;
  askWhat: boolean;
  askPlace: boolean;
  /** Asks for a clock time ("几点"), which the programme does not hold. */
  askClock: boolean;
  /** A date was named ("周末", "6月20日") even if no programme date matches. */
  dateNamed: boolean;
  /** A date was named against the clock ("明天", "下周一"). */
  relativeDate: boolean;
  /** The message was read against a clock (a private chat); without one "明天" names no date. */
  clock: boolean;
  /** Both stages are named ("线上还是线下"). */
  bothPhases: boolean;
}
