import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { execPrepared, type Db, type Tx } from "../store/db.js";
import { contacts, conversations, inbox, outbox } from "../store/schema.js";
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
export async function claimTurn(
  tx: Tx, m: { channel: string; messageId: string; userKey: string; now: Date; /** See Durability: set in the same round trip. */ asyncCommit?: boolean },
): Promise<LockedConversation | undefined> {
  const at = m.now.toISOString();
  const res = await tx.execute(sql`
    with fast as (select ${m.asyncCommit ? sql`set_config('synchronous_commit', 'off', true)` : sql`null`}),
    fresh as (
      insert into ${inbox} (channel, message_id, user_key, received_at)
      select ${m.channel}, ${m.messageId}, ${m.userKey}, ${at}::timestamptz from fast
      ${TAKE_ARRIVED}
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
  const res = await tx.execute(sql`
    insert into ${inbox} (channel, message_id, user_key, received_at) values (${m.channel}, ${m.messageId}, ${m.userKey}, ${m.now.toISOString()}::timestamptz)
    ${TAKE_ARRIVED} returning 1`);
  return rowsOf(res).length > 0;
}

// a message recorded on arrival (see arrive) is fresh until a turn handles it: the row lock makes that turn the only one
const TAKE_ARRIVED = sql.raw(`on conflict (channel, message_id) do update set handled = true where not inbox.handled`);

/**
 * Records a message's arrival, unhandled, with its place in the chat, and tells whether the chat has an earlier
 * message still unhandled (arrived at another process, say) that arrived within `waitMs`: this one waits for it.
 * `seen`: handled before (a redelivery).
 */
export async function arrive(db: Db, m: { channel: string; messageId: string; userKey: string; seq: number; now: Date; waitMs: number; asyncCommit?: boolean }): Promise<{ seen: boolean; earlier: boolean }> {
  const fast = m.asyncCommit ? sql`set_config('synchronous_commit', 'off', true)` : sql`null`;
  const res = await execPrepared(db, sql`
    with fast as (select ${fast}),
    fresh as (
      insert into ${inbox} (channel, message_id, user_key, received_at, seq, handled)
      select ${m.channel}, ${m.messageId}, ${m.userKey}, ${m.now.toISOString()}::timestamptz, ${String(m.seq)}::bigint, false from fast
      on conflict do nothing returning 1)
    select exists (select 1 from ${inbox} where channel = ${m.channel} and message_id = ${m.messageId} and handled) as seen,
      ${earlierUnhandled(m)} as earlier`);
  const [r] = rowsOf<{ seen: unknown; earlier: unknown }>(res);
  return { seen: truthy(r?.seen), earlier: truthy(r?.earlier) };
}

/** Whether the chat still has an earlier message unhandled that arrived within `waitMs` (see arrive). */
export async function waitsForEarlier(db: Db, m: { channel: string; userKey: string; seq: number; waitMs: number }): Promise<boolean> {
  const [r] = rowsOf<{ earlier: unknown }>(await execPrepared(db, sql`select ${earlierUnhandled(m)} as earlier`));
  return truthy(r?.earlier);
}

const earlierUnhandled = (m: { channel: string; userKey: string; seq: number; waitMs: number }) => sql`exists (
  select 1 from ${inbox} where channel = ${m.channel} and user_key = ${m.userKey} and not handled and seq < ${String(m.seq)}::bigint
    and arrived_at > now() - make_interval(secs => ${m.waitMs / 1000}::float8))`;

const truthy = (v: unknown) => v === true || String(v) === "t" || String(v) === "true";

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

export interface TurnReplies {
  now: Date;
  channel: string;
  chatId: string;
  workerId: string;
  payloads: Payload[];
  /** The window of the chat's recent sends to read (a time beyond `until` is from a clock that went backwards). */
  since: Date;
  until: Date;
  /** The chat's rows this process's dispatch holds unsent (Sender.inChain): the only ones the replies may follow at once. */
  ours: number[];
}

/**
 * Whether a chat has an unsent reply that new replies must queue behind: any not held by this process's dispatch
 * (`ours`), whether queued, being retried, or held by a claim of the queue, here or at another process.
 */
const unsentBefore = (channel: string, chatId: string, workerId: string, ours: number[]) => sql`
  exists (select 1 from outbox where channel = ${channel} and chat_id = ${chatId} and status in ('pending', 'sending')
    and broadcast_id is null
    and not (status = 'sending' and claimed_by = ${workerId} and id = any(string_to_array(${ours.join(",")}::text, ',')::bigint[])))`;

/** See unsentBefore: true when replies to the chat written now must wait in the queue. */
export async function mustQueue(tx: Tx, t: { channel: string; chatId: string; workerId: string; ours: number[] }): Promise<boolean> {
  const [r] = rowsOf<{ queued: unknown }>(await tx.execute(sql`select ${unsentBefore(t.channel, t.chatId, t.workerId, t.ours)} as queued`));
  return r?.queued === true || String(r?.queued) === "t";
}

/**
 * The replies' part of a turn's statement (CTEs `busy`, `recent`, `ins`), written when `cond` holds: claimed by
 * this process to send right after the commit — unless the chat has an unsent reply other than those this process's
 * dispatch holds (see unsentBefore), in which case they queue behind it, so the chat's order holds across processes.
 */
function replyCtes(t: TurnReplies, cond: SQL) {
  const at = t.now.toISOString();
  const values = t.payloads.length
    ? sql.join(t.payloads.map((p, i) => sql`(${JSON.stringify(p)}::jsonb, ${i}::int)`), sql`, `)
    : sql`(null::jsonb, 0) limit 0`;
  return sql`
    busy as (select ${unsentBefore(t.channel, t.chatId, t.workerId, t.ours)} as queued),
    recent as (
      select string_agg((extract(epoch from coalesce(sent_at, not_before)) * 1000)::text, ',' order by not_before) as at_ms from outbox
      where channel = ${t.channel} and chat_id = ${t.chatId} and chat_kind = 'user' and status in ('sending', 'sent')
        and not_before > ${t.since.toISOString()}::timestamptz and not_before <= ${t.until.toISOString()}::timestamptz),
    ins as (
      insert into outbox (channel, chat_id, chat_kind, payload, not_before, status, claimed_by, claimed_at, attempts)
      select ${t.channel}, ${t.chatId}, 'user', v.payload,
        -- queued behind another process's replies: due as soon as those are, by any process's clock
        case when busy.queued then '-infinity'::timestamptz else ${at}::timestamptz end,
        case when busy.queued then 'pending' else 'sending' end, case when busy.queued then null else ${t.workerId} end,
        case when busy.queued then null else now() end, case when busy.queued then 0 else 1 end
      from (values ${values}) as v(payload, ord) cross join busy
      where ${cond}
      order by v.ord
      returning *)`;
}

// the inserted rows, or one row of nulls when there are none, each with the chat's recent sends and `extra`
// one null per outbox column: the row of a turn that wrote no reply
const REPLY_NULLS = sql.raw(Array(Object.keys(getTableColumns(outbox)).length).fill("null").join(", "));
const replySelect = (extra: SQL) => sql`
    select ins.*, (select at_ms from recent) as recent_ms, ${extra} as extra from ins
    union all select ${REPLY_NULLS}, (select at_ms from recent), ${extra} where not exists (select 1 from ins)`;

function finished(res: unknown): FinishedTurn & { extra: unknown } {
  const raw = rowsOf<Record<string, unknown>>(res);
  const recentText = raw[0]?.recent_ms as string | null | undefined;
  return {
    rows: raw.filter((r) => r.id !== null).map(outboxRowOf),
    recent: recentText ? recentText.split(",").map(Number) : [],
    extra: raw[0]?.extra,
  };
}

/** The rest of a locked private turn in one statement: saves the state, writes the replies, reads the chat's pace. */
export async function finishTurn(tx: Tx, t: TurnReplies & { userKey: string; state: unknown }): Promise<FinishedTurn> {
  const res = await tx.execute(sql`
    with saved as (
      update conversations set state = ${JSON.stringify(t.state)}::jsonb, turns = turns + 1, updated_at = ${t.now.toISOString()}::timestamptz
      where user_key = ${t.userKey} returning 1),
    ${replyCtes(t, sql`true`)}
    ${replySelect(sql`(select count(*) from saved)`)}`);
  return finished(res);
}

/** A conversation read without a lock, for an optimistic turn: `turns` is its version. */
export async function peekTurn(db: Db, m: { channel: string; messageId: string; userKey: string }): Promise<{ seen: boolean; state: unknown; turns: number | null }> {
  const res = await execPrepared(db, sql`
    select c.state, c.turns, exists (select 1 from ${inbox} where channel = ${m.channel} and message_id = ${m.messageId} and handled) as seen
    from (select 1) as one left join ${conversations} c on c.user_key = ${m.userKey}`);
  const [r] = rowsOf<{ state: unknown; turns: number | null; seen: boolean }>(res);
  const state = r!.state === null ? initialState() : typeof r!.state === "string" ? JSON.parse(r!.state) : r!.state;
  return { seen: r!.seen === true || String(r!.seen) === "t", state, turns: r!.turns === null ? null : Number(r!.turns) };
}

/** Thrown when an optimistic turn lost a race: the turn is run again under the lock. */
export class TurnConflict extends Error {}

/**
 * A whole turn without effects in one autocommitted statement: the message id, the state (only if the conversation
 * is still at the version read), a new contact on consent, and the replies. If the conversation moved on meanwhile,
 * the statement fails as a whole (nothing written) and TurnConflict is thrown. undefined: a redelivered message.
 */
export async function commitTurn(
  db: Db,
  t: TurnReplies & {
    messageId: string; userKey: string; state: unknown; contact?: { displayName?: string };
    /** The conversation as read (its turn count and state), or null when there was none. */
    version: { turns: number; state: unknown } | null;
    /** The commit does not wait for the disk (see Durability): the caller answers the platform only after `durable()`. */
    asyncCommit?: boolean;
  },
): Promise<FinishedTurn | undefined> {
  const at = t.now.toISOString();
  const state = JSON.stringify(t.state);
  const fresh = sql`exists (select 1 from fresh)`;
  const contact = t.contact
    ? sql`, met as (
        insert into ${contacts} (user_key, channel, chat_id, display_name, first_seen_at)
        select ${t.userKey}, ${t.channel}, ${t.chatId}, ${t.contact.displayName ?? null}, ${at}::timestamptz where ${fresh}
        on conflict do nothing)`
    : sql``;
  const saved = t.version === null
    ? sql`insert into ${conversations} (user_key, state, turns, updated_at) select ${t.userKey}, ${state}::jsonb, 1, ${at}::timestamptz
        where ${fresh} on conflict (user_key) do nothing returning 1`
    : sql`update ${conversations} set state = ${state}::jsonb, turns = turns + 1, updated_at = ${at}::timestamptz
        where user_key = ${t.userKey} and turns = ${t.version.turns}::int and state = ${JSON.stringify(t.version.state)}::jsonb and ${fresh}
        returning 1`;
  try {
    const res = await execPrepared(db, sql`
      with fast as (select ${t.asyncCommit ? sql`set_config('synchronous_commit', 'off', true)` : sql`null`}),
      fresh as (
        insert into ${inbox} (channel, message_id, user_key, received_at) select ${t.channel}, ${t.messageId}, ${t.userKey}, ${at}::timestamptz from fast
        ${TAKE_ARRIVED} returning 1),
      saved as (${saved})${contact},
      ${replyCtes(t, fresh)}
      ${replySelect(sql`(select count(*) from fresh) + 2 * (select count(*) from saved)
        -- a fresh message whose conversation moved on fails the statement, so its id is not kept either
        + 1 / (1 + (select count(*) from saved) - (select count(*) from fresh))`)}`);
    const out = finished(res);
    return Number(out.extra) === 1 ? undefined : out;
  } catch (e) {
    if (/division by zero/.test(String((e as Error).message ?? e))) throw new TurnConflict("conversation changed meanwhile");
    throw e;
  }
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
    dedupeKey: (r.dedupe_key as string | null) ?? null, createdAt: dateOf(r.created_at)!, writtenBy: Number(r.written_by), triedAt: dateOf(r.tried_at),
  };
}

/**
 * Turns commit without waiting for the disk flush, so their replies can go at once; the platform is answered (and so
 * stops redelivering) only once the turn is durable. One synchronous commit of a transaction of its own flushes the
 * log up to its own record, and so every asynchronous commit before it: all the turns waiting share that one flush.
 * A kill of the bot loses nothing either way (the server holds the commit); a crash of the database server before
 * the flush loses the turn but not the message, which the platform delivers again.
 */
export class Durability {
  private flying = 0;
  private waiting: { resolve: () => void; reject: (e: unknown) => void }[] = [];

  /** `overlap`: flushes in flight at once; the server merges their disk writes, so a new turn waits for one flush, not two. */
  constructor(private readonly db: Db, private readonly overlap = 2) {}

  /** Resolves once everything this process committed before the call is on disk. */
  durable(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.flush();
    });
  }

  private flush(): void {
    if (this.flying >= this.overlap || !this.waiting.length) return;
    // every caller waiting now called before this flush starts: its commit is covered
    const batch = this.waiting.splice(0);
    this.flying++;
    execPrepared(this.db, sql`select txid_current()`)
      .then(() => batch.forEach((b) => b.resolve()), (e: unknown) => batch.forEach((b) => b.reject(e)))
      .finally(() => {
        this.flying--;
        this.flush();
      });
  }
}
