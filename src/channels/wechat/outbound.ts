import { FileBox } from "file-box";
import type { Wechaty } from "wechaty";
import type { OutboundMessage, SendResult } from "../types.js";
import type { Pace } from "./pacer.js";

/** WeChat has no buttons: options become numbered lines, and the conversation takes "1" for the first. */
export function renderText(msg: Pick<OutboundMessage, "text" | "options">): string {
  const options = msg.options ?? [];
  if (!options.length) return msg.text;
  const list = options.map((o, i) => `${i + 1}. ${o.label}`).join("\n");
  return `${msg.text ? `${msg.text}\n\n` : ""}回复编号：\n${list}`;
}

/**
 * Splits at line breaks into pieces of at most `max` characters (code points, so no emoji is cut);
 * a single longer line is cut hard.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 1) throw new Error(`splitText: max must be at least 1, got ${max}`);
  const pieces: string[] = [];
  let lines: string[] = [];
  let size = 0;
  const flush = () => {
    const piece = lines.join("\n").replace(/^\n+|\n+$/g, "");
    if (piece.trim()) pieces.push(piece);
    lines = [];
    size = 0;
  };
  for (const line of text.split("\n")) {
    let chars = Array.from(line);
    // a joined line costs its length plus the line break before it
    if (lines.length && size + 1 + chars.length > max) flush();
    while (chars.length > max) {
      if (lines.length) flush();
      pieces.push(chars.slice(0, max).join(""));
      chars = chars.slice(max);
    }
    size += (lines.length ? 1 : 0) + chars.length;
    lines.push(chars.join(""));
  }
  flush();
  return pieces;
}

export type Part = { text: string } | { file: { name: string; bytes: Uint8Array } };

/** What one outbound message becomes on WeChat: its text pieces, then its file. */
export function toParts(msg: OutboundMessage, maxText: number): Part[] {
  const parts: Part[] = splitText(renderText(msg), maxText).map((text) => ({ text }));
  if (msg.file) parts.push({ file: { name: msg.file.name, bytes: msg.file.bytes } });
  return parts;
}

interface Sayer {
  say(something: string | ReturnType<typeof FileBox.fromBase64>): Promise<unknown>;
}

/** The contact or room to talk to, or why there is none. */
async function findTarget(bot: Wechaty, msg: OutboundMessage): Promise<Sayer | { blocked: string }> {
  if (msg.chatKind === "group") {
    const room = await bot.Room.find({ id: msg.chatId });
    return room ?? { blocked: `room ${msg.chatId} not found (dissolved, or the bot was removed)` };
  }
  const contact = await bot.Contact.find({ id: msg.chatId });
  if (!contact) return { blocked: `contact ${msg.chatId} not found (deleted the bot, or unknown)` };
  // only an explicit false: some puppets do not know and say undefined
  if (contact.friend() === false) return { blocked: `contact ${msg.chatId} is no longer a friend` };
  return contact;
}

/** Sends the parts one by one, each after its turn in the pacing queue. */
export async function deliver(bot: Wechaty, msg: OutboundMessage, parts: Part[], pace: Pace): Promise<SendResult> {
  if (!bot.isLoggedIn) return { ok: false, kind: "transient", error: "WeChat is not logged in", retryAfterMs: 60_000 };
  let target: Sayer | { blocked: string };
  try {
    target = await findTarget(bot, msg);
  } catch (e) {
    return { ok: false, kind: "transient", error: `looking up ${msg.chatId}: ${(e as Error).message}` };
  }
  if ("blocked" in target) return { ok: false, kind: "blocked", error: target.blocked };
  for (const part of parts) {
    await pace();
    try {
      // base64, not a buffer box: puppet-mock and puppet-service serialise file boxes as JSON, which a buffer box refuses
      await target.say("text" in part ? part.text : FileBox.fromBase64(Buffer.from(part.file.bytes).toString("base64"), part.file.name));
    } catch (e) {
      return { ok: false, kind: "transient", error: `sending to ${msg.chatId}: ${(e as Error).message}` };
    }
  }
  return { ok: true };
}
