import { getTableColumns, sql } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { registrations } from "../store/schema.js";
import { ANSWER_COLUMN_KEYS, columnValues } from "../store/answerColumns.js";
import type { RegistrationValues } from "./registrationRows.js";

const BATCH = 2000;
const cols = getTableColumns(registrations);
type Key = keyof typeof cols;

const WRITTEN = [
  ...ANSWER_COLUMN_KEYS, "answers", "organization", "name", "classId", "mobile", "source", "status", "consentData", "consentPublish",
  "qualityScore", "submittedAt", "updatedAt",
] as const satisfies readonly Key[];

const name = (k: Key) => `"${cols[k].name}"`;
const list = WRITTEN.map(name).join(", ");
/** Each row travels as a JSON array in WRITTEN's order: without the keys, a batch's text is a third shorter. */
const fields = WRITTEN.map((k, i) => (cols[k].getSQLType() === "jsonb" ? `x->${i}` : `(x->>${i})::${cols[k].getSQLType()}`)).join(", ");

/** A bad answer in the file never erases a good one already stored: answers merge, columns coalesce. */
function updates(withConsent: boolean): string {
  const set = ANSWER_COLUMN_KEYS.map((k) =>
    k === "interests"
      ? `${name(k)} = case when jsonb_array_length(excluded.${name(k)}) = 0 then registrations.${name(k)} else excluded.${name(k)} end`
      : `${name(k)} = coalesce(excluded.${name(k)}, registrations.${name(k)})`,
  );
  for (const k of ["organization", "name", "classId", "mobile", "qualityScore", "updatedAt"] as const) set.push(`${name(k)} = excluded.${name(k)}`);
  set.push(`"answers" = registrations."answers" || excluded."answers"`, `"status" = 'submitted'`);
  if (withConsent) set.push(`${name("consentPublish")} = excluded.${name("consentPublish")}`);
  // the first submission keeps its place in the tie-break
  set.push(`${name("submittedAt")} = least(registrations.${name("submittedAt")}, excluded.${name("submittedAt")})`);
  return set.join(", ");
}

/**
 * Inserts or updates by mobile; returns how many rows were new and how many updated. A batch travels as one JSON
 * parameter (an array of arrays) turned into rows by the database (a statement with tens of thousands of parameters costs far more).
 */
export async function writeRegistrations(
  tx: Tx, rows: RegistrationValues[], withConsent: boolean, now: Date, progress?: (n: number) => void,
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  const head = `insert into registrations (${list}) select ${fields} from jsonb_array_elements(`;
  const tail = `::jsonb) as r(x) on conflict ("mobile") do update set ${updates(withConsent)} returning (xmax = 0) as fresh`;
  const at = now.toISOString();
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map((r) => {
      const c = columnValues(r.answers) as Record<string, unknown>;
      const v: Partial<Record<Key, unknown>> = {
        answers: r.answers, organization: r.organization, name: r.name, classId: r.classId, mobile: r.mobile, source: "import",
        status: "submitted", consentData: true, consentPublish: r.consentPublish ?? false, qualityScore: r.qualityScore,
        submittedAt: r.submittedAt.toISOString(), updatedAt: at,
      };
      return WRITTEN.map((k) => (k in v ? v[k] : (c[k] ?? null)));
    });
    const out = (await tx.execute(sql`${sql.raw(head)}${JSON.stringify(batch)}${sql.raw(tail)}`)) as unknown;
    const got = Array.isArray(out) ? out : ((out as { rows?: unknown[] }).rows ?? []);
    for (const r of got as { fresh: boolean }[]) (r.fresh ? inserted++ : updated++);
    progress?.(batch.length);
  }
  return { inserted, updated };
}
