import { FIELDS, type FieldKey } from "../domain/fields.js";
import { qualityScore } from "../domain/quality.js";
import type { RegistrationRecord, State } from "./types.js";

/** The answers as a registration, or the first required field still missing. */
export function buildRecord(state: State): { ok: true; value: RegistrationRecord } | { ok: false; missing: FieldKey } {
  const a = state.answers;
  for (const f of FIELDS) {
    const v = a[f.key];
    if (!f.optional && (v === undefined || v === null || v === "")) return { ok: false, missing: f.key };
  }
  const opt = (k: FieldKey) => (a[k] === undefined || a[k] === null ? null : String(a[k]));
  const interests = Array.isArray(a.interests) ? a.interests : [];
  const base = {
    organization: String(a.organization), creditCode: String(a.creditCode), city: String(a.city), classId: String(a.classId),
    name: String(a.name), gender: String(a.gender), department: String(a.department), title: String(a.title),
    email: String(a.email), qq: opt("qq"), officePhone: opt("officePhone"), mobile: String(a.mobile),
    address: String(a.address), remarks: opt("remarks"), enterpriseType: String(a.enterpriseType),
    industry: String(a.industry), patentCount: Number(a.patentCount), ipYears: String(a.ipYears), role: String(a.role),
    interests, needs: String(a.needs), consentPublish: Boolean(state.consentPublish),
  };
  const q = qualityScore({ complete: true, ...base });
  return { ok: true, value: { ...base, qualityScore: q.score } };
}
