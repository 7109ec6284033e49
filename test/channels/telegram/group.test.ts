import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { groups } from "../../../src/store/schema.js";
import { migrateGroup } from "../../../src/store/groups.js";
import { FakeTelegram } from "../../support/fakeTelegram.js";
import { startBot, type RunningBot } from "../../support/telegramApp.js";
import { botMessage, groupChat, inGroup, migrated, person } from "../../support/telegramUpdates.js";
import { testStore } from "../../support/db.js";

let store: Awaited<ReturnType<typeof testStore>>;
let fake: FakeTelegram;
let bot: RunningBot;
beforeAll(async () => {
  store = await testStore("pglite");
});
afterAll(() => store.close());
beforeEach(async () => {
  await store.reset();
  fake = await FakeTelegram.start();
  bot = await startBot(store, fake, "polling");
});
afterEach(async () => {
  await bot.stop();
  await fake.close();
});

const chat = groupChat(-3001, "宜荆荆恩城市群交流群");
const fang = person(8101, "芳");
const botUser = () => ({ ...fake.me, is_bot: true });

describe("in a group", () => {
  it("answers a question that @-mentions the bot, in the group", async () => {
    await fake.push(inGroup(chat, fang, "培训要交费吗？", { mention: fake.me.username }));
    const [answer] = fake.sentTo(chat.id);
    expect(answer!.text).toBeTruthy();
    expect(answer!.params.parse_mode).toBeUndefined();
  });

  it("answers a reply to its own message as if mentioned", async () => {
    await fake.push(inGroup(chat, fang, "线上培训几号开始？", { replyTo: botMessage(botUser(), chat, "欢迎大家") }));
    expect(fake.sentTo(chat.id)).toHaveLength(1);
  });

  it("stays silent at chatter that does not mention it", async () => {
    await fake.push(inGroup(chat, fang, "大家好，今天天气不错"), inGroup(chat, person(8102, "强"), "哈哈，是啊"));
    expect(fake.sentTo(chat.id)).toHaveLength(0);
  });

  it("moves the group's class binding when the group becomes a supergroup", async () => {
    await fake.push(inGroup(chat, fang, "大家好"));
    await store.db.update(groups).set({ classId: "yijing", boundBy: "telegram:1" });
    await fake.push(migrated(chat, -1003001, fang));
    const rows = await store.db.select().from(groups);
    expect(rows).toEqual([expect.objectContaining({ chatId: "-1003001", classId: "yijing", boundBy: "telegram:1" })]);
  });

  it("follows a migration it learns from a refused send, and delivers to the supergroup", async () => {
    await fake.push(inGroup(chat, fang, "大家好"));
    fake.failNext("sendMessage", {
      error_code: 400, description: "Bad Request: group chat was upgraded to a supergroup chat", parameters: { migrate_to_chat_id: -1003001 },
    });
    const result = await bot.channel.send({ channel: "telegram", chatId: String(chat.id), chatKind: "group", text: "明天开课" });
    expect(result).toEqual({ ok: true });
    expect(fake.sentTo(-1003001).map((s) => s.text)).toEqual(["明天开课"]);
    expect((await store.db.select().from(groups)).map((g) => g.chatId)).toEqual(["-1003001"]);
  });

  it("merges into the supergroup's row when one of its messages came first, keeping the binding", async () => {
    await store.db.insert(groups).values([
      { channel: "telegram", chatId: "-3001", classId: "yijing", title: "旧群" },
      { channel: "telegram", chatId: "-1003001", title: "新群" },
    ]);
    await migrateGroup(store.db, "telegram", "-3001", "-1003001");
    await migrateGroup(store.db, "telegram", "-3001", "-1003001");
    expect(await store.db.select().from(groups)).toEqual([expect.objectContaining({ chatId: "-1003001", classId: "yijing", title: "新群" })]);
  });
});
