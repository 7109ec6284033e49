import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { Sender } from "../../src/outbox/sender.js";
import { paceFromConfig } from "../../src/outbox/paceRules.js";
import { loadConfig } from "../../src/config.js";
import { TelegramChannel } from "../../src/channels/telegram/index.js";
import type { Channel, OutboundMessage, SendResult } from "../../src/channels/types.js";
import { contacts, outbox } from "../../src/store/schema.js";
import { FakeTelegram } from "../support/fakeTelegram.js";
import { DRIVERS, testStore } from "../support/db.js";
import { busiest, seedBroadcast, waitFor } from "./support.js";

const quiet = { warn() {}, error() {} };

/** The real Telegram channel, with what each send answered and when. */
class Watched implements Channel {
  readonly name = "telegram" as const;
  readonly limits;
  results: { chatId: string; result: SendResult; startedAt: number; at: number }[] = [];
  constructor(private readonly inner: TelegramChannel) {
    this.limits = inner.limits;
  }
  async start() {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    const startedAt = Date.now();
    const result = await this.inner.send(m);
    this.results.push({ chatId: m.chatId, result, startedAt, at: Date.now() });
    return result;
  }
}

describe.each(DRIVERS)("broadcasting through the Telegram Bot API (a fake one) on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let fake: FakeTelegram;
  let channel: Watched;

  beforeAll(async () => {
    store = await testStore(driver);
    fake = await FakeTelegram.start();
  });
  afterAll(async () => {
    await fake.close();
    await store.close();
  });
  beforeEach(async () => {
    await store.reset();
    fake.sent.length = 0;
    // a 429 goes back to the outbox, which holds the whole channel, instead of being sat out inside one call (0 = no cap)
    channel = new Watched(new TelegramChannel({ token: fake.token, apiRoot: fake.url, log: quiet, maxInlineRetryAfterMs: 1 }));
  });

  it("keeps to 30 a second, holds the whole channel for a 429's retry_after, and records a 403 as blocked", async () => {
    const id = await seedBroadcast(store.db, 60, { prefix: "10" });
    await store.db.insert(contacts).values({ userKey: "telegram:1020", channel: "telegram", chatId: "1020" });
    fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 2", parameters: { retry_after: 2 } }, { chatId: "1010" });
    fake.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" }, { chatId: "1020" });
    const sender = new Sender({ db: store.db, channels: new Map([["telegram", channel]]), now: () => new Date(), workerId: "w", pace: paceFromConfig(loadConfig({})), pollMs: 50 });
    sender.start();
    const done = async () => (await store.db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(sql`${outbox.status} in ('pending', 'sending')`))[0]!.n === 0;
    await waitFor(done, 60_000);
    await sender.stop();

    expect(fake.sent).toHaveLength(59);
    expect(new Set(fake.sent.map((s) => s.chatId)).size).toBe(59);
    // what the pace decides is when each call starts; arrivals add the network's (and a busy test machine's) jitter
    expect(busiest(channel.results.map((r) => r.startedAt), 1000)).toBeLessThanOrEqual(30);
    expect(busiest(fake.sent.map((s) => s.at), 1000)).toBeLessThanOrEqual(34);
    const flood = channel.results.find((r) => !r.result.ok && r.result.kind === "transient")!;
    // the other sends in flight may have been on the wire already; nothing new starts before retry_after
    const during = channel.results.filter((s) => s.startedAt > flood.at && s.startedAt < flood.at + 2000);
    expect(during.length).toBeLessThanOrEqual(3);
    const rows = await store.db.select().from(outbox).where(eq(outbox.broadcastId, id));
    expect(rows.find((r) => r.chatId === "1010")).toMatchObject({ status: "sent", attempts: 1 });
    expect(rows.find((r) => r.chatId === "1020")).toMatchObject({ status: "blocked" });
    const [c] = await store.db.select().from(contacts);
    expect(c!.unreachableReason).toContain("403");
  });
});
