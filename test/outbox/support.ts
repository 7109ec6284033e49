import type { Channel, ChannelName, OutboundMessage, SendResult } from "../../src/channels/types.js";
import type { Db } from "../../src/store/db.js";
import { broadcasts, outbox } from "../../src/store/schema.js";

/** The remote side of a chat platform: records what arrives and when, and answers from a script on demand. */
export class FakeChannel implements Channel {
  readonly limits = { maxText: 4096 };
  sent: { chatId: string; text: string; at: number }[] = [];
  /** Answers to give, in order, to the next sends to a chat (before it finally accepts). */
  script = new Map<string, SendResult[]>();
  /** How long the platform takes to answer (real time). */
  latencyMs = 0;
  inFlight = 0;
  maxInFlight = 0;

  constructor(readonly name: ChannelName = "telegram", private readonly now: () => number = Date.now) {}

  async start() {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
      const next = this.script.get(m.chatId)?.shift();
      if (next) return next;
      this.sent.push({ chatId: m.chatId, text: m.text, at: this.now() });
      return { ok: true };
    } finally {
      this.inFlight--;
    }
  }

  countByChat(): Map<string, number> {
    const m = new Map<string, number>();
    for (const s of this.sent) m.set(s.chatId, (m.get(s.chatId) ?? 0) + 1);
    return m;
  }
}

/** A clock that moves only when someone sleeps on it or the test advances it. */
export class FakeClock {
  constructor(public t: number) {}
  now = () => new Date(this.t);
  sleep = async (ms: number) => {
    this.t += ms;
  };
}

/** A confirmed broadcast with one queued delivery per chat `c0`..`c{n-1}`. */
export async function seedBroadcast(db: Db, n: number, o: { channel?: string; at?: Date; text?: string; prefix?: string } = {}): Promise<number> {
  const at = o.at ?? new Date();
  const [b] = await db
    .insert(broadcasts)
    .values({ createdBy: "test", audience: { kind: "all" }, text: o.text ?? "通知", total: n, createdAt: at, confirmedAt: at })
    .returning({ id: broadcasts.id });
  const rows = Array.from({ length: n }, (_, i) => ({
    channel: o.channel ?? "telegram", chatId: `${o.prefix ?? "c"}${i}`, chatKind: "user", payload: { text: o.text ?? "通知" },
    broadcastId: b!.id, notBefore: at, createdAt: at,
  }));
  for (let i = 0; i < rows.length; i += 1000) await db.insert(outbox).values(rows.slice(i, i + 1000));
  return b!.id;
}

/** The most sends within any window of `ms` that starts at a send. */
export function busiest(times: number[], ms: number): number {
  const ts = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < ts.length; i++) {
    while (j < ts.length && ts[j]! < ts[i]! + ms) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000, everyMs = 50): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
