import type { Db } from "../store/db.js";
import type { Channel, OutboundMessage, SendResult } from "../channels/types.js";
import { distrustFuture, markTried, releaseStale, renewClaims, type OutboxRow, type Payload } from "./store.js";
import { Recorder } from "./recorder.js";
import { claimPaced, claimQueued, giveBack, reserveHeld, TRUST_AHEAD_MS } from "./claim.js";
import { candidateOf, chatKey, LATE_MS, type PaceConfig } from "./paceRules.js";
import { earliestInWindow } from "./pace.js";
import { leasable, SlotLease } from "./slots.js";
import { afterRefusal, floodOf } from "./aftermath.js";

export interface SenderOptions {
  db: Db;
  channels: Map<string, Channel>;
  now: () => Date;
  /** Names this process in claimed rows. */
  workerId: string;
  pollMs?: number;
  /**
   * A row whose claim was not renewed for this long belongs to a sender that died: it is settled (see releaseStale).
   * A live sender renews its claims every third of it, so a kill delays replies by about this much.
   */
  leaseMs?: number;
  /**
   * A dead sender's reply whose outcome is unknown (tried, not recorded) goes again only this long after it was tried,
   * if the trainee wrote nothing meanwhile: an answer held up in redelivery (a restart, an outage) arrives first.
   */
  settleMs?: number;
  log?: (msg: string, extra?: object) => void;
  /** Limits per channel name; a channel without one is not paced. */
  pace?: PaceConfig;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** A claimed row whose slot passed longer ago than this goes back rather than bunch up with later ones. */
  lateMs?: number;
  /** How far ahead a sending loop takes slots. */
  horizonMs?: number;
  maxBatch?: number;
  /** A turn's reply waits at most this long for its slot; later ones go back to the queue. */
  maxReplyWaitMs?: number;
  /**
   * PostgreSQL only: delivery bookkeeping commits without waiting for the disk flush. A sender killed loses
   * nothing (the server holds the commit and its WAL writer flushes it); only a crash of the database server itself
   * could forget the last fraction of a second of records and repeat those messages, never lose one. It makes a
   * record one round trip instead of a disk flush. Not for PGlite: it has no WAL writer, so a kill would lose them.
   */
  fastCommit?: boolean;
  /**
   * Makes a row whose payload names what to render (`render`: a receipt's file) into the message to send, just
   * before it is sent; undefined when there is nothing to send any more (the row was erased meanwhile).
   */
  render?: (row: OutboxRow) => Promise<OutboundMessage | undefined>;
}

/** Long enough for a slow send (renewed meanwhile), short enough that a kill delays replies by seconds. */
export const DEFAULT_LEASE_MS = 6_000;
/** See SenderOptions.settleMs: longer than a redelivery takes through a restart or a database outage of seconds. */
export const DEFAULT_SETTLE_MS = 10_000;

export function toOutbound(row: OutboxRow): OutboundMessage {
  const p = row.payload as Payload & { file?: { name: string; bytes: string | Uint8Array; mime?: string } };
  const file = p.file ? { ...p.file, bytes: typeof p.file.bytes === "string" ? Buffer.from(p.file.bytes, "base64") : p.file.bytes } : undefined;
  return { channel: row.channel as OutboundMessage["channel"], chatId: row.chatId, chatKind: row.chatKind as "user" | "group", text: p.text, options: p.options, file };
}

/** A rendered row's message, or why there is none. */
type Made = OutboundMessage | Exclude<SendResult, { ok: true }>;
const toRender = (row: OutboxRow) => (row.payload as Payload | null)?.render !== undefined;

/**
 * Sends outbox rows: a turn's own replies at once, everything else from the queue at each channel's pace.
 * Each send is recorded as soon as the platform answers, so a crash repeats at most the messages then in flight
 * (one per allowed concurrent send).
 */
export class Sender {
  private stopped = false;
  /** Since when this process could take answers, as far as it knows: its start, the database's last outage it saw. */
  private reachableSince = Date.now();
  private loops: Promise<void>[] = [];
  private nappers = new Set<() => void>();
  /** Flood waits this process heard of; other processes read them from the shared limits. */
  private pausedUntil = new Map<string, number>();
  private readonly random: () => number;
  private readonly recorder: Recorder;
  /** Each chat's replies in flight: the next turn's wait for the previous one's. */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly leases = new Map<string, SlotLease>();
  /** Rows this process has claimed and not yet settled: only these are renewed, so a row it dropped is released. */
  private readonly held = new Set<number>();
  /** Per chat (as `chains`), the rows its chain holds: a turn's replies may follow these at once, and only these. */
  private readonly chained = new Map<string, Set<number>>();
  /** Chained rows that went back to the queue unsent (refused for now, no slot): a chain that relied on them yields. */
  private readonly returned = new Set<number>();

  constructor(private readonly o: SenderOptions) {
    this.random = o.random ?? Math.random;
    this.recorder = new Recorder(o.db, o.fastCommit, 500, 120_000, (e) => o.log?.("sent record not written; trying again", { error: e.message }));
  }

  /**
   * Sends rows this process already claimed (a turn's replies) right after their commit: each chat's rows in the
   * order they were committed, chats in parallel. `recent`: the chat's sends within its window, read under the
   * turn's lock; with it the reply takes a leased slot and no lock; without it the slot is reserved under the
   * channel's lock. `after`: the rows of the chat's chain the turn was claimed behind (see `inChain`); should one of
   * them have gone back to the queue unsent, these rows go back too, so as not to overtake it. Resolves once these
   * rows are sent and recorded.
   */
  dispatch(rows: OutboxRow[], recent?: readonly number[], after: readonly number[] = []): Promise<void> {
    const byChat = new Map<string, OutboxRow[]>();
    const queued: OutboxRow[] = [];
    for (const r of rows) {
      if (r.status !== "sending" || r.claimedBy !== this.o.workerId) {
        if (r.status === "pending" && r.broadcastId === null) queued.push(r);
        continue;
      }
      const k = `${r.channel}|${chatKey(r)}`;
      byChat.set(k, [...(byChat.get(k) ?? []), r]);
    }
    // queued behind another process's replies to the chat: taken as soon as those are settled
    if (queued.length) return this.whenSettled(queued);
    const done: Promise<void>[] = [];
    for (const [k, mine] of byChat) {
      let ids = this.chained.get(k);
      if (!ids) this.chained.set(k, (ids = new Set()));
      for (const r of mine) this.held.add(r.id), ids.add(r.id);
    }
    for (const [k, mine] of byChat) {
      const run = (this.chains.get(k) ?? Promise.resolve()).then(() =>
        after.some((id) => this.returned.has(id)) ? this.yieldRows(k, mine) : this.sendChat(k, mine, recent));
      const chained = run.catch((e: Error) => {
        this.o.log?.("reply not sent", { ids: mine.map((r) => r.id), error: e.message });
        // dropped: released after the lease; whatever was chained behind them must not pass them meanwhile
        for (const r of mine) this.unchain(k, r.id, true);
      });
      this.chains.set(k, chained);
      void chained.then(() => {
        if (this.chains.get(k) !== chained) return;
        this.chains.delete(k);
        this.chained.delete(k);
      });
      done.push(run);
    }
    return Promise.all(done).then(() => undefined);
  }

  /** Claims queued replies once the replies before them are settled (polling briefly; the queue's pump is the fallback). */
  private async whenSettled(rows: OutboxRow[]): Promise<void> {
    const end = Date.now() + (this.o.leaseMs ?? DEFAULT_LEASE_MS) * 2;
    while (!this.stopped && Date.now() < end) {
      const mine = await claimQueued(this.o.db, rows.map((r) => r.id), this.o.workerId);
      if (mine.length) return this.dispatch(mine);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** See dispatch. */
  sendRows(rows: OutboxRow[]): Promise<void> {
    return this.dispatch(rows);
  }

  /**
   * The rows of a chat this process's dispatch holds, unsent: a turn of that chat committed now may claim its replies
   * and send them right behind these. Any other unsent reply to the chat (queued, or held by a claim of the queue
   * here or elsewhere) makes them queue behind it instead.
   */
  inChain(channel: string, chatKind: string, chatId: string): number[] {
    return [...(this.chained.get(`${channel}|${chatKey({ chatKind, chatId })}`) ?? [])];
  }

  private unchain(k: string, id: number, unsent: boolean): void {
    this.chained.get(k)?.delete(id);
    if (!unsent) return;
    this.held.delete(id);
    this.returned.add(id);
    // only a chain still running can ask about a row: a bounded memory of the latest is enough
    if (this.returned.size > 10_000) this.returned.delete(this.returned.values().next().value!);
  }

  /** Gives held rows back to the queue, where they wait behind the row that was not sent. */
  private async yieldRows(k: string, rows: OutboxRow[]): Promise<void> {
    if (!rows.length) return;
    for (const r of rows) this.unchain(k, r.id, true);
    await giveBack(this.o.db, rows.map((r) => r.id), this.o.workerId);
  }

  /** Sends one chat's rows in order; one not sent (refused for now) stops the rest, which go back behind it. */
  private async sendChat(k: string, rows: OutboxRow[], recent?: readonly number[]): Promise<void> {
    const send = async (row: OutboxRow, i: number, list: OutboxRow[]): Promise<boolean> => {
      const r = await this.deliver(row, await ready(row));
      this.unchain(k, row.id, !r.ok && r.kind === "transient");
      if (r.ok || r.kind !== "transient") return true;
      await this.yieldRows(k, list.slice(i + 1));
      return false;
    };
    const name = rows[0]!.channel;
    const pace = this.o.pace?.[name];
    const channel = this.o.channels.get(name);
    // files to render start now, in order, while the text before them goes; each takes its slot once it is made
    const made = new Map(rows.filter(toRender).map((r) => [r.id, this.make(r)] as const));
    const ready = async (row: OutboxRow) => (made.has(row.id) ? await made.get(row.id) : undefined);
    if (!pace || !channel) {
      for (const [i, row] of rows.entries()) if (!(await send(row, i, rows))) return;
      return;
    }
    if (!recent || !leasable(pace.channel)) {
      const ready = await reserveHeld(this.o.db, rows, pace, channel.limits.maxText, this.o.now(), this.o.maxReplyWaitMs ?? 10_000, this.random, this.o.fastCommit);
      const kept = new Set(ready.map((r) => r.id));
      // only those before the first row without a slot go now: the others go back behind it
      const upTo = rows.findIndex((r) => !kept.has(r.id));
      const now = upTo < 0 ? rows : rows.slice(0, upTo);
      if (upTo >= 0) {
        for (const r of rows.slice(upTo)) if (!kept.has(r.id)) this.unchain(k, r.id, true);
        await this.yieldRows(k, rows.slice(upTo).filter((r) => kept.has(r.id)));
      }
      const byId = new Map(ready.map((r) => [r.id, r]));
      for (const [i, r] of now.entries()) {
        const row = byId.get(r.id)!;
        await this.until(row.notBefore.getTime());
        if (!(await send(row, i, now))) return;
      }
      return;
    }
    let lease = this.leases.get(name);
    if (!lease) this.leases.set(name, (lease = new SlotLease(this.o.db, name, pace.channel)));
    // another process's clock may run ahead (a rehearsal clock starts anew with each process): its times count as now
    const past = recent.map((t) => Math.min(t, this.o.now().getTime()));
    for (const row of rows) {
      // a file is made before it takes its slot
      await ready(row);
      const c = candidateOf(row, pace, channel.limits.maxText);
      if (c.chat) await this.until(earliestInWindow(c.chat.rule, past, this.o.now().getTime(), c.cost));
      const at = await lease.take(() => this.o.now().getTime(), c.cost);
      await this.until(at);
      past.push(...Array<number>(c.cost).fill(Math.max(at, this.o.now().getTime())));
      if (!(await send(row, rows.indexOf(row), rows))) return;
    }
  }

  /** One claim and send per channel, without waiting for slots beyond the horizon; answers how many rows were tried. */
  async drainOnce(limit = this.o.maxBatch ?? 200): Promise<number> {
    let n = 0;
    for (const name of this.o.channels.keys()) {
      const flying = new Set<Promise<unknown>>();
      n += (await this.claimAndSend(name, limit, { sendMs: 0, claimMs: 0 }, flying)).tried;
      await Promise.all(flying);
    }
    return n;
  }

  /** Starts the loops: the queue's pumps, the renewal of this process's claims, the release of dead ones'. */
  start(): void {
    const poll = this.o.pollMs ?? 500;
    const lease = this.o.leaseMs ?? DEFAULT_LEASE_MS;
    this.reachableSince = Date.now();
    void distrustFuture(this.o.db, this.o.now(), TRUST_AHEAD_MS).catch((e: Error) => this.o.log?.("outbox clock check failed", { error: e.message }));
    for (const name of this.o.channels.keys()) {
      // two loops share the channel's sends in flight: one claims the next slots while the other starts sends
      const flying = new Set<Promise<unknown>>();
      const stats = { sendMs: 0, claimMs: 0 };
      this.loops.push(this.pump(name, poll, flying, stats), this.pump(name, poll, flying, stats));
    }
    this.loops.push(this.sweep(lease / 3, lease));
  }

  /** Finishes the sends in flight; rows claimed but not sent go back to the queue. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const done of [...this.nappers]) done();
    await Promise.all(this.loops);
    await Promise.all([...this.chains.values()]);
  }

  /** One channel's loop: claims slots ahead and starts each send at its slot, several in flight when sends are slow. */
  private async pump(name: string, poll: number, flying: Set<Promise<unknown>>, stats: { sendMs: number; claimMs: number }): Promise<void> {
    while (!this.stopped) {
      try {
        const now = this.o.now().getTime();
        const paused = this.pausedUntil.get(name) ?? 0;
        if (paused > now) {
          await this.nap(Math.min(poll, paused - now));
          continue;
        }
        const r = await this.claimAndSend(name, this.o.maxBatch ?? 200, stats, flying);
        if (r.tried === 0) await this.nap(r.fullUntil ? Math.max(1, Math.min(poll, r.fullUntil - this.o.now().getTime())) : poll);
      } catch (e) {
        this.o.log?.("outbox loop failed", { channel: name, error: (e as Error).message });
        await this.nap(poll);
      }
    }
    await Promise.all(flying);
  }

  private async claimAndSend(
    name: string, limit: number, stats: { sendMs: number; claimMs: number }, flying: Set<Promise<unknown>>,
  ): Promise<{ tried: number; fullUntil?: number }> {
    const channel = this.o.channels.get(name)!;
    const width = this.o.pace?.[name]?.inFlight ?? 1;
    const started = this.o.now();
    const claim = await claimPaced(this.o.db, {
      channel: name, limit, workerId: this.o.workerId, now: started, pace: this.o.pace?.[name], leadMs: stats.claimMs, spacingMs: stats.sendMs / width,
      maxText: channel.limits.maxText, horizonMs: this.o.horizonMs ?? 1000, random: this.random, fastCommit: this.o.fastCommit,
    });
    // a slow claim (a busy database) would leave its first slots stale: the next one starts its slots later
    stats.claimMs = Math.max(this.o.now().getTime() - started.getTime(), stats.claimMs * 0.9);
    const rows = claim.rows;
    for (const r of rows) this.held.add(r.id);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      await this.until(row.notBefore.getTime());
      while (flying.size >= width) await Promise.race(flying);
      const now = this.o.now().getTime();
      // an unpaced channel has no rate for a late start to break
      const late = this.o.pace?.[name] !== undefined && now - row.notBefore.getTime() > (this.o.lateMs ?? LATE_MS);
      if (this.stopped || late || (this.pausedUntil.get(name) ?? 0) > now) {
        const back = rows.slice(i).map((r) => r.id);
        for (const id of back) this.held.delete(id);
        await giveBack(this.o.db, back, this.o.workerId);
        return { tried: i };
      }
      const sending: Promise<unknown> = this.deliver(row)
        // quick to rise, slow to fall: slots spaced too tightly would go stale while waiting for a free send
        .then(() => (stats.sendMs = Math.max(this.o.now().getTime() - now, stats.sendMs * 0.95)))
        .catch((e: Error) => this.o.log?.("outbox send not recorded", { id: row.id, error: e.message }))
        .finally(() => flying.delete(sending));
      flying.add(sending);
    }
    return { tried: rows.length, fullUntil: claim.fullUntil?.getTime() };
  }

  /** A row to render, made into its message; a failure to render is a transient failure to send. */
  private make(row: OutboxRow): Promise<Made> {
    if (!this.o.render) return Promise.resolve({ ok: false, kind: "transient", error: "no renderer for this row here" });
    return this.o.render(row).then(
      (msg) => msg ?? { ok: false as const, kind: "permanent" as const, error: "nothing to render any more (erased or no registration)" },
      (e: Error) => ({ ok: false as const, kind: "transient" as const, error: e.message }),
    );
  }

  private async deliver(row: OutboxRow, made?: Made): Promise<SendResult> {
    try {
      return await this.deliverOnce(row, made ?? (toRender(row) ? await this.make(row) : undefined));
    } finally {
      this.held.delete(row.id);
    }
  }

  private async deliverOnce(row: OutboxRow, made?: Made): Promise<SendResult> {
    const channel = this.o.channels.get(row.channel);
    let result: SendResult;
    if (!channel) result = { ok: false, kind: "transient", error: `channel ${row.channel} is not running here` };
    else if (made && "ok" in made) result = made;
    // a broadcast's row goes again after a crash whatever (the one in flight may go twice): its try tells nothing
    else if (row.broadcastId === null && !(await this.tried(row))) {
      // released meanwhile (its lease ran out while this sender was cut off): no longer this sender's to send
      this.o.log?.("reply not sent: no longer this sender's", { id: row.id });
      return { ok: false, kind: "transient", error: "claim lost" };
    } else {
      try {
        result = await channel.send(made ?? toOutbound(row));
      } catch (e) {
        result = { ok: false, kind: "transient", error: (e as Error).message };
      }
    }
    const now = this.o.now();
    const pace = this.o.pace?.[row.channel];
    // a flood answer about the whole account stops this process's next starts at once, before any bookkeeping
    const flood = floodOf(row, result, pace, now);
    if (flood?.wholeChannel) this.pausedUntil.set(row.channel, Math.max(flood.until, this.pausedUntil.get(row.channel) ?? 0));
    await this.recorder.record(row, result, now);
    if (result.ok) return result;
    await afterRefusal(this.o.db, row, result, pace, now);
    this.o.log?.("send failed", { id: row.id, kind: result.kind, error: result.error });
    return result;
  }

  /**
   * Marks the row tried just before its send (see `tried_at`), patiently while the database is away for a restart:
   * a send without the mark would pass, after a crash, for one that never went out.
   */
  private async tried(row: OutboxRow): Promise<boolean> {
    const end = Date.now() + 30_000;
    for (;;) {
      try {
        return await markTried(this.o.db, row.id, this.o.workerId, this.o.fastCommit);
      } catch (e) {
        if (this.stopped || Date.now() > end) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  private async sweep(every: number, lease: number): Promise<void> {
    while (!this.stopped) {
      try {
        await renewClaims(this.o.db, this.o.workerId, [...this.held]);
        const settle = this.o.settleMs ?? DEFAULT_SETTLE_MS;
        // an answer held up while nothing could take it comes within a redelivery or two once something can
        await releaseStale(this.o.db, lease, settle, Date.now() - this.reachableSince < settle / 2);
      } catch (e) {
        // the database away: answers could not be taken meanwhile either
        this.reachableSince = Date.now();
        this.o.log?.("outbox sweep failed", { error: (e as Error).message });
      }
      await this.nap(every);
    }
  }

  private async until(t: number): Promise<void> {
    const wait = t - this.o.now().getTime();
    if (wait > 0) await this.nap(wait);
  }

  /** Sleeps, but wakes at once when the sender stops. */
  private nap(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = () => {
        clearTimeout(timer);
        this.nappers.delete(done);
        resolve();
      };
      this.nappers.add(done);
      if (this.o.sleep) void this.o.sleep(ms).then(done);
      else timer = setTimeout(done, ms);
    });
  }
}
