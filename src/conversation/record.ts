import { qualityScore } from "../domain/quality.js";
import type { Programme } from "../programme/schema.js";
import { askedQuestions } from "./form.js";
import type { RegistrationRecord, State } from "./types.js";

const missing = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

/** The answers as a registration, or the first required question still missing. */
export function buildRecord(state: State, p: Programme): { ok: true; value: RegistrationRecord } | { ok: false; missing: string } {
  const asked = askedQuestions(p, state);
  for (const q of asked) if (q.required && missing(state.answers[q.key])) return { ok: false, missing: q.key };
  const answers = Object.fromEntries(asked.map((q) => [q.key, state.answers[q.key] ?? null]));
  const a = state.answers;
  return {
    ok: true,
    value: {
      organization: String(a.organization), name: String(a.name), mobile: String(a.mobile), classId: String(a.classId),
      answers, consentPublish: Boolean(state.consentPublish), qualityScore: qualityScore(p, answers).score,
    },
  };
}
