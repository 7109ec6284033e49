import type { Option } from "../channels/types.js";
import type { Programme } from "../programme/schema.js";
import type { AnswerValue, Answers } from "../domain/questionnaire/questions.js";

export const STATE_VERSION = 1;

export type Phase = "new" | "consent" | "publish" | "form" | "summary" | "submitting" | "submitted" | "confirmCancel";

/** Conversation state: plain JSON, versioned; an unknown version restarts the flow. */
export interface State {
  v: typeof STATE_VERSION;
  phase: Phase;
  /** The key of the question being asked. */
  field?: string;
  /** Editing one answer from the summary: go back there after it. */
  backToSummary?: boolean;
  answers: Answers;
  consentData?: boolean;
  consentPublish?: boolean;
  /** Fields answered, in order, for "back". */
  history: string[];
  /** Options last shown, so "2" means the second one. */
  options?: string[];
  /** Options of a question asked back ("您指的是哪一个？"): the answer is one of these. */
  shown?: string[];
  /** A value to confirm before it is kept (an e-mail with a likely slip), and what was typed. */
  pending?: { value: AnswerValue; typed: AnswerValue };
  submittedAt?: string;
  /** Changing a submitted registration (until the deadline). */
  amending?: boolean;
  pendingMobile?: string;
}

/** A registration as the core hands it to the store: every answer by key, and the facts other code reads. */
export interface RegistrationRecord {
  organization: string;
  name: string;
  mobile: string;
  classId: string;
  /** Every question's answer by key (null: an optional question skipped). */
  answers: Answers;
  consentPublish: boolean;
  qualityScore: number;
}

/** A trainee's points, as the selection rule computes them (coordinator issue). */
export interface Standing {
  questionnaire: number;
  hours: number;
  attendance: number;
  quiz: number;
  total: number;
  eligible: boolean;
  rank: number | null;
  quota: number;
  /** null until a selection run is published. */
  selected: boolean | null;
}

export interface StatusView {
  registration: (RegistrationRecord & { submittedAt: string; status: string }) | null;
  receipt: { fileName: string; receivedAt: string } | null;
  standing?: Standing;
}

export type Input =
  | { kind: "text"; text: string }
  | { kind: "file"; name: string; size: number; mime: string | null }
  | { kind: "other"; what: string }
  | { kind: "mobileChecked"; mobile: string; taken: boolean }
  | { kind: "saved"; submittedAt: string }
  | { kind: "saveFailed"; reason: "mobileTaken" }
  | { kind: "status"; view: StatusView; scores: boolean };

export type Effect =
  | { type: "checkMobile"; mobile: string }
  | { type: "saveRegistration"; registration: RegistrationRecord; consentData: true }
  | { type: "deleteRegistration" }
  | { type: "storeReceipt" }
  | { type: "lookupStatus"; scores: boolean }
  | { type: "setNewsOptOut"; optOut: boolean };

export interface Reply {
  text: string;
  options?: Option[];
}

export interface StepResult {
  state: State;
  replies: Reply[];
  effects: Effect[];
}

export interface StepContext {
  now: Date;
  programme: Programme;
}
