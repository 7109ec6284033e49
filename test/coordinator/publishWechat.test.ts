import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { selectionRuns } from "../../src/store/schema.js";
import type { SelectionRow } from "../../src/selection/rule.js";
import { maskName } from "../../src/selection/mask.js";
import { testStore } from "../support/db.js";
import { IN_WINDOW, WechatWorld, type ContactMock } from "../support/wechat.js";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { addCoordinatorRow, seedTrainees } from "./seed.js";

const entries = (texts: string[]) => texts.flatMap((t) => t.split("\n")).map((l) => /^\d+\. (.+)$/.exec(l)?.[1]).filter((x): x is string => Boolean(x));
const until = async (ok: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Publishing through the WeChat channel over wechaty-puppet-mock: pieces of at most 2000 characters. */
describe("publishing to a WeChat group", () => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let world: WechatWorld;
  let boss: ContactMock;
  let trainees: ContactMock[];

  beforeAll(async () => {
    store = await testStore("pglite");
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    // the world without a store records only; the app is ours, with WeChat's pacing lifted (this is about content)
    world = await new WechatWorld().start();
    const config = loadConfig({ LOG_LEVEL: "silent", WECHATY_PUPPET: "wechaty-puppet-mock", WECHAT_SEND_INTERVAL_MS: "0", WECHAT_SEND_JITTER_MS: "0" });
    world.app = await createApp(config, { channels: [world.channel], store, now: () => IN_WINDOW });
    boss = world.person("林老师");
    trainees = Array.from({ length: 6 }, (_, i) => world.person(`学员${i}`));
    await addCoordinatorRow(store.db, `wechat:${boss.id}`, "wuhan");
    // 200 from the questionnaire fill the list; six on WeChat are told privately (WeChat's pace keeps this small)
    await seedTrainees(store.db, 200, { hours: () => 22, imported: () => true, prefix: "q", firstMobile: 13_500_000_000 });
    await seedTrainees(store.db, 6, { hours: () => 22, channel: "wechat", chatId: (i) => trainees[i]!.id });
  });
  afterEach(async () => world.stop());

  it("sends the list under 2000 characters a message, masked without consent, the file, and one private message each", async () => {
    const room = world.room("武汉城市圈专员交流群", [boss, ...trainees.slice(0, 3)]);
    expect((await world.say(boss, "/bind wuhan", room, [world.self])).join()).toContain("本群已绑定");
    expect((await world.say(boss, "/publish 强制", room)).join()).toContain("发布预览");
    await world.say(boss, "确认发布", room);
    while ((await world.app!.sender.drainOnce()) > 0);
    await until(() => trainees.every((t) => (world.received.get(t.id) ?? []).length >= 1) && (world.received.get(room.id) ?? []).includes("[file]"));
    const [run] = await store.db.select().from(selectionRuns).orderBy(asc(selectionRuns.id));
    const expected = (run!.rows as SelectionRow[]).filter((r) => r.selected).map((r) => (r.consentPublish ? `${r.name}（${r.organization}）` : maskName(r.name)));
    const said = world.received.get(room.id)!.slice(2);
    expect(said.every((t) => Array.from(t).length <= 2000)).toBe(true);
    expect(entries(said)).toEqual(expected);
    expect(trainees.every((t) => world.received.get(t.id)!.length === 1)).toBe(true);

    const again = await world.say(boss, "/publish 强制", room);
    while ((await world.app!.sender.drainOnce()) > 0);
    expect(again).toEqual([expect.stringContaining("已发布过")]);
  });
});
