import { describe, expect, it } from "vitest";
import type { MessageEntity, Update } from "node-telegram-bot-api";
import { addressed, readUpdate } from "../../../src/channels/telegram/inbound.js";
import { botMessage, groupChat, inGroup, person, text } from "../../support/telegramUpdates.js";

const bot = { id: 123456, username: "hubei_ip_bot" };
const botUser = { id: bot.id, is_bot: true, first_name: "助手", username: bot.username };
const ming = person(7001, "明", "ming");
const group = groupChat(-2001, "荆门班");
const read = (u: ReturnType<typeof text>) => readUpdate({ update_id: 1, ...u } as Update, bot);
const e = (type: string, offset: number, length: number, extra = {}) => ({ type, offset, length, ...extra }) as MessageEntity;

describe("addressed", () => {
  it.each([
    ["@hubei_ip_bot 培训要钱吗", [e("mention", 0, 13)], true, "培训要钱吗"],
    ["请问 @Hubei_IP_Bot 几号开课", [e("mention", 3, 13)], true, "请问 几号开课"],
    ["@someone_else 你好", [e("mention", 0, 13)], false, "@someone_else 你好"],
    ["/status@hubei_ip_bot", [e("bot_command", 0, 20)], true, "/status"],
    ["助手 几号开课", [e("text_mention", 0, 2, { user: botUser })], true, "几号开课"],
    ["😀 @hubei_ip_bot 报名", [e("mention", 3, 13)], true, "😀 报名"],
  ])("%s", (t, entities, mentioned, stripped) => {
    expect(addressed(t, entities, bot)).toEqual({ mentioned, text: stripped });
  });
});

describe("readUpdate", () => {
  it("reads a private text with no group and no mention flag, its place in the chat by update id", () => {
    expect(read(text(ming, "报名"))!.msg).toEqual({ channel: "telegram", messageId: "1", order: 1, userId: "7001", userName: "明", text: "报名" });
  });

  it("reads a deep link's /start as /start", () => {
    expect(read(text(ming, "/start from-poster"))!.msg!.text).toBe("/start");
  });

  it("marks a group message that @-mentions the bot, without the mention", () => {
    expect(read(inGroup(group, ming, "培训要钱吗", { mention: "hubei_ip_bot" }))!.msg).toMatchObject({
      group: { id: "-2001", title: "荆门班" }, mentioned: true, text: "培训要钱吗",
    });
  });

  it("marks a group message replying to the bot", () => {
    const u = inGroup(group, ming, "那几号开课？", { replyTo: botMessage(botUser, group, "线上培训6月13日开始") });
    expect(read(u)!.msg).toMatchObject({ mentioned: true, text: "那几号开课？" });
  });

  it("leaves group chatter unmarked", () => {
    expect(read(inGroup(group, ming, "大家好"))!.msg).toMatchObject({ mentioned: false, text: "大家好" });
  });

  it("ignores service messages and other bots", () => {
    expect(read({ message: { message_id: 1, date: 0, chat: group, from: ming, new_chat_members: [ming] } })).toBeUndefined();
    expect(read(text({ ...ming, is_bot: true }, "hi"))).toBeUndefined();
  });
});
