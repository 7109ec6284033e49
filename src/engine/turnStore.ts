import { sql } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { conversations, inbox } from "../store/schema.js";
import { rowsOf, type OutboxRow, type Payload } from "../outbox/store.js";
import { initialState } from "../conversation/state.js";

export interface LockedConversation {
  state: unknown;
  turns: number;
}

/**
 * Records the message id and locks the sender's conversation row in one round trip.
 * undefined: the message was seen before (a redelivery) and must not be handled again.
 */
export async function claimTurn(tx: Tx, m: { channel: string; messageId: string; userKey: string; now: Date }): Promise<LockedConversation | undefined> {
  const at = m.now.toISOString();
  const res = await tx.execute(sql`
    with fresh as (
      insert into ${inbox} (channel, message_id, user_key, received_at)
      values (${m.channel}, ${m.messageId}, ${m.userKey}, ${at}::timestamptz)
      on conflict do nothing
      returning 1)
    insert into ${conversations} (user_key, state, turns, updated_at)
    select ${m.userKey}, ${JSON.stringify(initialState())}::jsonb, 0, ${at}::timestamptz where exists (select 1 from fresh)
    on conflict (user_key) do update set user_key = excluded.user_key
    returning state, turns`);
  const [row] = rowsOf<{ state: unknown; turns: number }>(res);
  return row ? { state: typeof row.state === "string" ? JSON.parse(row.state) : row.state, turns: Number(row.turns) } : undefined;
}

/** Records a group message id; false when it was seen before. */
export async function claimMessage(tx: Tx, m: { channel: string; messageId: string; userKey: string; now: Date }): Promise<boolean> {
  const fresh = await tx
    .insert(inbox)
    .values({ channel: m.channel, messageId: m.messageId, userKey: m.userKey, receivedAt: m.now })
    .onConflictDoNothing()
    .returning({ id: inbox.messageId });
  return fresh.length > 0;
}

export async function saveState(tx: Tx, userKey: string, state: unknown, now: Date): Promise<void> {
  await tx.execute(sql`
    update ${conversations} set state = ${JSON.stringify(state)}::jsonb, turns = turns + 1, updated_at = ${now.toISOString()}::timestamptz
    where user_key = ${userKey}`);
}

export interface FinishedTurn {
  rows: OutboxRow[];
  /** The chat's sends within `since`, as epoch ms, ascending: its pace, read under the turn's lock. */
  recent: number[];
}

/**
 * The rest of a private turn in one statement: saves the state and writes the replies, claimed by this process to
 * send right after the commit — unless another process still has replies to this chat unsent, in which case they
 * queue behind them, so the chat's order holds across processes. It also reads the chat's recent sends.
 */
export async function finishTurn(
  tx: Tx,
  t: { userKey: string; state: unknown; now: Date; channel: string; chatId: string; workerId: string; payloads: Payload[]; since: Date; until: Date },
): Promise<FinishedTurn> {
  const at = t.now.toISOString();
  const values = t.payloads.length
    ? sql.join(t.payloads.map((p, i) => sql`(${JSON.stringify(p)}::jsonb, ${i}::int)`), sql`, `)
    : sql`(null::jsonb, 0) limit 0`;
  const res = await tx.execute(sql`
    with saved as (
      update conversations set state = ${JSON.stringify(t.state)}::jsonb, turns = turns + 1, updated_at = ${at}::timestamptz
      where user_key = ${t.userKey} returning 1),
    busy as (
      select exists (select 1 from outbox where channel = ${t.channel} and chat_id = ${t.chatId} and status in ('pending', 'sending')
        and broadcast_id is null and claimed_by is distinct from ${t.workerId}) as queued),
    recent as (
      select string_agg((extract(epoch from coalesce(sent_at, not_before)) * 1000)::text, ',' order by not_before) as at_ms from outbox
      where channel = ${t.channel} and chat_id = ${t.chatId} and chat_kind = 'user' and status in ('sending', 'sent')
        and not_before > ${t.since.toISOString()}::timestamptz and not_before <= ${t.until.toISOString()}::timestamptz),
    ins as (
      insert into outbox (channel, chat_id, chat_kind, payload, not_before, status, claimed_by, claimed_at, attempts)
      select ${t.channel}, ${t.chatId}, 'user', v.payload, ${at}::timestamptz,
        case when busy.queued then 'pending' else 'sending' end, case when busy.queued then null else ${t.workerId} end,
        case when busy.queued then null else now() end, case when busy.queued then 0 else 1 end
      from (values ${values}) as v(payload, ord) cross join busy
      order by v.ord
      returning *)
    select ins.*, (select at_ms from recent) as recent_ms, (select count(*) from saved) as saved from ins
    union all select null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, (select at_ms from recent), (select count(*) from saved)
      where not exists (select 1 from ins)`);
  const raw = rowsOf<Record<string, unknown>>(res);
  const recentText = raw[0]?.recent_ms as string | null | undefined;
  const recent = recentText ? recentText.split(",").map(Number) : [];
  const rows = raw.filter((r) => r.id !== null).map(outboxRowOf);
  return { rows, recent };
}

const dateOf = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

/** A raw `outbox` row (snake_case, as the driver gives it) as drizzle's typed row. */
function outboxRowOf(r: Record<string, unknown>): OutboxRow {
  return {
    id: Number(r.id), channel: String(r.channel), chatId: String(r.chat_id), chatKind: String(r.chat_kind),
    payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload,
    status: String(r.status), attempts: Number(r.attempts), notBefore: dateOf(r.not_before)!, claimedAt: dateOf(r.claimed_at),
    claimedBy: (r.claimed_by as string | null) ?? null, sentAt: dateOf(r.sent_at), error: (r.error as string | null) ?? null,
    broadcastId: r.broadcast_id === null || r.broadcast_id === undefined ? null : Number(r.broadcast_id),
    dedupeKey: (r.dedupe_key as string | null) ?? null, createdAt: dateOf(r.created_at)!,
  };
}
