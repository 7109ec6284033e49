import { pathToFileURL } from "node:url";
import type { Update } from "node-telegram-bot-api";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { openStore } from "../src/store/db.js";
import { TelegramChannel } from "../src/channels/telegram/index.js";
import { FakeTelegram } from "../test/support/fakeTelegram.js";
import { NOW, QUICK, SECRET, freePort, quiet } from "../test/support/telegramApp.js";
import { ANSWERS } from "../test/support/telegramTrainee.js";
import { person, text } from "../test/support/telegramUpdates.js";
import { freshPostgresUrl } from "../test/support/db.js";

export interface TelegramBenchOptions {
  /** Simulated trainees registering at the same time. */
  trainees?: number;
  /** PostgreSQL to use; without one, an in-memory PGlite. */
  databaseUrl?: string;
}

export interface TelegramBenchResult {
  store: "postgres" | "pglite";
  trainees: number;
  updates: number;
  seconds: number;
  updatesPerSec: number;
  /** From the POST of an update to the fake Bot API receiving the first reply to it. */
  p50Ms: number;
  p99Ms: number;
  turns1to3MeanMs: number;
  turns18to20MeanMs: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** N trainees register at once through the webhook: the in-process channel and real engine, the fake Bot API. */
export async function benchTelegramWebhook(opts: TelegramBenchOptions = {}): Promise<TelegramBenchResult> {
  const n = opts.trainees ?? 50;
  const fake = await FakeTelegram.start();
  const store = await openStore({ url: opts.databaseUrl, max: 10 });
  const port = await freePort();
  const webhook = { url: `http://127.0.0.1:${port}/telegram/hook`, secret: SECRET, host: "127.0.0.1", port };
  const channel = new TelegramChannel({ token: fake.token, apiRoot: fake.url, webhook, log: quiet });
  // the outbox's pacing is Telegram's limit, not our speed: lifted (QUICK)
  const app = await createApp(loadConfig(QUICK), { channels: [channel], store, now: () => NOW });
  await channel.start((m) => app.engine.handle(m));

  const samples: { turn: number; ms: number }[] = [];
  const started = Date.now();
  try {
    await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const user = person(700_000 + i, `学员${i}`);
        const mobile = `139${String(i).padStart(8, "0")}`;
        const turns = ["/start", ...ANSWERS.map((a) => (a === "13800138000" ? mobile : a))];
        for (const [t, answer] of turns.entries()) {
          const before = fake.sentTo(user.id).length;
          const at = Date.now();
          const status = await fake.deliver({ ...text(user, answer), update_id: fake.newUpdateId() } as Update, webhook);
          const reply = fake.sentTo(user.id)[before];
          if (status !== 200 || !reply) throw new Error(`trainee ${i}, turn ${t + 1}: status ${status}, no reply`);
          samples.push({ turn: t + 1, ms: reply.at - at });
        }
      }),
    );
  } finally {
    await channel.stop();
    await store.close();
    await fake.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const of = (from: number, to: number) => mean(samples.filter((s) => s.turn >= from && s.turn <= to).map((s) => s.ms));
  return {
    store: store.kind, trainees: n, updates: samples.length, seconds, updatesPerSec: samples.length / seconds,
    p50Ms: quantile(sorted, 0.5), p99Ms: quantile(sorted, 0.99), turns1to3MeanMs: of(1, 3), turns18to20MeanMs: of(18, 20),
  };
}

// `npx tsx bench/telegram.ts [trainees]`: a fresh database on TEST_DATABASE_URL's server, else DATABASE_URL itself, else PGlite
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const trainees = Number(process.argv[2] ?? 50);
  const fresh = process.env.TEST_DATABASE_URL ? await freshPostgresUrl() : undefined;
  try {
    const r = await benchTelegramWebhook({ trainees, databaseUrl: fresh?.url ?? process.env.DATABASE_URL });
    const f = (x: number) => x.toFixed(1);
    console.log(`telegram webhook, ${r.trainees} trainees on ${r.store}: ${r.updates} updates in ${f(r.seconds)} s = ${f(r.updatesPerSec)} updates/s`);
    console.log(`request → reply: p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms; mean turns 1-3 ${f(r.turns1to3MeanMs)} ms, turns 18-20 ${f(r.turns18to20MeanMs)} ms`);
  } finally {
    await fresh?.drop();
  }
}
