import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { registrations } from "../store/schema.js";
import { ANSWER_COLUMN_KEYS, columnValues } from "../store/answerColumns.js";
import type { RegistrationValues } from "./registrationRows.js";

const BATCH = 500;
const cols = getTableColumns(registrations);
const col = (k: keyof typeof cols) => sql.raw(`"${cols[k].name}"`);

/** A bad answer in the file never erases a good one already stored: answers merge, columns coalesce. */
function updateSet(withConsent: boolean, now: Date): Record<string, SQL | Date> {
  const set: Record<string, SQL | Date> = {};
  for (const k of ANSWER_COLUMN_KEYS) {
    set[k] = k === "interests"
      ? sql`case when jsonb_array_length(excluded.${col(k)}) = 0 then ${registrations.interests} else excluded.${col(k)} end`
      : sql`coalesce(excluded.${col(k)}, ${registrations[k]})`;
  }
  for (const k of ["organization", "name", "classId", "mobile"] as const) set[k] = sql`excluded.${col(k)}`;
  set.answers = sql`${registrations.answers} || excluded.${col("answers")}`;
  if (withConsent) set.consentPublish = sql`excluded.${col("consentPublish")}`;
  set.qualityScore = sql`excluded.${col("qualityScore")}`;
  set.status = sql`'submitted'`;
  // the first submission keeps its place in the tie-break
  set.submittedAt = sql`least(${registrations.submittedAt}, excluded.${col("submittedAt")})`;
  set.updatedAt = now;
  return set;
}

/** Inserts or updates by mobile; returns how many rows were new and how many updated. */
export async function writeRegistrations(
  tx: Tx, list: RegistrationValues[], withConsent: boolean, now: Date, progress?: (n: number) => void,
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (let i = 0; i < list.length; i += BATCH) {
    const values = list.slice(i, i + BATCH).map((r) => ({
      ...columnValues(r.answers), answers: r.answers,
      organization: r.organization, name: r.name, classId: r.classId, mobile: r.mobile,
      source: "import", status: "submitted", consentData: true, consentPublish: r.consentPublish ?? false,
      qualityScore: r.qualityScore, submittedAt: r.submittedAt, updatedAt: now,
    }));
    const res = await tx
      .insert(registrations)
      .values(values)
      .onConflictDoUpdate({ target: registrations.mobile, set: updateSet(withConsent, now) })
      .returning({ fresh: sql<boolean>`(xmax = 0)` });
    for (const r of res) (r.fresh ? inserted++ : updated++);
    progress?.(values.length);
  }
  return { inserted, updated };
}
