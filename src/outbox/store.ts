import { and, eq, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { outbox } from "../store/schema.js";
import type { OutboundMessage, SendResult } from "../channels/types.js";

export type OutboxRow = typeof outbox.$inferSelect;
export type Payload = Omit<OutboundMessage, "channel" | "chatId" | "chatKind">;

export interface Enqueue {
  channel: string;
  chatId: string;
  chatKind: "user" | "group";
  payload: Payload;
  broadcastId?: number;
  dedupeKey?: string;
  notBefore?: Date;
}

/** Writes messages to send inside the caller's transaction; `claimedBy` marks them as this process's to send at once. */
export async function enqueue(tx: Tx | Db, items: Enqueue[], claimedBy?: string, now?: Date): Promise<OutboxRow[]> {
  if (!items.length) return [];
  const rows = items.map((i) => ({
    channel: i.channel, chatId: i.chatId, chatKind: i.chatKind, payload: i.payload, broadcastId: i.broadcastId,
    dedupeKey: i.dedupeKey, notBefore: i.notBefore ?? now,
    ...(claimedBy ? { status: "sending", claimedBy, claimedAt: now, attempts: 1 } : {}),
  }));
  return tx.insert(outbox).values(rows).onConflictDoNothing().returning();
}

/** Rows whose sender died mid-send go back to the queue after the lease (the one it had in flight may go twice). */
export async function releaseStale(db: Db, leaseMs: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - leaseMs);
  const rows = await db
    .update(outbox)
    .set({ status: "pending", claimedBy: null })
    .where(and(eq(outbox.status, "sending"), lte(outbox.claimedAt, cutoff)))
    .returning({ id: outbox.id });
  return rows.length;
}

export const MAX_ATTEMPTS = 5;

// turns off, for this statement's own commit only, the wait for the disk flush (see SenderOptions.fastCommit)
const ASYNC_COMMIT = sql`from (select set_config('synchronous_commit', 'off', true)) as async_commit`;

/** Records what the platform said about one send, in one statement: each delivery costs one round trip. */
export async function recordResult(db: Db, row: OutboxRow, result: SendResult, now: Date, fastCommit = false): Promise<void> {
  const at = now.toISOString();
  const fast = fastCommit ? ASYNC_COMMIT : sql``;
  if (result.ok) {
    await db.execute(sql`update outbox set status = 'sent', sent_at = ${at}::timestamptz, error = null ${fast} where outbox.id = ${row.id}`);
    return;
  }
  // a platform that names a time to come back (429, not logged in) is busy, not failing: that try does not count
  const told = result.kind === "transient" && result.retryAfterMs !== undefined;
  if (result.kind === "transient" && (told || row.attempts < MAX_ATTEMPTS)) {
    const backoff = result.retryAfterMs ?? 1000 * 2 ** row.attempts;
    const notBefore = new Date(now.getTime() + backoff).toISOString();
    await db.execute(sql`
      update outbox set status = 'pending', not_before = ${notBefore}::timestamptz, error = ${result.error}, claimed_by = null,
        attempts = ${told ? sql`greatest(attempts - 1, 0)` : sql`attempts`}
      ${fast} where outbox.id = ${row.id}`);
    return;
  }
  const status = result.kind === "blocked" ? "blocked" : "failed";
  await db.execute(sql`update outbox set status = ${status}, error = ${result.error} ${fast} where outbox.id = ${row.id}`);
}

/** Records many successful sends in one statement (see Recorder). */
export async function markSent(db: Db, sent: { id: number; at: Date }[], fastCommit = false): Promise<void> {
  if (!sent.length) return;
  const values = sql.join(sent.map((s) => sql`(${s.id}::bigint, ${s.at.toISOString()}::timestamptz)`), sql`, `);
  const fast = fastCommit ? sql`, (select set_config('synchronous_commit', 'off', true)) as async_commit` : sql``;
  await db.execute(sql`update outbox set status = 'sent', sent_at = v.at, error = null from (values ${values}) as v(id, at)${fast} where outbox.id = v.id`);
}

export function rowsOf<T>(res: unknown): T[] {
  return Array.isArray(res) ? (res as T[]) : ((res as { rows: T[] }).rows ?? []);
}
