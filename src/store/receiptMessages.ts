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
