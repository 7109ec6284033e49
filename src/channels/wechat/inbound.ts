import { types, type Message } from "wechaty";
import type { InboundMessage } from "../types.js";

/** What the trainee sent, in words the conversation can echo back ("暂不支持这类消息（语音）"). */
const KIND_NAMES: Partial<Record<types.Message, string>> = {
  [types.Message.Attachment]: "文件",
  [types.Message.Audio]: "语音",
  [types.Message.Contact]: "名片",
  [types.Message.ChatHistory]: "聊天记录",
  [types.Message.Emoticon]: "表情",
  [types.Message.Image]: "图片",
  [types.Message.Location]: "位置",
  [types.Message.MiniProgram]: "小程序",
  [types.Message.Transfer]: "转账",
  [types.Message.RedEnvelope]: "红包",
  [types.Message.Url]: "链接",
  [types.Message.Video]: "视频",
};
const kindName = (t: types.Message) => KIND_NAMES[t] ?? "未知类型的消息";

/** Nothing is said about these: they are not addressed to the bot. */
const SILENT = new Set([types.Message.Recalled, types.Message.GroupNote, types.Message.Post]);

/** Above this a file is not even downloaded; the conversation refuses receipts far smaller. */
export const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/**
 * A WeChat message as the engine sees it, or undefined for one the bot must not answer
 * (its own, an official account's push, a recall). The id is WeChat's own, so a repeated
 * event or a replay after a restart is recognised by the engine's inbox.
 */
export async function toInbound(m: Message, warn: (why: string) => void = () => {}): Promise<InboundMessage | undefined> {
  if (m.self()) return undefined;
  const type = m.type();
  if (SILENT.has(type)) return undefined;
  const talker = m.talker();
  if (talker.type() === types.Contact.Official) return undefined;
  const at = m.date().getTime();
  const base = { channel: "wechat" as const, messageId: m.id, ...(Number.isSafeInteger(at) ? { order: at } : {}), userId: talker.id, userName: talker.name() || undefined };

  const room = m.room();
  if (room) {
    const group = { id: room.id, title: (await room.topic().catch(() => "")) || undefined };
    if (type !== types.Message.Text) return { ...base, group, other: kindName(type) };
    const mentioned = await m.mentionSelf();
    return { ...base, group, mentioned, text: await m.mentionText() };
  }

  if (type === types.Message.Text) return { ...base, text: m.text() };
  if (type === types.Message.Attachment || type === types.Message.Image) {
    const file = await download(m, warn);
    return typeof file === "string" ? { ...base, other: file } : { ...base, file };
  }
  return { ...base, other: kindName(type) };
}

/** The file's bytes, or the reason there are none, to be told to the trainee. */
async function download(m: Message, warn: (why: string) => void): Promise<{ name: string; bytes: Uint8Array } | string> {
  try {
    const box = await m.toFileBox();
    if (box.size > MAX_DOWNLOAD_BYTES) return `超过${MAX_DOWNLOAD_BYTES / 1024 / 1024}MB的文件`;
    const buf = await box.toBuffer();
    return { name: box.name, bytes: new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) };
  } catch (e) {
    warn(`downloading the file of message ${m.id}: ${(e as Error).message}`);
    return "未能下载的文件，请重新发送";
  }
}
