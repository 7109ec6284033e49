import type { Chat, Message, MessageEntity, Update, User } from "node-telegram-bot-api";
import type { InboundMessage } from "../types.js";

export interface BotIdentity {
  id: number;
  username?: string;
}

/** A file the message carries, still on Telegram's side. */
export interface RemoteFile {
  fileId: string;
  name: string;
  size?: number;
}

/** What one update asks of the channel; the I/O (download, answer, hook) is the caller's. */
export interface Reading {
  msg?: Omit<InboundMessage, "file">;
  file?: RemoteFile;
  /** A tapped inline button, to be answered so the client stops its spinner. */
  callbackId?: string;
  /** A group became a supergroup: its binding must follow. */
  migrated?: { from: string; to: string };
}

const OTHER_KINDS: [keyof Message, string][] = [
  ["sticker", "贴纸"], ["voice", "语音"], ["video_note", "视频消息"], ["video", "视频"], ["audio", "音频"],
  ["animation", "动图"], ["location", "位置"], ["venue", "地点"], ["contact", "名片"], ["poll", "投票"],
  ["dice", "骰子"], ["story", "动态"], ["game", "游戏"],
];

const isGroup = (chat: Chat) => chat.type === "group" || chat.type === "supergroup";
const nameOf = (u: User) => [u.first_name, u.last_name].filter(Boolean).join(" ") || u.username;

/** Turns one update into what the engine understands; undefined when there is nothing to handle. */
export function readUpdate(update: Update, bot: BotIdentity): Reading | undefined {
  const messageId = String(update.update_id);
  const order = Number.isSafeInteger(update.update_id) ? { order: update.update_id } : {};
  if ("callback_query" in update) {
    const q = update.callback_query;
    const chat = q.message?.chat;
    if (q.data === undefined) return { callbackId: q.id };
    const group = chat && isGroup(chat) ? { id: String(chat.id), title: chat.title } : undefined;
    const msg = { channel: "telegram" as const, messageId, ...order, userId: String(q.from.id), userName: nameOf(q.from), text: q.data };
    return { callbackId: q.id, msg: group ? { ...msg, group, mentioned: true } : msg };
  }
  if (!("message" in update)) return undefined;
  const m = update.message;
  const migrated = migrationOf(m);
  if (migrated) return { migrated };
  if (!m.from || m.from.is_bot) return undefined;
  const base = { channel: "telegram" as const, messageId, ...order, userId: String(m.from.id), userName: nameOf(m.from) };
  const group = isGroup(m.chat) ? { id: String(m.chat.id), title: m.chat.title } : undefined;
  const head: Omit<InboundMessage, "file"> = group ? { ...base, group, mentioned: m.reply_to_message?.from?.id === bot.id } : base;

  const file = fileOf(m);
  if (file) return { msg: head, file };
  if (typeof m.text === "string") {
    const a = addressed(m.text, m.entities ?? [], bot);
    const msg = { ...head, text: deepLink(a.text) };
    return { msg: group ? { ...msg, mentioned: Boolean(head.mentioned) || a.mentioned } : msg };
  }
  const other = OTHER_KINDS.find(([k]) => m[k] !== undefined);
  return other ? { msg: { ...head, other: other[1] } } : undefined;
}

function migrationOf(m: Message): Reading["migrated"] {
  if (m.migrate_to_chat_id !== undefined) return { from: String(m.chat.id), to: String(m.migrate_to_chat_id) };
  if (m.migrate_from_chat_id !== undefined) return { from: String(m.migrate_from_chat_id), to: String(m.chat.id) };
  return undefined;
}

function fileOf(m: Message): RemoteFile | undefined {
  if (m.document) {
    const d = m.document;
    return { fileId: d.file_id, name: d.file_name ?? `document_${m.message_id}`, size: d.file_size };
  }
  // Telegram lists a photo's sizes smallest first; the receipt must be legible
  const p = m.photo?.[m.photo.length - 1];
  if (p) return { fileId: p.file_id, name: `photo_${m.message_id}.jpg`, size: p.file_size };
  return undefined;
}

/** "/start <payload>" from a t.me deep link is just "/start" to the conversation. */
const deepLink = (t: string) => (/^\/start\s/.test(t) ? "/start" : t);

/**
 * Whether the text addresses the bot (an @mention of it, a text mention of it, or a "/cmd@bot"),
 * with those mentions removed. Entity offsets are UTF-16 code units, as are JS string indices.
 */
export function addressed(text: string, entities: readonly MessageEntity[], bot: BotIdentity): { mentioned: boolean; text: string } {
  const handle = bot.username ? `@${bot.username.toLowerCase()}` : undefined;
  const cuts: [number, number][] = [];
  for (const e of entities) {
    const piece = text.slice(e.offset, e.offset + e.length);
    if (e.type === "mention" && handle && piece.toLowerCase() === handle) cuts.push([e.offset, e.offset + e.length]);
    else if (e.type === "text_mention" && e.user?.id === bot.id) cuts.push([e.offset, e.offset + e.length]);
    else if (e.type === "bot_command" && handle && piece.toLowerCase().endsWith(handle)) {
      cuts.push([e.offset + e.length - handle.length, e.offset + e.length]);
    }
  }
  if (!cuts.length) return { mentioned: false, text };
  let out = text;
  for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + out.slice(to);
  return { mentioned: true, text: out.replace(/[ \t]{2,}/g, " ").trim() };
}
