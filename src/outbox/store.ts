import { sql } from "drizzle-orm";
import { execPrepared, type Db, type Tx } from "../store/db.js";
import { outbox } from "../store/schema.js";
import type { OutboundMessage, SendResult } from "../channels/types.js";

export type OutboxRow = typeof outbox.$inferSelect;
/** What a row names to be made when it is sent, not the bytes: a trainee's filled receipt, one file of it. */
export interface RenderSpec {
  kind: "receipt";
  part: "docx" | "pdf";
}
export type Payload = Omit<OutboundMessage, "channel" | "chatId" | "chatKind"> & {
  render?: RenderSpec;
  /**
   * Nothing is awaited from the trainee after it (their registration submitted): should its send's outcome be unknown
   * after a crash, their silence would tell nothing, so it is not sent twice (see releaseStale).
   */
  final?: true;
};

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
    // a claim's age is judged by the database's clock, which no restart with a rehearsal clock sets back
    ...(claimedBy ? { status: "sending", claimedBy, claimedAt: sql`now()`, attempts: 1 } : {}),
  }));
  return tx.insert(outbox).values(rows).onConflictDoNothing().returning();
}

/**
 * Rows whose sender died (its lease, renewed while it lives, ran out by the database's clock) are settled. A row
 * never tried (`tried_at` unset: claimed, not yet handed to the platform) certainly never went out: it goes again,
 * unless a later turn already replied to that chat (the trainee moved on without it; a receipt's file goes all the
 * same). A row tried and not recorded has an unknown outcome: a broadcast row goes again (the one in flight may go
 * twice); a reply goes again only while nothing shows the trainee got it: no later turn replied there and the
 * trainee wrote nothing since it was tried, `settleMs` after the try, by a caller that could take answers that long
 * itself (`young`): an answer in redelivery, held up by a restart or an outage, arrives first. That silence is evidence
 * only where an answer is awaited: a tried row after which none is (`final`, a receipt's file, a group's answer) is
 * taken as sent (it most likely was: the platform had the request), never sent twice; what it said can be asked again
 * (“回执”, “我的报名”). Once they wrote, they had it (or moved on): it is marked `unknown`, never sent again.
 */
export async function releaseStale(
  db: Db, leaseMs: number, settleMs = leaseMs,
  /**
   * The caller has been able to take the trainee's answer (itself up, the database reachable) for less than
   * `settleMs`: an answer held up meanwhile may still come, so it leaves tried rows be.
   */
  young = false,
): Promise<number> {
  const res = await db.execute(sql`
    with dead as (
      select o.id, o.broadcast_id is null and (o.tried_at is not null or not (o.payload ? 'render')) and (
          exists (
            select 1 from outbox later where later.channel = o.channel and later.chat_id = o.chat_id
              and later.id > o.id and later.written_by <> o.written_by and later.broadcast_id is null)
          -- the trainee wrote since it was tried: they had it, or went on without it (by the database's clock)
          or (o.tried_at is not null and o.chat_kind = 'user' and exists (
            select 1 from inbox i where i.user_key = o.channel || ':' || o.chat_id and i.arrived_at > o.tried_at))
          -- nothing awaited after it (a receipt's file, a final reply, a group's answer): silence tells nothing either
          or (o.tried_at is not null and (o.payload ? 'final' or o.payload ? 'render' or o.chat_kind <> 'user'))) as superseded,
        o.broadcast_id is null and o.tried_at is not null
          and (${young} or o.tried_at > now() - make_interval(secs => ${settleMs / 1000}::float8)) as settling
      from outbox o
      where o.status = 'sending' and o.claimed_at <= now() - make_interval(secs => ${leaseMs / 1000}::float8)
        -- after a restart of the server itself, live senders get a whole lease to renew their claims first
        and pg_postmaster_start_time() <= now() - make_interval(secs => ${leaseMs / 1000}::float8)
      for update of o skip locked)
    update outbox set status = case when dead.superseded then 'unknown' else 'pending' end, claimed_by = null, tried_at = null,
      -- a reply due again is due at once, whatever clock the dead process had
      not_before = case when outbox.broadcast_id is null and not dead.superseded then '-infinity' else outbox.not_before end,
      error = case when not dead.superseded then outbox.error when outbox.tried_at is null then 'sender died before sending it; a later reply superseded it'
        when outbox.payload ? 'final' or outbox.payload ? 'render' or outbox.chat_kind <> 'user' then 'sender died mid-send; nothing awaited after it: not sent twice'
        else 'sender died mid-send; the trainee has moved on since' end
    from dead where outbox.id = dead.id and (dead.superseded or not coalesce(dead.settling, false))
    returning outbox.id`);
  return rowsOf(res).length;
}

/**
 * Notes, just before a send, that the row goes to the platform now (see `tried_at`): from here until its result is
 * recorded its outcome is unknown should the sender die. False when the row is no longer this sender's.
 */
export async function markTried(db: Db, id: number, workerId: string, fastCommit = false): Promise<boolean> {
  const fast = fastCommit ? ASYNC_COMMIT : sql``;
  const res = await execPrepared(db, sql`
    update outbox set tried_at = now() ${fast}
    where outbox.id = ${id}::bigint and outbox.status = 'sending' and outbox.claimed_by = ${workerId} returning outbox.id`);
  return rowsOf(res).length > 0;
}

/**
 * Renews the claims this process still holds: a live sender's rows are never taken for a dead one's, however long a
 * send waits; a row it claimed but dropped (its dispatch failed) is not renewed, so it is released like a dead one's.
 */
export async function renewClaims(db: Db, workerId: string, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await execPrepared(db, sql`
    update outbox set claimed_at = now() ${ASYNC_COMMIT}
    where outbox.id = any(string_to_array(${ids.join(",")}::text, ',')::bigint[]) and outbox.status = 'sending' and outbox.claimed_by = ${workerId}`);
}

/**
 * At start: times a clock that went backwards left ahead (a fixed BOT_NOW restarts at the same instant) are not
 * trusted: the shared pace and queued replies further ahead than `slackMs` come back to `now`.
 */
export async function distrustFuture(db: Db, now: Date, slackMs: number): Promise<void> {
  const at = now.toISOString();
  const limit = new Date(now.getTime() + slackMs).toISOString();
  await db.execute(sql`update send_pace set next_at = ${at}::timestamptz where next_at > ${limit}::timestamptz`);
  await db.execute(sql`
    update outbox set not_before = ${at}::timestamptz
    where status = 'pending' and broadcast_id is null and not_before > ${limit}::timestamptz`);
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
      update outbox set status = 'pending', not_before = ${notBefore}::timestamptz, error = ${result.error}, claimed_by = null, tried_at = null,
        attempts = ${told ? sql`greatest(attempts - 1, 0)` : sql`attempts`}
      ${fast} where outbox.id = ${row.id}`);
    return;
  }
  const status = result.kind === "blocked" ? "blocked" : "failed";
  await db.execute(sql`update outbox set status = ${status}, error = ${result.error} ${fast} where outbox.id = ${row.id}`);
}

/** Records many successful sends in one statement (see Recorder); its text is the same for any number of them. */
export async function markSent(db: Db, sent: { id: number; at: Date }[], fastCommit = false): Promise<void> {
  if (!sent.length) return;
  const ids = sent.map((s) => s.id).join(",");
  const ats = sent.map((s) => s.at.toISOString()).join(",");
  const fast = fastCommit ? sql`, (select set_config('synchronous_commit', 'off', true)) as async_commit` : sql``;
  await execPrepared(db, sql`
    update outbox set status = 'sent', sent_at = v.at, error = null
    from unnest(string_to_array(${ids}::text, ',')::bigint[], string_to_array(${ats}::text, ',')::timestamptz[]) as v(id, at)${fast}
    where outbox.id = v.id`);
}

export function rowsOf<T>(res: unknown): T[] {
  return Array.isArray(res) ? (res as T[]) : ((res as { rows: T[] }).rows ?? []);
}
