import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { openStore, type Store } from "../src/store/db.js";
import { contacts } from "../src/store/schema.js";
import { loadConfig } from "../src/config.js";
import { loadProgramme } from "../src/programme/load.js";
import { Sender } from "../src/outbox/sender.js";
import { paceFromConfig } from "../src/outbox/paceRules.js";
import { sendBroadcast } from "../src/broadcast/create.js";
import { rowsOf } from "../src/outbox/store.js";
import type { Channel, OutboundMessage, SendResult } from "../src/channels/types.js";

/** The platform's side: takes every message after `latencyMs`, noting when each call started. */
class RecordingChannel implements Channel {
  readonly name = "telegram" as const;
  readonly limits = { maxText: 4096 };
  starts: number[] = [];
  constructor(private readonly latencyMs = 0) {}
  async start() {}
  async stop() {}
  async send(_m: OutboundMessage): Promise<SendResult> {
    this.starts.push(performance.now());
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    return { ok: true };
  }
}

async function seedRecipients(store: Store, n: number, prefix: string): Promise<void> {
  const rows = Array.from({ length: n }, (_, i) => ({ userKey: `telegram:${prefix}${i}`, channel: "telegram", chatId: `${prefix}${i}` }));
  for (let i = 0; i < n; i += 1000) await store.db.insert(contacts).values(rows.slice(i, i + 1000));
}

/** Queues one broadcast to every contact whose chat id starts with `prefix`; answers its id and the time it took. */
async function queueAll(store: Store, prefix: string): Promise<{ id: number; total: number; ms: number }> {
  const programme = loadProgramme();
  await store.db.execute(sql`update contacts set news_opt_out = (chat_id not like ${`${prefix}%`})`);
  const t0 = performance.now();
  const r = await store.db.transaction((tx) =>
    sendBroadcast(tx, { actor: "bench", audience: { kind: "all" }, kind: "news", text: "知识产权政策资讯速递（压测）", now: new Date(), programme, coordinatorClass: null }));
  if (!r.ok) throw new Error(r.error);
  return { id: r.value.id, total: r.value.total, ms: performance.now() - t0 };
}

async function left(store: Store, id: number): Promise<number> {
  const res = await store.db.execute(sql`select count(*)::int as n from outbox where broadcast_id = ${id} and status in ('pending', 'sending')`);
  return rowsOf<{ n: number }>(res)[0]!.n;
}

const busiest = (ts: number[], ms: number) => {
  const s = [...ts].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < s.length; i++) {
    while (j < s.length && s[j]! < s[i]! + ms) j++;
    best = Math.max(best, j - i);
  }
  return best;
};

export interface BroadcastBenchOptions {
  /** PostgreSQL URL of a fresh database; without one, PGlite in memory. */
  url?: string;
  recipients?: number;
  /** Sends in flight at once with the limits raised; their records are grouped, so more in flight is fewer statements. */
  inFlight?: number;
  /** The window of the run at Telegram's real limits, and the simulated Bot API latency. */
  realWindowMs?: number;
  realLatencyMs?: number;
}

/**
 * 1. 10,000 recipients with the pace limits raised: what our own bookkeeping sustains (claim, slots, one record per
 *    delivery) against a channel that answers at once. 2. Telegram's real limits (30/s) for a short window against a
 *    channel that takes `realLatencyMs` per call: the measured rate, and the most calls started in any one second.
 */
export async function benchBroadcast(o: BroadcastBenchOptions = {}) {
  const n = o.recipients ?? 10_000;
  const store = await openStore(o.url ? { url: o.url, max: 12 } : {});
  const postgres = store.kind === "postgres";
  const inFlight = o.inFlight ?? 32;
  try {
    await seedRecipients(store, n, "a");
    const a = await queueAll(store, "a");
    const raised = paceFromConfig({ ...loadConfig({}), TELEGRAM_RATE_GLOBAL_PER_SEC: 1_000_000, TELEGRAM_RATE_CHAT_PER_SEC: 1000 });
    raised.telegram!.inFlight = inFlight;
    const fast = new RecordingChannel();
    const s1 = new Sender({ db: store.db, channels: new Map([["telegram", fast]]), now: () => new Date(), workerId: "bench-a", pace: raised, pollMs: 10, fastCommit: postgres });
    const t0 = performance.now();
    s1.start();
    while ((await left(store, a.id)) > 0) await new Promise((r) => setTimeout(r, 25));
    const bookkeepingMs = performance.now() - t0;
    await s1.stop();

    const windowMs = o.realWindowMs ?? 10_000;
    await seedRecipients(store, Math.ceil((windowMs / 1000) * 40), "b");
    const b = await queueAll(store, "b");
    const slow = new RecordingChannel(o.realLatencyMs ?? 40);
    const s2 = new Sender({ db: store.db, channels: new Map([["telegram", slow]]), now: () => new Date(), workerId: "bench-b", pace: paceFromConfig(loadConfig({})), pollMs: 50, fastCommit: postgres });
    const t1 = performance.now();
    s2.start();
    await new Promise((r) => setTimeout(r, windowMs));
    const started = slow.starts.filter((t) => t - t1 <= windowMs);
    await s2.stop();
    return {
      recipients: a.total,
      queueMs: Math.round(a.ms),
      inFlight,
      deliveriesPerSec: Math.round((a.total / bookkeepingMs) * 1000),
      realQueued: b.total,
      realWindowSec: windowMs / 1000,
      realPerSec: Math.round((started.length / (windowMs / 1000)) * 10) / 10,
      realBusiest1s: busiest(started, 1000),
    };
  } finally {
    await store.close();
  }
}

// `npx tsx bench/broadcast.ts [postgres-url-of-a-fresh-database]`, or `npm run bench -- broadcast`
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchBroadcast({ url: process.argv[2] })));
}
