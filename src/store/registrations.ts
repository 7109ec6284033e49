import { and, eq, isNotNull, ne, or, isNull, sql } from "drizzle-orm";
import type { Tx, Db } from "./db.js";
import { contacts, receipts, registrations } from "./schema.js";
import type { RegistrationRecord, StatusView } from "../conversation/types.js";
import { columnValues, storedAnswers } from "./answerColumns.js";

type Conn = Tx | Db;

/** Is this mobile registered by anyone but `userKey`? */
export async function mobileTaken(tx: Conn, mobile: string, userKey: string): Promise<boolean> {
  const rows = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.mobile, mobile), or(isNull(registrations.userKey), ne(registrations.userKey, userKey))))
    .limit(1);
  return rows.length > 0;
}

/** Inserts or updates the identity's registration; the first submission time is kept. */
export async function saveRegistration(tx: Tx, userKey: string, r: RegistrationRecord, now: Date): Promise<{ ok: true; submittedAt: Date } | { ok: false }> {
  if (await mobileTaken(tx, r.mobile, userKey)) return { ok: false };
  const fields = {
    organization: r.organization, name: r.name, mobile: r.mobile, classId: r.classId, consentPublish: r.consentPublish,
    qualityScore: r.qualityScore, answers: r.answers, ...columnValues(r.answers),
  };
  const values = { ...fields, userKey, source: "chat", status: "submitted", consentData: true, submittedAt: now, updatedAt: now };
  // a savepoint: another identity may take the same mobile at the same moment
  const row = await tx.transaction(async (sp) => {
    const [inserted] = await sp
    .insert(registrations)
    .values(values)
    .onConflictDoUpdate({
      target: registrations.userKey,
      targetWhere: isNotNull(registrations.userKey),
      set: { ...fields, status: "submitted", updatedAt: now },
    })
    .returning({ submittedAt: registrations.submittedAt });
    return inserted!;
  }).catch((e: unknown) => {
    if (isUniqueViolation(e)) return undefined;
    throw e;
  });
  return row ? { ok: true, submittedAt: row.submittedAt } : { ok: false };
}

/** A trainee who cancels is forgotten: registration, receipt and contact details. */
export async function deleteRegistration(tx: Conn, userKey: string): Promise<void> {
  await tx.delete(registrations).where(eq(registrations.userKey, userKey));
  await tx.delete(receipts).where(eq(receipts.userKey, userKey));
  await tx.delete(contacts).where(eq(contacts.userKey, userKey));
}

export async function storeReceipt(tx: Conn, userKey: string, file: { name: string; mime: string; bytes: Uint8Array }, now: Date) {
  const values = { userKey, fileName: file.name, mime: file.mime, size: file.bytes.byteLength, bytes: file.bytes, receivedAt: now };
  await tx.insert(receipts).values(values).onConflictDoUpdate({ target: receipts.userKey, set: values });
}

export async function statusView(tx: Conn, userKey: string): Promise<StatusView> {
  const [reg] = await tx.select().from(registrations).where(eq(registrations.userKey, userKey));
  const [rec] = await tx
    .select({ fileName: receipts.fileName, receivedAt: receipts.receivedAt })
    .from(receipts)
    .where(eq(receipts.userKey, userKey));
  return {
    registration: reg ? toRecord(reg) : null,
    receipt: rec ? { fileName: rec.fileName, receivedAt: rec.receivedAt.toISOString() } : null,
  };
}

export function toRecord(reg: typeof registrations.$inferSelect): RegistrationRecord & { submittedAt: string; status: string } {
  return {
    organization: reg.organization, name: reg.name, mobile: reg.mobile, classId: reg.classId,
    answers: storedAnswers(reg) as RegistrationRecord["answers"], consentPublish: reg.consentPublish, qualityScore: reg.qualityScore,
    submittedAt: reg.submittedAt.toISOString(), status: reg.status,
  };
}

export const countRegistrations = (db: Conn) => db.select({ n: sql<number>`count(*)::int` }).from(registrations);

export function isUniqueViolation(e: unknown): boolean {
  for (let c: unknown = e; c && typeof c === "object"; c = (c as { cause?: unknown }).cause) {
    if ((c as { code?: string }).code === "23505") return true;
  }
  return false;
}
