import { asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { attendance, quizResults, registrations } from "../store/schema.js";
import type { SelectionInput } from "./rule.js";

type Conn = Db | Tx;

/** Every registration (of one class, or all) with its summed livestream seconds and best quiz ratio. */
export async function loadSelectionInputs(db: Conn, classId?: string): Promise<SelectionInput[]> {
  const att = db
    .select({ mobile: attendance.mobile, seconds: sql<number>`sum(${attendance.seconds})`.mapWith(Number).as("seconds") })
    .from(attendance)
    .groupBy(attendance.mobile)
    .as("att");
  const qz = db
    .select({
      mobile: quizResults.mobile,
      best: sql<number>`max(${quizResults.score} / nullif(${quizResults.maxScore}, 0))`.mapWith(Number).as("best"),
    })
    .from(quizResults)
    .groupBy(quizResults.mobile)
    .as("qz");
  const rows = await db
    .select({ reg: registrations, seconds: att.seconds, best: qz.best })
    .from(registrations)
    .leftJoin(att, eq(att.mobile, registrations.mobile))
    .leftJoin(qz, eq(qz.mobile, registrations.mobile))
    .where(classId ? eq(registrations.classId, classId) : undefined)
    .orderBy(asc(registrations.id));
  return rows.map(({ reg, seconds, best }) => ({
    registrationId: reg.id, classId: reg.classId, name: reg.name, organization: reg.organization, mobile: reg.mobile,
    userKey: reg.userKey, status: reg.status, qualityScore: reg.qualityScore, consentPublish: reg.consentPublish,
    submittedAtMs: reg.submittedAt.getTime(), seconds: seconds === null ? 0 : Number(seconds),
    quizRatio: best === null || Number.isNaN(Number(best)) ? null : Number(best),
  }));
}
