import { getTableColumns } from "drizzle-orm";
import { registrations } from "./schema.js";

type Columns = typeof registrations.$inferInsert;
const cols = getTableColumns(registrations);

/** The answer keys that also have a column of their own (2022's questions), read by SQL elsewhere. */
export const ANSWER_COLUMN_KEYS = [
  "creditCode", "city", "gender", "department", "title", "email", "qq", "officePhone", "address", "remarks", "enterpriseType",
  "industry", "patentCount", "ipYears", "role", "interests", "needs",
] as const satisfies readonly (keyof Columns)[];

/** The column values an answer set gives: a value of the wrong type for its column is left out (kept in `answers`). */
export function columnValues(answers: Record<string, unknown>): Partial<Columns> {
  const out: Record<string, unknown> = {};
  for (const k of ANSWER_COLUMN_KEYS) {
    const v = answers[k];
    const type = cols[k].columnType;
    if (k === "interests") out[k] = Array.isArray(v) ? v.map(String) : [];
    else if (type === "PgInteger") out[k] = typeof v === "number" ? v : null;
    else out[k] = v === undefined || v === null || Array.isArray(v) ? null : String(v);
  }
  return out as Partial<Columns>;
}

/** Answers of a stored row: the answers column, completed by the columns (rows written before it existed). */
export function storedAnswers(reg: typeof registrations.$inferSelect): Record<string, unknown> {
  const fromColumns: Record<string, unknown> = {};
  for (const k of ANSWER_COLUMN_KEYS) {
    const v = reg[k];
    if (v !== null && !(Array.isArray(v) && v.length === 0)) fromColumns[k] = v;
  }
  return { organization: reg.organization, name: reg.name, mobile: reg.mobile, classId: reg.classId, ...fromColumns, ...reg.answers };
}
