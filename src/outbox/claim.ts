import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { outbox } from "../store/schema.js";
import type { OutboxRow } from "./store.js";
import { plan } from "./pace.js";
import { candidateOf, lookback, type ChannelPace } from "./paceRules.js";
import { chatHistory, lockPace, savePace } from "./paceStore.js";

export interface ClaimOptions {
  channel: string;
  limit: number;
  workerId: string;
  now: Date;
  /** Without one, the channel is not paced. */
  pace?: ChannelPace;
  maxText: number;
  /** How far ahead slots may be taken: rows are claimed only for slots within it. */
  horizonMs: number;
  /** Slots start this long after `now`: the time the claim itself is expected to take, so none is stale on arrival. */
  leadMs?: number;
  /** The least time between this claim's slots: how often the claimer can start sends. */
  spacingMs?: number;
  random: () => number;
  /** See SenderOptions.fastCommit. */
  fastCommit?: boolean;
}

/** Claimed rows, each to be sent no earlier than its `notBefore` (its slot). */
export interface Claim {
  rows: OutboxRow[];
  /** The channel is full until then: nothing to claim before. */
  fullUntil?: Date;
}

// a chat's messages keep their order across processes: none goes while an earlier reply to that chat is unsent
// (spelled out: drizzle leaves the columns of an update unqualified, which inside the subquery would mean `earlier`'s)
const notBehindAReply = sql`not exists (
  select 1 from outbox earlier where earlier.channel = outbox.channel and earlier.chat_id = outbox.chat_id
    and earlier.id < outbox.id and earlier.status in ('pending', 'sending') and earlier.broadcast_id is null)`;

/** How far ahead of now a slot may legitimately lie: the longest a reply waits for one, plus a margin. */
export const TRUST_AHEAD_MS = 12_000;

const ceilDate = (t: number) => new Date(Math.ceil(t));
// raw SQL gets text: postgres.js cannot bind a Date to a parameter whose type the server inferred
const iso = (t: number) => ceilDate(t).toISOString();

/**
 * Claims due rows and, in the same transaction, their slots under the shared limits; SKIP LOCKED lets several
 * processes share the queue, and the locked limit rows make them share the pace.
 */
export async function claimPaced(db: Db, o: ClaimOptions): Promise<Claim> {
  return db.transaction(async (tx) => {
    if (o.fastCommit) await asyncCommit(tx);
    const cands = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), eq(outbox.channel, o.channel), lte(outbox.notBefore, o.now), notBehindAReply))
      .orderBy(outbox.notBefore, outbox.id)
      .limit(o.limit)
      .for("update", { skipLocked: true });
    if (!cands.length) return { rows: [] };
    const at = o.now.getTime();
    if (!o.pace) {
      await markClaimed(tx, cands.map((r) => ({ id: r.id, at })), o.workerId);
      return { rows: cands.map((r) => claimed(r, at, o)) };
    }
    const p = await planUnderLock(tx, o.pace, cands, o.maxText, new Date(at + (o.leadMs ?? 0)), o.horizonMs, o.random, [], o.spacingMs);
    await markClaimed(tx, p.taken, o.workerId);
    await postpone(tx, p.deferred);
    const byId = new Map(cands.map((r) => [r.id, r]));
    return {
      rows: p.taken.map((t) => claimed(byId.get(t.id)!, t.at, o)),
      fullUntil: p.fullUntil === undefined ? undefined : ceilDate(p.fullUntil),
    };
  });
}

/** Locks the channel's limit, plans the rows' slots against it and their chats' recent sends, and saves it. */
async function planUnderLock(
  tx: Tx, pace: ChannelPace, rows: OutboxRow[], maxText: number, now: Date, horizonMs: number, random: () => number, held: number[] = [], spacingMs = 0,
) {
  const channel = rows[0]!.channel;
  const state = await lockPace(tx, channel);
  const chats = pace.chat || pace.group ? rows : [];
  // a slot further ahead than any claim takes is from a clock that went backwards: not trusted
  const until = new Date(now.getTime() + Math.max(horizonMs, TRUST_AHEAD_MS));
  const seen = await chatHistory(tx, channel, chats, new Date(now.getTime() - lookback(pace)), held, until);
  // another process's clock may run ahead of this one's: its times count as now
  const history = new Map([...seen].map(([k, v]) => [k, v.map((t) => Math.min(t, now.getTime()))]));
  const cands = rows.map((r) => candidateOf(r, pace, maxText));
  const p = plan(pace.channel, state, history, cands, now.getTime(), horizonMs, random, spacingMs);
  if (p.taken.length) await savePace(tx, channel, p.state);
  return p;
}

/** This transaction's commit does not wait for the disk flush (see SenderOptions.fastCommit). */
export async function asyncCommit(tx: Tx): Promise<void> {
  await tx.execute(sql`set local synchronous_commit = off`);
}

function claimed(r: OutboxRow, at: number, o: ClaimOptions): OutboxRow {
  return { ...r, status: "sending", claimedBy: o.workerId, claimedAt: o.now, attempts: r.attempts + 1, notBefore: ceilDate(at) };
}

async function markClaimed(tx: Tx, taken: { id: number; at: number }[], workerId: string): Promise<void> {
  if (!taken.length) return;
  const values = sql.join(taken.map((t) => sql`(${t.id}::bigint, ${iso(t.at)}::timestamptz)`), sql`, `);
  await tx.execute(sql`
    update outbox set status = 'sending', claimed_by = ${workerId}, claimed_at = now(), attempts = attempts + 1, not_before = v.at
    from (values ${values}) as v(id, at) where outbox.id = v.id`);
}

async function postpone(tx: Tx | Db, rows: { id: number; at: number }[]): Promise<void> {
  if (!rows.length) return;
  const values = sql.join(rows.map((t) => sql`(${t.id}::bigint, ${iso(t.at)}::timestamptz)`), sql`, `);
  await tx.execute(sql`update outbox set not_before = v.at from (values ${values}) as v(id, at) where outbox.id = v.id`);
}

/**
 * Slots for rows this process already holds (a turn's replies): those that fit within `maxWaitMs` keep them;
 * the rest go back to the queue for their time, so a turn never waits long for a busy channel.
 */
export async function reserveHeld(
  db: Db, rows: OutboxRow[], pace: ChannelPace, maxText: number, now: Date, maxWaitMs: number, random: () => number, fastCommit = false,
): Promise<OutboxRow[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const ready = await db.transaction(async (tx) => {
    if (fastCommit) await asyncCommit(tx);
    const p = await planUnderLock(tx, pace, rows, maxText, now, maxWaitMs, random, ids);
    const placed = new Set([...p.taken, ...p.deferred].map((t) => t.id));
    const later = [...p.deferred, ...ids.filter((id) => !placed.has(id)).map((id) => ({ id, at: p.fullUntil ?? now.getTime() }))];
    await giveBack(tx, later.map((l) => l.id));
    await postpone(tx, later);
    return p.taken;
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ready.map((t) => ({ ...byId.get(t.id)!, notBefore: ceilDate(t.at) }));
}

/** Claimed rows not sent after all go back to the queue; the claim did not count as an attempt. */
export async function giveBack(tx: Tx | Db, ids: number[], workerId?: string): Promise<void> {
  if (!ids.length) return;
  await tx
    .update(outbox)
    .set({ status: "pending", claimedBy: null, attempts: sql`greatest(${outbox.attempts} - 1, 0)` })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "sending"), workerId ? eq(outbox.claimedBy, workerId) : undefined));
}

/**
 * Claims given queued rows (a turn's replies waiting behind another process's replies to the same chat) once
 * nothing earlier to their chat is unsent; answers those claimed, in order.
 */
export async function claimQueued(db: Db, ids: number[], workerId: string): Promise<OutboxRow[]> {
  return db
    .update(outbox)
    .set({ status: "sending", claimedBy: workerId, claimedAt: sql`now()`, attempts: sql`${outbox.attempts} + 1`, notBefore: sql`now()` })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "pending"), notBehindAReply))
    .returning()
    .then((rows) => rows.sort((a, b) => a.id - b.id));
}
