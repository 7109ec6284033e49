import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { arrive } from "../../src/engine/turnStore.js";
import { rowsOf } from "../../src/outbox/store.js";
import { RecordingChannel } from "../support/recordingChannel.js";
import { DRIVERS, twoProcessStores } from "../support/db.js";
import { waitFor } from "../outbox/support.js";

const NOW = new Date("2022-05-20T10:00:00+08:00");

describe.each(DRIVERS)("one chat's updates at two processes on one %s database", (driver) => {
  const stores = twoProcessStores(driver);
  let a: App;
  let b: App;
  let platform: RecordingChannel;
  const start = async (waitMs: number) => {
    platform = new RecordingChannel();
    const config = loadConfig({ LOG_LEVEL: "silent", INBOUND_ORDER_WAIT_MS: String(waitMs) });
    a = await createApp(config, { store: stores.store, channels: [platform], now: () => NOW });
    b = await createApp(config, { store: stores.second, channels: [platform], now: () => NOW });
  };
  beforeEach(async () => stores.store.reset());
  afterEach(async () => Promise.all([a.sender.stop(), b.sender.stop()]));

  const update = (id: number, text: string) => ({ channel: "console" as const, messageId: String(id), order: id, userId: "t1", text });
  // what process A does first with an update: its arrival is recorded, then its turn runs
  const arrivedAtA = (id: number) =>
    arrive(stores.store.db, { channel: "console", messageId: String(id), userKey: "console:t1", seq: id, now: NOW, waitMs: 60_000 });
  const inboxRow = async (id: number) =>
    rowsOf<{ handled: unknown }>(await stores.store.db.execute(sql`select handled from inbox where message_id = ${String(id)}`))[0];

  it("handles an update after the earlier one of its chat that arrived at the other process first", async () => {
    await start(60_000);
    await arrivedAtA(100);
    // the trainee's next update reaches B while A has not yet handled the first
    const later = b.engine.handle(update(101, "同意"));
    await waitFor(async () => (await inboxRow(101)) !== undefined, 20_000, 10);
    await a.engine.handle(update(100, "报名"));
    await later;
    const texts = platform.sent.map((m) => m.text);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain("个人信息");
    expect(texts[1]).toContain("公布");
  });

  it("handles an update whose arrival was recorded by a process that died before handling it, when it comes again", async () => {
    await start(60_000);
    await arrivedAtA(100);
    await b.engine.handle(update(100, "报名"));
    expect(platform.sent.map((m) => m.text)).toHaveLength(1);
    await a.engine.handle(update(100, "报名"));
    expect(platform.sent).toHaveLength(1);
    expect([true, "t"]).toContain((await inboxRow(100))!.handled);
  });

  it("waits for an earlier update that is never handled only as long as configured", async () => {
    await start(200);
    await arrivedAtA(100);
    await b.engine.handle(update(101, "报名"));
    expect(platform.sent.map((m) => m.text)).toEqual([expect.stringContaining("个人信息")]);
  });
});
