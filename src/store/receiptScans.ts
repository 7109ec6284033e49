import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "./db.js";
import { receipts, registrations } from "./schema.js";

export interface ReceiptScan {
  organization: string;
  name: string;
  classId: string;
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  receivedAt: Date;
}

/** The stamped scans received from registered trainees (of one class), oldest registration first. */
export async function loadReceiptScans(db: Db | Tx, classId?: string): Promise<ReceiptScan[]> {
  return db
    .select({
      organization: registrations.organization, name: registrations.name, classId: registrations.classId,
      fileName: receipts.fileName, mime: receipts.mime, bytes: receipts.bytes, receivedAt: receipts.receivedAt,
    })
    .from(registrations)
    .innerJoin(receipts, eq(receipts.userKey, registrations.userKey))
    .where(and(isNotNull(registrations.userKey), eq(registrations.status, "submitted"), classId ? eq(registrations.classId, classId) : undefined))
    .orderBy(asc(registrations.submittedAt), asc(registrations.id));
}
