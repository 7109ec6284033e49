import { sql } from "drizzle-orm";
import type { Db } from "./db.js";
import { conversations, inbox, outbox, registrations } from "./schema.js";
import { ERASED_PAYLOAD, rowsOf } from "./erase.js";

const HOUR = 3_600_000;

/** How long rows are kept; the defaults outlast Telegram's 24 h of redelivery (and a WeChat re-login) by a margin. */
export interface RetentionPolicy {
  /** Message ids seen: a redelivery older than this is no longer recognised, so it must outlast the platform's retries. */
  inboxMs: number;
  /** Delivered (or given-up) messages. */
  outboxMs: number;
  /** Conversations of people who never consented (and hold no registration). */
  unconsentedMs: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { inboxMs: 30 * HOUR, outboxMs: 30 * HOUR, unconsentedMs: 7 * 24 * HOUR };

export interface Pruned {
  inbox: number;
  outboxDeleted: number;
  /** Kept for its dedupe key or its broadcast's counts, without its text. */
  outboxEmptied: number;
  conversations: number;
}

const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

/**
 * PIPL art. 47: what is no longer needed goes. Inbox ids past the redelivery window; delivered messages past their
 * window (a row whose dedupe key stops a list going twice, or whose broadcast's report counts it, keeps the row and
 * loses the text); and conversations of people who never consented. `dryRun` counts without changing anything.
 */
export async function prune(db: Db, now: Date, p: RetentionPolicy = DEFAULT_RETENTION, dryRun = false, batch = 5000): Promise<Pruned> {
  const inboxOld = sql`received_at < ${before(now, p.inboxMs)}::timestamptz`;
  const done = sql`status in ('sent', 'failed', 'blocked') and coalesce(sent_at, created_at) < ${before(now, p.outboxMs)}::timestamptz`;
  const kept = sql`(dedupe_key is not null or broadcast_id is not null)`;
  const stale = sql`(state->>'consentData') is distinct from 'true' and updated_at < ${before(now, p.unconsentedMs)}::timestamptz
    and not exists (select 1 from ${registrations} r where r.user_key = ${conversations}.user_key)`;
  const emptyable = sql`${done} and ${kept} and not (payload ? 'erased')`;
  if (dryRun) {
    const count = async (q: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await db.execute(q))[0]?.n ?? 0);
    return {
      inbox: await count(sql`select count(*)::int as n from ${inbox} where ${inboxOld}`),
      outboxDeleted: await count(sql`select count(*)::int as n from ${outbox} where ${done} and not ${kept}`),
      outboxEmptied: await count(sql`select count(*)::int as n from ${outbox} where ${emptyable}`),
      conversations: await count(sql`select count(*)::int as n from ${conversations} where ${stale}`),
    };
  }
  // in batches, each its own statement: a day of traffic is never one long transaction holding its rows
  const drain = async (q: ReturnType<typeof sql>) => {
    let total = 0;
    for (;;) {
      const n = rowsOf(await db.execute(q)).length;
      total += n;
      if (n < batch) return total;
    }
  };
  return {
    inbox: await drain(sql`delete from ${inbox} where (channel, message_id) in
      (select channel, message_id from ${inbox} where ${inboxOld} limit ${batch}) returning 1`),
    outboxDeleted: await drain(sql`delete from ${outbox} where id in (select id from ${outbox} where ${done} and not ${kept} limit ${batch}) returning 1`),
    outboxEmptied: await drain(sql`update ${outbox} set payload = ${JSON.stringify(ERASED_PAYLOAD)}::jsonb
      where id in (select id from ${outbox} where ${emptyable} limit ${batch}) returning 1`),
    conversations: await drain(sql`delete from ${conversations} where user_key in
      (select user_key from ${conversations} where ${stale} limit ${batch}) returning 1`),
  };
}
