import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, isNotNull } from "drizzle-orm";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { runDueReminders } from "../../src/reminders/run.js";
import { outbox, programmeUpdates, receipts, reminders } from "../../src/store/schema.js";
import { DRIVERS, testStore } from "../support/db.js";
import { FakeChannel, FakeClock } from "../outbox/support.js";
import { seedWorld } from "../broadcast/world.js";

const config = loadConfig({ LOG_LEVEL: "silent", TELEGRAM_RATE_GLOBAL_PER_SEC: "100000" });
const EVENING = Date.parse("2022-06-12T19:00:30+08:00");

describe.each(DRIVERS)("reminders on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let clock: FakeClock;
  let tg: FakeChannel;
  let n = 0;

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    await seedWorld(store.db);
    clock = new FakeClock(EVENING);
    tg = new FakeChannel("telegram", () => clock.t);
  });

  /** A bot process: each call is a fresh start against the same database. */
  const boot = () => createApp(config, { store, channels: [tg], now: clock.now });
  const deliveries = async (key: string) => {
    const [r] = await store.db.select().from(reminders).where(eq(reminders.key, key));
    return r?.broadcastId ? store.db.select().from(outbox).where(eq(outbox.broadcastId, r.broadcastId)) : [];
  };

  it("tells registered trainees the next day's topics once, however often the worker runs or restarts", async () => {
    const first = await boot();
    await first.reminders.tick();
    await first.reminders.tick();
    clock.t += 3 * 3_600_000;
    const second = await boot();
    await second.reminders.tick();
    const rows = await deliveries("online-day:2022-06-13");
    expect(rows.map((r) => r.chatId).sort()).toEqual(["r1", "r2", "r3"]);
    expect((rows[0]!.payload as { text: string }).text).toContain("培训班开班仪式");
    expect(await store.db.select().from(reminders)).toHaveLength(1);
  });

  it("sends once when two processes reach the same reminder at the same moment", async () => {
    const [a, b] = [await boot(), await boot()];
    const fired = await Promise.all([runDueReminders(store.db, a.programme(), clock.now()), runDueReminders(store.db, b.programme(), clock.now())]);
    expect(fired.flat()).toHaveLength(1);
    expect(await deliveries("online-day:2022-06-13")).toHaveLength(3);
  });

  it("reminds those who started but did not submit, on the day before the deadline", async () => {
    clock.t = Date.parse("2022-06-04T09:00:00+08:00");
    await (await boot()).reminders.tick();
    expect((await deliveries("form-deadline:2022-06-05")).map((r) => r.chatId).sort()).toEqual(["s1", "s2"]);
  });

  it("asks the trainees who submitted without a stamped scan for it, three days before the deadline, once", async () => {
    await store.db.insert(receipts).values({ userKey: "telegram:r1", fileName: "回执.pdf", mime: "application/pdf", size: 4, bytes: new Uint8Array([37, 80, 68, 70]) });
    clock.t = Date.parse("2022-06-02T09:00:00+08:00");
    await (await boot()).reminders.tick();
    await (await boot()).reminders.tick();
    // r4 blocked the bot; the imported trainee has no chat
    const rows = await deliveries("receipt-missing:2022-06-05");
    expect(rows.map((r) => r.chatId).sort()).toEqual(["r2", "r3"]);
    expect((rows[0]!.payload as { text: string }).text).toMatch(/盖章.*6月5日前.*发送“回执”可下载/);
  });

  describe("announcing the offline training", () => {
    let app: App;
    beforeEach(async () => {
      clock.t = Date.parse("2022-06-28T10:00:00+08:00");
      app = await boot();
    });
    const say = async (user: string, text: string) => {
      const before = tg.sent.length;
      await app.engine.handle({ channel: "telegram", messageId: `a${n++}`, userId: user, text });
      return tg.sent.slice(before).map((s) => s.text).join("\n");
    };

    it("changes the programme every process answers from, and tells the selected trainees once", async () => {
      const reply = await say("prov", "/announce offline 2022-07-05 武汉市某某酒店");
      expect(reply).toContain("已通知入选学员 1 人");
      expect(app.programme().offline.place).toBeNull();
      const other = await boot();
      expect(other.programme().offline).toMatchObject({ startDate: "2022-07-05", place: "武汉市某某酒店" });
      await app.programmeSource.refresh();
      expect(app.programme().offline.place).toBe("武汉市某某酒店");
      const told = await store.db.select().from(outbox).where(isNotNull(outbox.broadcastId));
      expect(told.map((r) => r.chatId)).toEqual(["r1"]);
      expect((told[0]!.payload as { text: string }).text).toContain("地点：武汉市某某酒店");
      const [row] = await store.db.select().from(reminders);
      expect(row!.key).toMatch(/^offline:\d+$/);
    });

    it("keeps a class coordinator to their own class", async () => {
      expect(await say("cw", "/announce offline yijingjingen 2022-07-08 宜昌某宾馆")).toContain("只能公布本班");
      expect(await say("cw", "/announce offline 2022-07-05 武汉某酒店")).toContain("已公布");
      const [u] = await store.db.select().from(programmeUpdates);
      expect(u!.patch).toMatchObject({ classId: "wuhan", startDate: "2022-07-05" });
      expect(await say("r1", "/announce offline 2022-07-05 某地")).toContain("联络员专用");
    });

    it("refuses a date that does not exist", async () => {
      expect(await say("prov", "/announce offline 2022-02-30 某地")).toContain("日期");
      expect(await store.db.select().from(programmeUpdates)).toHaveLength(0);
    });
  });
});
