/**
 * A bot process that only sends: a fake platform that writes every message it receives to a file (the file
 * survives the process, so the test can count what really arrived). Killed with SIGKILL by the test.
 */
import { appendFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { openStore } from "../../../src/store/db.js";
import { Sender } from "../../../src/outbox/sender.js";
import { paceFromConfig } from "../../../src/outbox/paceRules.js";
import { loadConfig } from "../../../src/config.js";
import type { Channel, OutboundMessage, SendResult } from "../../../src/channels/types.js";

const env = process.env;
const out = env.OUT_FILE!;
const latencyMs = Number(env.LATENCY_MS ?? 2);

const channel: Channel = {
  name: "telegram",
  limits: { maxText: 4096 },
  async start() {},
  async stop() {},
  async send(m: OutboundMessage): Promise<SendResult> {
    await new Promise((r) => setTimeout(r, latencyMs));
    // the platform has it once this returns: a kill after this line and before the record is the one in flight
    appendFileSync(out, `${m.chatId}\n`);
    return { ok: true };
  },
};

const store = await openStore(env.DB_URL ? { url: env.DB_URL, max: 4 } : { dataDir: env.PGLITE_DIR! });
const pace = paceFromConfig({ ...loadConfig({}), TELEGRAM_RATE_GLOBAL_PER_SEC: Number(env.RATE ?? 200) });
pace.telegram!.inFlight = Number(env.IN_FLIGHT ?? 2);
const sender = new Sender({
  db: store.db, channels: new Map([["telegram", channel]]), now: () => new Date(), workerId: env.WORKER ?? "child",
  pace, pollMs: 50, leaseMs: Number(env.LEASE_MS ?? 60_000), fastCommit: Boolean(env.DB_URL),
});
sender.start();
process.stdout.write("ready\n");

if (env.EXIT_WHEN_DONE) {
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const res = await store.db.execute(sql`select count(*)::int as n from outbox where status in ('pending', 'sending')`);
    const rows = (Array.isArray(res) ? res : (res as { rows: { n: number }[] }).rows) as { n: number }[];
    if (rows[0]!.n === 0) break;
  }
  await sender.stop();
  await store.close();
  process.exit(0);
}
