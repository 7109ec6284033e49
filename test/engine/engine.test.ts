import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { RecordingChannel } from "../support/recordingChannel.js";
import { contacts, conversations, outbox, registrations } from "../../src/store/schema.js";
import { DRIVERS, testStore } from "../support/db.js";
import { GOOD_ANSWERS } from "../support/jsonl.js";


const NOW = new Date("2022-05-20T10:00:00+08:00");

describe.each(DRIVERS)("the engine on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let app: App;
  let channel: RecordingChannel;
  let n = 0;
  const say = (user: string, text: string, id = `m${n++}`) => app.engine.handle({ channel: "console", messageId: id, userId: user, text });

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    channel = new RecordingChannel(4096);
    app = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store, channels: [channel], now: () => NOW });
  });

  it("handles a message id once, however often it is delivered", async () => {
    await Promise.all([say("u", "报名", "same"), say("u", "报名", "same"), say("u", "报名", "same")]);
    expect(channel.sent).toHaveLength(1);
    const [row] = await store.db.select().from(conversations).where(eq(conversations.userKey, "console:u"));
    expect(row!.turns).toBe(1);
  });

  it("handles one trainee's concurrent messages one at a time, in a consistent order", async () => {
    await say("c", "报名");
    await Promise.all([say("c", "同意"), say("c", "同意")]);
    const [row] = await store.db.select().from(conversations).where(eq(conversations.userKey, "console:c"));
    expect(row!.turns).toBe(3);
    expect((row!.state as { phase: string }).phase).toBe("form");
  });

  it("commits the replies with the turn and marks them sent after sending", async () => {
    await say("s", "报名");
    const rows = await store.db.select().from(outbox);
    expect(rows.map((r) => r.status)).toEqual(["sent"]);
  });

  it("keeps a reply the platform refused transiently in the outbox for a retry", async () => {
    channel.refuse = { ok: false, kind: "transient", error: "503", retryAfterMs: 5000 };
    await say("t", "报名");
    const [row] = await store.db.select().from(outbox);
    expect(row).toMatchObject({ status: "pending", error: "503" });
    expect(row!.notBefore.getTime()).toBeGreaterThanOrEqual(NOW.getTime() + 5000);
  });

  it("lets only one of two identities racing with the same mobile register it", async () => {
    const upTo = ["报名", ...GOOD_ANSWERS.map(([, v]) => v)];
    for (const u of ["p", "q"]) for (const v of upTo) await say(u, v);
    await Promise.all([say("p", "确认提交"), say("q", "确认提交")]);
    const regs = await store.db.select().from(registrations);
    expect(regs).toHaveLength(1);
    const texts = channel.sent.map((m) => m.text).join("\n");
    expect(texts).toContain("报名已提交成功");
    expect(texts).toContain("已被其他账号用于报名");
  });

  it("marks final the replies after which nothing is awaited: a submitted registration's, not a form prompt's", async () => {
    for (const v of ["报名", ...GOOD_ANSWERS.map(([, v]) => v)]) await say("f", v);
    const before = await store.db.select().from(outbox);
    expect(before.some((r) => (r.payload as { final?: boolean }).final)).toBe(false);
    await say("f", "确认提交");
    await say("f", "我的报名");
    const after = (await store.db.select().from(outbox)).filter((r) => !before.some((b) => b.id === r.id));
    expect(after.map((r) => (r.payload as { text: string }).text.slice(0, 7))).toContain("报名已提交成功");
    expect(after.filter((r) => !(r.payload as { render?: unknown }).render).every((r) => (r.payload as { final?: boolean }).final)).toBe(true);
  });

  it("keeps no contact details before consent, and forgets them on cancel", async () => {
    await say("v", "报名");
    expect(await store.db.select().from(contacts)).toEqual([]);
    await say("v", "同意");
    expect((await store.db.select().from(contacts)).map((c) => c.userKey)).toEqual(["console:v"]);
    await say("v", "取消报名");
    expect(await store.db.select().from(contacts)).toEqual([]);
  });
});
