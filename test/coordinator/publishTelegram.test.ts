import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { selectionRuns } from "../../src/store/schema.js";
import type { SelectionRow } from "../../src/selection/rule.js";
import { maskName } from "../../src/selection/mask.js";
import { FakeTelegram } from "../support/fakeTelegram.js";
import { startBot, type RunningBot } from "../support/telegramApp.js";
import { groupChat, inGroup, person } from "../support/telegramUpdates.js";
import { testStore } from "../support/db.js";
import { addCoordinatorRow, seedTrainees } from "./seed.js";

const entries = (texts: string[]) => texts.flatMap((t) => t.split("\n")).map((l) => /^\d+\. (.+)$/.exec(l)?.[1]).filter((x): x is string => Boolean(x));

/** Publishing through the Telegram channel to the fake Bot API: the limit is Telegram's own 4096. */
describe("publishing to a Telegram group", () => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let fake: FakeTelegram;
  let bot: RunningBot;
  const chat = groupChat(-1002001, "武汉城市圈专员交流群");
  const boss = person(9001, "林老师");
  const drain = async () => {
    while ((await bot.app.sender.drainOnce()) > 0);
  };

  beforeAll(async () => {
    store = await testStore("pglite");
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await store.reset();
    fake = await FakeTelegram.start();
    bot = await startBot(store, fake, "polling");
    await addCoordinatorRow(store.db, "telegram:9001", "wuhan");
    await seedTrainees(store.db, 210, { hours: () => 22, channel: "telegram", chatId: (i) => String(70_000 + i) });
  });
  afterEach(async () => {
    await bot.stop();
    await fake.close();
  });

  it("sends the list in messages under 4096 characters, masked without consent, the XLSX, and one private message each", async () => {
    await fake.push(inGroup(chat, boss, "/bind@hubei_ip_bot wuhan"));
    expect(fake.sentTo(chat.id).at(-1)!.text).toContain("本群已绑定到武汉“1+8”城市圈");
    // registration is still open on the fake clock (05-20): publishing early must be forced
    await fake.push(inGroup(chat, boss, "/publish"));
    expect(fake.sentTo(chat.id).at(-1)!.text).toContain("报名还在进行");
    await fake.push(inGroup(chat, boss, "/publish 强制"));
    expect(fake.sentTo(chat.id).at(-1)!.text).toContain("发布预览（尚未发送）");
    await fake.push(inGroup(chat, boss, "确认发布"));
    await drain();
    const [run] = await store.db.select().from(selectionRuns).orderBy(asc(selectionRuns.id));
    const expected = (run!.rows as SelectionRow[]).filter((r) => r.selected).map((r) => (r.consentPublish ? `${r.name}（${r.organization}）` : maskName(r.name)));
    expect(expected).toHaveLength(200);

    const inGroupSent = fake.sentTo(chat.id).slice(4);
    const texts = inGroupSent.filter((s) => s.method === "sendMessage").map((s) => s.text!);
    expect(texts.every((t) => t.length <= 4096)).toBe(true);
    expect(entries(texts)).toEqual(expected);
    const docs = inGroupSent.filter((s) => s.method === "sendDocument");
    expect(docs).toHaveLength(1);
    expect(docs[0]!.file!.name).toMatch(/\.xlsx$/);

    const privately = fake.sent.filter((s) => Number(s.chatId) >= 70_000);
    expect(privately).toHaveLength(210);
    expect(new Set(privately.map((s) => s.chatId)).size).toBe(210);

    const before = fake.sent.length;
    await fake.push(inGroup(chat, boss, "/publish 强制"));
    await drain();
    expect(fake.sent.slice(before).map((s) => s.text)).toEqual([expect.stringContaining("已发布过")]);
  });
});
