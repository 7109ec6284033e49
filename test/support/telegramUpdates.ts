import type { Chat, Message, MessageEntity, User } from "node-telegram-bot-api";
import type { NewUpdate, Sent } from "./fakeTelegram.js";

/** Builders for the updates Telegram sends: what a trainee or a group member does. */
let messageIds = 100;
const now = () => Math.floor(Date.now() / 1000);

export const person = (id: number, first_name: string, username?: string): User => ({ id, is_bot: false, first_name, ...(username ? { username } : {}) });
export const privateChat = (u: User): Chat => ({ id: u.id, type: "private", first_name: u.first_name });
export const groupChat = (id: number, title: string, type: "group" | "supergroup" = "group"): Chat => ({ id, type, title });

function message(from: User, chat: Chat, extra: Partial<Message>): Message {
  return { message_id: ++messageIds, date: now(), from, chat, ...extra };
}

const entity = (type: string, offset: number, length: number, extra: Partial<MessageEntity> = {}) =>
  ({ type, offset, length, ...extra }) as MessageEntity;

export function text(from: User, t: string, chat: Chat = privateChat(from)): NewUpdate {
  const entities = /^\/\w+/.test(t) ? [entity("bot_command", 0, t.split(/\s/, 1)[0]!.length)] : undefined;
  return { message: message(from, chat, { text: t, ...(entities ? { entities } : {}) }) };
}

/** A tap on an inline button of a message the bot sent. */
export function tap(from: User, sent: Sent, label: string): NewUpdate {
  const button = sent.keyboard?.flat().find((b) => b.text === label);
  if (!button?.callback_data) throw new Error(`no button “${label}” on message ${sent.messageId}`);
  const chat: Chat = Number(sent.chatId) === from.id ? privateChat(from) : groupChat(Number(sent.chatId), "group");
  return {
    callback_query: {
      id: `cq-${++messageIds}`, from, chat_instance: "ci-1", data: button.callback_data,
      message: { message_id: sent.messageId, date: now(), chat, text: sent.text },
    },
  };
}

export function document(from: User, file: { file_id: string; file_unique_id: string; file_size: number }, name: string, mime: string): NewUpdate {
  return { message: message(from, privateChat(from), { document: { ...file, file_name: name, mime_type: mime } }) };
}

export function photo(from: User, file: { file_id: string; file_unique_id: string; file_size: number }): NewUpdate {
  const small = { ...file, file_id: `${file.file_id}-thumb`, width: 90, height: 90 };
  return { message: message(from, privateChat(from), { photo: [small, { ...file, width: 1280, height: 960 }] }) };
}

export function sticker(from: User): NewUpdate {
  const s = { file_id: "sticker-1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false };
  return { message: message(from, privateChat(from), { sticker: s as Message["sticker"] }) };
}

/** A group message; `mention` puts "@bot " in front of the text with its mention entity. */
export function inGroup(chat: Chat, from: User, t: string, o: { mention?: string; replyTo?: Message } = {}): NewUpdate {
  const body = o.mention ? `@${o.mention} ${t}` : t;
  const entities = o.mention ? [entity("mention", 0, o.mention.length + 1)] : undefined;
  return { message: message(from, chat, { text: body, ...(entities ? { entities } : {}), ...(o.replyTo ? { reply_to_message: o.replyTo } : {}) }) };
}

/** The service message in the old group when it becomes a supergroup. */
export function migrated(old: Chat, toId: number, by: User): NewUpdate {
  return { message: message(by, old, { migrate_to_chat_id: toId }) };
}

/** The bot's own earlier message, for replies to it. */
export function botMessage(bot: User, chat: Chat, t: string): Message {
  return message(bot, chat, { text: t });
}
