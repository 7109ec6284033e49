import { performance } from "node:perf_hooks";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import type { Channel, OutboundMessage, SendResult } from "../src/channels/types.js";
import { openStore } from "../src/store/db.js";
import { GOOD_ANSWERS } from "../test/support/jsonl.js";
import { percentile } from "./stats.js";

/** Counts replies; the remote side costs nothing, so the figures are our own. */
class NullChannel implements Channel {
  readonly name = "console" as const;
  readonly limits = { maxText: 100_000 };
  sent = 0;
  async start() {}
  async stop() {}
  async send(_m: OutboundMessage): Promise<SendResult> {
    this.sent++;
    return { ok: true };
  }
}

export async function benchRegistration(opts: { url?: string; trainees?: number; concurrency?: number } = {}) {
  const trainees = opts.trainees ?? 500;
  const concurrency = opts.concurrency ?? 50;
  const store = await openStore({ url: opts.url, max: concurrency });
  const channel = new NullChannel();
  const app = await createApp(loadConfig({ LOG_LEVEL: "warn", BOT_NOW: "2022-05-20T10:00:00+08:00" }), {
    channels: [channel], store, now: () => new Date("2022-05-20T10:00:00+08:00"),
  });
  const answers = [["", "报名"] as [string, string], ...GOOD_ANSWERS, ["", "确认提交"] as [string, string]];
  const latencies: number[] = [];
  const byTurn: number[][] = answers.map(() => []);
  let peakRss = 0;
  let next = 0;
  let msgId = 0;
  const worker = async () => {
    for (let t = next++; t < trainees; t = next++) {
      for (let i = 0; i < answers.length; i++) {
        const [key, value] = answers[i]!;
        const text = key === "mobile" ? `139${String(t).padStart(8, "0")}` : value;
        const start = performance.now();
        await app.engine.handle({ channel: "console", messageId: `b${msgId++}`, userId: `u${t}`, text });
        const ms = performance.now() - start;
        latencies.push(ms);
        byTurn[i]!.push(ms);
      }
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const early = mean(byTurn.slice(1, 4).flat());
  const late = mean(byTurn.slice(-4, -1).flat());
  await store.close();
  return {
    db: store.kind, trainees, concurrency, turns: latencies.length, repliesSent: channel.sent,
    turnsPerSec: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50), p99: percentile(latencies, 99),
    earlyTurnMs: Number(early.toFixed(2)), lateTurnMs: Number(late.toFixed(2)), lateOverEarly: Number((late / early).toFixed(2)),
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
}
