import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { Sender } from "../../src/outbox/sender.js";
import { paceFromConfig } from "../../src/outbox/paceRules.js";
import { loadConfig } from "../../src/config.js";
import { enqueue } from "../../src/outbox/store.js";
import { contacts, outbox } from "../../src/store/schema.js";
import { DRIVERS, testStore } from "../support/db.js";
import { FakeChannel, FakeClock, busiest, seedBroadcast, waitFor } from "./support.js";

const T0 = Date.parse("2022-06-12T19:00:00+08:00");
const pace = paceFromConfig(loadConfig({}));

describe.each(DRIVERS)("the outbox sender on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let clock: FakeClock;
  let tg: FakeChannel;

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    clock = new FakeClock(T0);
    tg = new FakeChannel("telegram", () => clock.t);
  });

  const sender = (o: Partial<ConstructorParameters<typeof Sender>[0]> = {}) =>
    new Sender({ db: store.db, channels: new Map([["telegram", tg]]), now: clock.now, sleep: clock.sleep, workerId: "w1", pace, ...o });

  /** Drains with the fake clock, moving it on whenever nothing is due. */
  async function drain(s: Sender, until: () => boolean, stepMs = 100) {
    for (let i = 0; i < 100_000 && !until(); i++) if ((await s.drainOnce()) === 0) clock.t += stepMs;
  }
  const statuses = async (id: number) =>
    Object.fromEntries((await store.db.select({ status: outbox.status, n: sql<number>`count(*)::int` }).from(outbox).where(eq(outbox.broadcastId, id)).groupBy(outbox.status)).map((r) => [r.status, r.n]));

  it("keeps Telegram within 30 messages in any second, measured on a fake clock", async () => {
    await seedBroadcast(store.db, 200, { at: new Date(T0) });
    await drain(sender(), () => tg.sent.length === 200);
    expect(busiest(tg.sent.map((s) => s.at), 1000)).toBeLessThanOrEqual(30);
    const span = tg.sent.at(-1)!.at - tg.sent[0]!.at;
    // slots are padded by the 50 ms a start may be late, so even late starts keep to 30 in a second
    expect(span).toBeGreaterThanOrEqual((199 * 1050) / 30);
    expect(span).toBeLessThan((199 * 1050) / 30 + 200);
  });

  it("waits out a 429's retry_after for the whole channel, and the wait does not count as an attempt", async () => {
    const id = await seedBroadcast(store.db, 20, { at: new Date(T0) });
    tg.script.set("c5", [{ ok: false, kind: "transient", error: "429: retry after 5", retryAfterMs: 5000 }]);
    await drain(sender(), () => tg.sent.length === 20);
    const floodAt = tg.sent.find((s) => s.chatId === "c4")!.at;
    const after = tg.sent.filter((s) => s.at > floodAt).map((s) => s.at);
    expect(Math.min(...after) - floodAt).toBeGreaterThanOrEqual(5000);
    const [c5] = await store.db.select().from(outbox).where(eq(outbox.chatId, "c5"));
    expect(c5).toMatchObject({ status: "sent", attempts: 1 });
    expect(await statuses(id)).toEqual({ sent: 20 });
  });

  it("records a 403 as blocked, never retries it, and marks the trainee unreachable", async () => {
    await store.db.insert(contacts).values({ userKey: "telegram:c1", channel: "telegram", chatId: "c1" });
    const id = await seedBroadcast(store.db, 3, { at: new Date(T0) });
    tg.script.set("c1", [{ ok: false, kind: "blocked", error: "403: bot was blocked by the user" }]);
    await drain(sender(), () => tg.sent.length === 2);
    clock.t += 3_600_000;
    await sender().drainOnce();
    expect(tg.countByChat().get("c1")).toBeUndefined();
    expect(await statuses(id)).toEqual({ sent: 2, blocked: 1 });
    const [c] = await store.db.select().from(contacts).where(eq(contacts.userKey, "telegram:c1"));
    expect(c!.unreachableReason).toContain("403");
  });

  it("retries other failures with growing waits, then records them as failed", async () => {
    const id = await seedBroadcast(store.db, 1, { at: new Date(T0) });
    const boom = { ok: false as const, kind: "transient" as const, error: "ECONNRESET" };
    tg.script.set("c0", [boom, boom, boom, boom, boom, boom]);
    const s = sender();
    const tries: number[] = [];
    for (let i = 0; i < 2000 && (await statuses(id)).failed !== 1; i++) {
      if ((await s.drainOnce()) > 0) tries.push(clock.t);
      else clock.t += 1000;
    }
    expect(tries).toHaveLength(5);
    const gaps = tries.slice(1).map((t, i) => t - tries[i]!);
    expect(gaps.every((g, i) => i === 0 || g > gaps[i - 1]!)).toBe(true);
    const [row] = await store.db.select().from(outbox);
    expect(row).toMatchObject({ status: "failed", error: "ECONNRESET", attempts: 5 });
  });

  it("paces WeChat one message every interval plus jitter, within its daily cap", async () => {
    const wx = new FakeChannel("wechat", () => clock.t);
    const wxPace = paceFromConfig({ ...loadConfig({}), WECHAT_DAILY_CAP: 10 });
    clock.t = Date.parse("2022-06-12T23:59:00+08:00");
    await seedBroadcast(store.db, 12, { channel: "wechat", at: new Date(clock.t) });
    const s = new Sender({ db: store.db, channels: new Map([["wechat", wx]]), now: clock.now, sleep: clock.sleep, workerId: "w", pace: wxPace });
    await drain(s, () => wx.sent.length === 12);
    const gaps = wx.sent.slice(1).map((x, i) => x.at - wx.sent[i]!.at);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(3000);
    // the interval is padded by the 50 ms a start may be late
    expect(gaps.filter((g) => g < 3050 + 2000).length).toBeGreaterThanOrEqual(10);
    const firstDay = wx.sent.filter((x) => x.at < Date.parse("2022-06-13T00:00:00+08:00"));
    // broadcasts may use 9 of the 10 a day; the rest waits for the next Beijing day
    expect(firstDay.length).toBeLessThanOrEqual(9);
  });

  it("sends a turn's replies in their slot, and gives a reply that would wait too long back to the queue", async () => {
    const rows = await enqueue(store.db, [1, 2, 3, 4].map((i) => ({ channel: "telegram", chatId: "u", chatKind: "user" as const, payload: { text: `r${i}` } })), "w1", new Date(T0));
    await sender({ maxReplyWaitMs: 500 }).sendRows(rows);
    // three go together (a turn's burst); the fourth would wait for the 3-second window to move on
    expect(tg.sent.map((s) => s.text)).toEqual(["r1", "r2", "r3"]);
    const [fourth] = await store.db.select().from(outbox).where(eq(outbox.status, "pending"));
    expect(fourth!.notBefore.getTime()).toBe(T0 + 3050);
    clock.t = T0 + 3050;
    await sender().drainOnce();
    expect(tg.sent.map((s) => s.text)).toEqual(["r1", "r2", "r3", "r4"]);
  });

  it("lets two senders share one broadcast: every chat gets it once", async () => {
    const id = await seedBroadcast(store.db, 400);
    const real = new FakeChannel("telegram");
    real.latencyMs = 1;
    const raised = paceFromConfig({ ...loadConfig({}), TELEGRAM_RATE_GLOBAL_PER_SEC: 100_000 });
    const mk = (w: string) => new Sender({ db: store.db, channels: new Map([["telegram", real]]), now: () => new Date(), workerId: w, pace: raised, pollMs: 20 });
    const a = mk("a");
    const b = mk("b");
    a.start();
    b.start();
    await waitFor(async () => (await statuses(id)).sent === 400);
    await Promise.all([a.stop(), b.stop()]);
    expect(real.sent).toHaveLength(400);
    expect([...real.countByChat().values()].every((n) => n === 1)).toBe(true);
    const by = await store.db.select({ w: outbox.claimedBy, n: sql<number>`count(*)::int` }).from(outbox).groupBy(outbox.claimedBy);
    if (driver === "postgres") expect(by.filter((r) => r.n > 0).length).toBe(2);
  });
});
