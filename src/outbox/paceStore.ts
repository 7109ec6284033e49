import { sql } from "drizzle-orm";
import { execPrepared, type Db, type Tx } from "../store/db.js";
import { rowsOf } from "./store.js";
import type { PaceState } from "./pace.js";

/** Locks the channel's limit row (creating it) until the transaction ends: claims of one channel take turns. */
export async function lockPace(tx: Tx, key: string): Promise<PaceState> {
  const res = await tx.execute(sql`
    insert into send_pace (key, next_at) values (${key}, 'epoch')
    on conflict (key) do update set key = excluded.key
    returning extract(epoch from next_at) * 1000 as next_ms, day, day_count, day_bulk`);
  const [r] = rowsOf<{ next_ms: string | number; day: string | null; day_count: number; day_bulk: number }>(res);
  return { nextAt: Number(r!.next_ms), day: r!.day, dayCount: Number(r!.day_count), dayBulk: Number(r!.day_bulk) };
}

/** Writes the limit back; the time is kept to the microsecond, so 1000/30 ms slots do not drift. */
export async function savePace(tx: Tx, key: string, s: PaceState): Promise<void> {
  await tx.execute(sql`
    update send_pace set next_at = to_timestamp(${s.nextAt / 1000}::float8), day = ${s.day}, day_count = ${s.dayCount}::int, day_bulk = ${s.dayBulk}::int
    where key = ${key}`);
}

/**
 * When each given chat was last sent to (or will be, for claimed rows), within `sinceMs`: the chat limits are
 * judged from the outbox itself, so they need no rows of their own. Read under the channel's lock, it sees every
 * earlier claim.
 */
export async function chatHistory(
  tx: Tx, channel: string, chats: { chatKind: string; chatId: string }[], since: Date, exceptIds: number[] = [], until?: Date,
): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (!chats.length) return out;
  const ids = [...new Set(chats.map((c) => c.chatId))];
  const res = await tx.execute(sql`
    select chat_kind, chat_id, extract(epoch from not_before) * 1000 as at_ms from outbox
    where channel = ${channel} and chat_id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})
      and status in ('sending', 'sent') and not_before > ${since.toISOString()}::timestamptz
      ${until ? sql`and not_before <= ${until.toISOString()}::timestamptz` : sql``}
      ${exceptIds.length ? sql`and id not in (${sql.join(exceptIds.map((i) => sql`${i}`), sql`, `)})` : sql``}
    order by not_before`);
  for (const r of rowsOf<{ chat_kind: string; chat_id: string; at_ms: string | number }>(res)) {
    const key = `${r.chat_kind}:${r.chat_id}`;
    out.set(key, [...(out.get(key) ?? []), Number(r.at_ms)]);
  }
  return out;
}

/** A flood answer (429) about the whole account: nothing more on this channel before `until`, in any process. */
export async function holdPace(db: Db, key: string, until: Date): Promise<void> {
  await db.execute(sql`
    insert into send_pace (key, next_at) values (${key}, ${until.toISOString()}::timestamptz)
    on conflict (key) do update set next_at = greatest(send_pace.next_at, excluded.next_at)`);
}

/** A flood answer about one group: its queued messages wait until `until`. */
export async function holdChat(db: Db, channel: string, chatId: string, until: Date): Promise<void> {
  await db.execute(sql`
    update outbox set not_before = greatest(not_before, ${until.toISOString()}::timestamptz)
    where channel = ${channel} and chat_id = ${chatId} and status = 'pending'`);
}

/**
 * Leases `n` consecutive slots of the account's limit to the caller in one atomic statement (no lock held beyond
 * it, its commit not waiting for the disk: a lost lease only wastes slots). A time further ahead than `maxAheadMs`
 * is not trusted (a clock that went backwards left it). Answers the first slot's time; the i-th is `i * intervalMs` later.
 */
export async function leaseSlots(db: Db, key: string, nowMs: number, n: number, intervalMs: number, maxAheadMs: number): Promise<number> {
  const span = (n * intervalMs) / 1000;
  const res = await execPrepared(db, sql`
    with fast as (select set_config('synchronous_commit', 'off', true))
    insert into send_pace (key, next_at)
    select ${key}, to_timestamp(${nowMs / 1000}::float8) + make_interval(secs => ${span}::float8) from fast
    on conflict (key) do update set next_at = (case
      when send_pace.next_at > to_timestamp(${(nowMs + maxAheadMs) / 1000}::float8) then to_timestamp(${nowMs / 1000}::float8)
      else greatest(send_pace.next_at, to_timestamp(${nowMs / 1000}::float8)) end) + make_interval(secs => ${span}::float8)
    returning extract(epoch from next_at) * 1000 as end_ms`);
  const [r] = rowsOf<{ end_ms: string | number }>(res);
  return Number(r!.end_ms) - n * intervalMs;
}
