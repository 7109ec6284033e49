import { eq, asc } from "drizzle-orm";
import type { Db } from "./db.js";
import { receipts, registrations } from "./schema.js";
import { toRecord } from "./registrations.js";
import type { RosterRow } from "../domain/roster.js";

/** Every registration as the export shows it, oldest first. */
export async function loadRoster(db: Db, classId?: string): Promise<RosterRow[]> {
  const rows = await db
    .select({ reg: registrations, receipt: receipts.fileName })
    .from(registrations)
    .leftJoin(receipts, eq(receipts.userKey, registrations.userKey))
    .where(classId ? eq(registrations.classId, classId) : undefined)
    .orderBy(asc(registrations.submittedAt), asc(registrations.id));
  return rows.map(({ reg, receipt }) => {
    const r = toRecord(reg);
    return { answers: r.answers, status: r.status, submittedAt: r.submittedAt, qualityScore: r.qualityScore, consentPublish: r.consentPublish, receipt: receipt ?? null };
  });
}
