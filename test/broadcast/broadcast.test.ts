import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { Sender } from "../../src/outbox/sender.js";
import { resolveAudience } from "../../src/broadcast/recipients.js";
import { parseAudience } from "../../src/broadcast/audience.js";
import { auditLog, broadcasts, conversations, outbox } from "../../src/store/schema.js";
import { DRIVERS, testStore } from "../support/db.js";
import { FakeChannel, FakeClock } from "../outbox/support.js";
import { AT, seedWorld } from "./world.js";

const config = loadConfig({ LOG_LEVEL: "silent", TELEGRAM_RATE_GLOBAL_PER_SEC: "100000" });

describe.each(DRIVERS)("broadcasts on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let app: App;
  let tg: FakeChannel;
  let clock: FakeClock;
  let n = 0;

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    await seedWorld(store.db);
    clock = new FakeClock(AT.getTime());
    tg = new FakeChannel("telegram", () => clock.t);
    app = await createApp(config, { store, channels: [tg], now: clock.now });
  });

  /** What the bot answered the user to this message. */
  async function say(user: string, text: string): Promise<string> {
    const before = tg.sent.length;
    await app.engine.handle({ channel: "telegram", messageId: `m${n++}`, userId: user, text });
    return tg.sent.slice(before).filter((s) => s.chatId === user).map((s) => s.text).join("\n");
  }
  const queued = async () => store.db.select().from(outbox).where(isNotNull(outbox.broadcastId));
  const drain = async () => {
    const s = new Sender({ db: store.db, channels: app.channels, now: clock.now, sleep: clock.sleep, workerId: "t", pace: {} });
    while ((await s.drainOnce()) > 0);
  };
  const count = async (audience: string, kind: "notice" | "news" = "notice") => {
    const a = parseAudience(audience, app.programme());
    const r = a.ok ? await resolveAudience(store.db, a.value, kind, app.programme()) : undefined;
    return r?.ok ? r.value.recipients.map((x) => x.chatId).sort() : r?.error;
  };

  it.each([
    ["all", ["n1", "r1", "r2", "r3", "s1", "s2"]],
    ["class:wuhan", ["r1", "r2"]],
    ["registered", ["r1", "r2", "r3"]],
    ["started", ["s1", "s2"]],
    ["started:wuhan", ["s1"]],
    ["selected", ["r1"]],
    ["not-selected", ["r2"]],
    ["group:telegram:-100", ["-100"]],
  ])("sends %s to the right people, leaving out who blocked the bot", async (audience, who) => {
    expect(await count(audience)).toEqual(who);
  });

  it("leaves policy news out for those who opted out, never programme notices", async () => {
    expect(await count("registered", "news")).toEqual(["r1", "r3"]);
    expect(await count("registered", "notice")).toEqual(["r1", "r2", "r3"]);
  });

  it("reaches again someone who blocked the bot and wrote to it since", async () => {
    await store.db.update(conversations).set({ updatedAt: new Date(AT.getTime() + 60_000) }).where(eq(conversations.userKey, "telegram:r4"));
    expect(await count("class:wuhan")).toEqual(["r1", "r2", "r4"]);
  });

  it("refuses a group that is not bound to a class", async () => {
    expect(await count("group:telegram:-200")).toContain("尚未绑定班次");
  });

  it("shows a coordinator the count and a preview, and queues nothing until confirmed", async () => {
    const preview = await say("prov", "/broadcast class wuhan 明天上午9点直播开班，请提前进入直播间。");
    expect(preview).toContain("人数：2");
    expect(preview).toContain("已屏蔽机器人 1 人");
    expect(preview).toContain("明天上午9点直播开班");
    const id = Number(/\/confirm (\d+)/.exec(preview)![1]);
    expect(await queued()).toHaveLength(0);
    expect(await say("prov", `/confirm ${id}`)).toContain("共 2 人");
    expect((await queued()).map((r) => r.chatId).sort()).toEqual(["r1", "r2"]);
    expect(await say("prov", `/confirm ${id}`)).toContain("已经确认过");
    expect(await queued()).toHaveLength(2);
    const audits = await store.db.select().from(auditLog).where(eq(auditLog.actor, "telegram:prov"));
    expect(audits.map((a) => [a.action, a.allowed])).toEqual([["broadcast.draft", true], ["broadcast.confirm", true], ["broadcast.confirm", false]]);
  });

  it("lets a class coordinator send only to their own class, and audits the refusal", async () => {
    expect(await say("cw", "/broadcast class yijingjingen 通知")).toContain("只能向本班发送");
    const preview = await say("cw", "/broadcast registered 本班通知");
    expect(preview).toContain("人数：2");
    const [refused] = await store.db.select().from(auditLog).where(and(eq(auditLog.actor, "telegram:cw"), eq(auditLog.allowed, false)));
    expect(refused!.action).toBe("broadcast.draft");
  });

  it("refuses trainees, and previews in a group", async () => {
    expect(await say("r1", "/broadcast all 大家好")).toContain("联络员专用");
    await app.engine.handle({ channel: "telegram", messageId: `m${n++}`, userId: "prov", group: { id: "-100" }, text: "/broadcast all 大家好" });
    expect(tg.sent.at(-1)!.text).toContain("请私聊");
    expect(await store.db.select().from(broadcasts)).toHaveLength(0);
  });

  it("will not confirm a draft older than an hour, or someone else's", async () => {
    const id = Number(/\/confirm (\d+)/.exec(await say("prov", "/broadcast registered 通知"))![1]);
    expect(await say("cw", `/confirm ${id}`)).toContain("没有您的群发草稿");
    clock.t += 61 * 60_000;
    expect(await say("prov", `/confirm ${id}`)).toContain("超过1小时");
    expect(await queued()).toHaveLength(0);
  });

  it("answers /broadcast status, and reports the end to whoever started it, with failures by reason", async () => {
    const id = Number(/\/confirm (\d+)/.exec(await say("prov", "/broadcast registered 开课通知"))![1]);
    await say("prov", `/confirm ${id}`);
    expect(await say("prov", `/broadcast status ${id}`)).toMatch(/发送中：共 3，已发 0，失败 0，剩余 3/);
    tg.script.set("r3", [{ ok: false, kind: "blocked", error: "403: Forbidden: bot was blocked by the user" }]);
    await drain();
    expect(await say("prov", `/broadcast status ${id}`)).toMatch(/已发完：共 3，已发 2，失败 1/);
    await app.reminders.tick();
    await drain();
    const report = tg.sent.filter((s) => s.chatId === "prov").at(-1)!.text;
    expect(report).toContain(`群发 #${id} 已完成：共 3，送达 2，失败 1`);
    expect(report).toContain("已屏蔽或已移出（#: Forbidden: bot was blocked by the user）：1");
    await app.reminders.tick();
    const reports = await store.db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(eq(outbox.dedupeKey, `broadcast-report:${id}`));
    expect(reports[0]!.n).toBe(1);
  });

  it("sends policy news to those who did not opt out, and says how to opt out", async () => {
    const id = Number(/\/confirm (\d+)/.exec(await say("prov", "/broadcast news registered 知识产权新政速递"))![1]);
    await say("prov", `/confirm ${id}`);
    const rows = await queued();
    expect(rows.map((r) => r.chatId).sort()).toEqual(["r1", "r3"]);
    expect((rows[0]!.payload as { text: string }).text).toContain("回复“退订”");
  });
});
