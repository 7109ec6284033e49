import { sql } from "drizzle-orm";
import type { Db, Tx } from "./db.js";
import { outbox } from "./schema.js";

/** Outbox rows that carry a trainee's filled receipt are keyed with this prefix. */
export const receiptDedupePrefix = (userKey: string) => `receipt:${userKey}:`;

/** PIPL: the filled receipts sent or waiting in the outbox go with the registration. */
export async function deleteReceiptMessages(tx: Tx | Db, userKey: string): Promise<void> {
  const prefix = receiptDedupePrefix(userKey);
  await tx.delete(outbox).where(sql`left(${outbox.dedupeKey}, ${prefix.length}) = ${prefix}`);
}

/** The bytes of the trainee's receipts already delivered are dropped (the rows stay, for the pace and the record). */
export async function dropSentReceiptFiles(tx: Tx | Db, userKey: string): Promise<void> {
  const prefix = receiptDedupePrefix(userKey);
  await tx.update(outbox).set({ payload: sql`${outbox.payload} - 'file'` })
    .where(sql`left(${outbox.dedupeKey}, ${prefix.length}) = ${prefix} and ${outbox.status} = 'sent' and ${outbox.payload} ? 'file'`);
}
