import {
  InputFile, TelegramApiError, type Api, type InlineKeyboardButton, type InlineKeyboardMarkup,
} from "node-telegram-bot-api";
import type { Option, OutboundMessage, SendResult } from "../types.js";

/** Telegram's limits: characters (UTF-16 units) of one message, bytes of a button's callback data. */
export const MAX_TEXT = 4096;
/** The longest caption a file may carry (characters). */
export const MAX_CAPTION = 1024;
export const MAX_CALLBACK_DATA = 64;
const ROW_WIDTH = 12; // CJK characters that fit across a phone, shared by the buttons of a row
const ROW_BUTTONS = 3;

export interface TextPart {
  text: string;
  reply_markup?: InlineKeyboardMarkup;
}

/** Cuts a text into messages of at most `max` units, at line breaks when there are any. */
export function splitText(text: string, max = MAX_TEXT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf("\n", max);
    let skip = 1;
    if (cut <= 0) {
      // one line longer than a message: cut it, but never between the halves of a surrogate pair
      cut = /[\uD800-\uDBFF]/.test(rest[max - 1]!) ? max - 1 : max;
      skip = 0;
    }
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut + skip);
  }
  parts.push(rest);
  return parts.filter((p) => p.trim() !== "");
}

/**
 * Buttons whose data is the option's value, which the conversation accepts as typed text.
 * A value too long for callback data falls back to its 1-based number, which the conversation also accepts.
 */
export function inlineKeyboard(options: readonly Option[]): InlineKeyboardMarkup {
  const rows: InlineKeyboardButton[][] = [];
  let row: InlineKeyboardButton[] = [];
  let width = 0;
  options.forEach((o, i) => {
    const data = Buffer.byteLength(o.value, "utf8") <= MAX_CALLBACK_DATA ? o.value : String(i + 1);
    const w = [...o.label].length;
    if (row.length && (row.length >= ROW_BUTTONS || width + w > ROW_WIDTH)) {
      rows.push(row);
      row = [];
      width = 0;
    }
    row.push({ text: o.label, callback_data: data });
    width += w;
  });
  if (row.length) rows.push(row);
  return { inline_keyboard: rows };
}

/** The text messages one outbound message becomes; the keyboard rides on the last one. */
export function planText(text: string, options?: readonly Option[]): TextPart[] {
  const parts: TextPart[] = splitText(text).map((t) => ({ text: t }));
  if (!options?.length) return parts;
  if (!parts.length) parts.push({ text: "请选择：" });
  parts[parts.length - 1]!.reply_markup = inlineKeyboard(options);
  return parts;
}

/**
 * Sends one message as plain text: no parse_mode, so whatever a trainee typed that we echo
 * (`<b>`, `*`, `_`, `[`) arrives verbatim and can never break the message.
 */
export async function deliver(api: Api, chatId: string, msg: OutboundMessage): Promise<void> {
  // a file's text that fits a caption goes with it: one call, so a crash cannot leave the text sent and the file not
  const caption = msg.file && !msg.options?.length && msg.text.trim() && msg.text.length <= MAX_CAPTION ? msg.text : undefined;
  if (caption === undefined) {
    for (const part of planText(msg.text, msg.options)) {
      await api.sendMessage({ chat_id: chatId, text: part.text, ...(part.reply_markup ? { reply_markup: part.reply_markup } : {}) });
    }
  }
  if (msg.file) {
    const f = msg.file;
    const upload = new InputFile(f.bytes, { filename: f.name, ...(f.mime ? { contentType: f.mime } : {}) });
    const with_ = caption === undefined ? {} : { caption };
    if (f.mime === "image/jpeg" || f.mime === "image/png") await api.sendPhoto({ chat_id: chatId, photo: upload, ...with_ });
    else await api.sendDocument({ chat_id: chatId, document: upload, ...with_ });
  }
}

/** What a failed call means for the outbox. */
export function sendResultOf(e: unknown): Exclude<SendResult, { ok: true }> {
  if (e instanceof TelegramApiError) {
    const error = `${e.errorCode} ${e.description}`;
    if (e.errorCode === 403) return { ok: false, kind: "blocked", error };
    if (e.errorCode === 429) return { ok: false, kind: "transient", error, retryAfterMs: (e.retryAfter ?? 1) * 1000 };
    if (e.errorCode >= 500) return { ok: false, kind: "transient", error };
    return { ok: false, kind: "permanent", error };
  }
  // a network failure, a timeout, an unreadable reply or anything unforeseen: the message may go through later
  return { ok: false, kind: "transient", error: e instanceof Error ? e.message : String(e) };
}
