import { isUserIdOf } from "./ids.js";

/** What every channel turns its SDK's events into, and what it is asked to send. */
export const CHANNEL_NAMES = ["telegram", "wechat", "console"] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export interface InboundFile {
  name: string;
  /** The bytes as downloaded; the core judges the type by content, never by name. */
  bytes: Uint8Array;
}

export interface InboundMessage {
  channel: ChannelName;
  /** Unique per channel; a redelivery carries the same id and is handled once. */
  messageId: string;
  /** The message's place in its chat, when the platform gives one: Telegram's update id, WeChat's message time (ms). */
  order?: number;
  /** The sender's id on the channel (no prefix): the identity is `${channel}:${userId}`. */
  userId: string;
  userName?: string;
  /** Set for a group chat. */
  group?: { id: string; title?: string };
  /** In a group: the bot was @-mentioned or replied to. */
  mentioned?: boolean;
  text?: string;
  file?: InboundFile;
  /** A message with neither text nor a file: a sticker, a voice note, a location... */
  other?: string;
}

export interface Option {
  label: string;
  value: string;
}

export interface OutboundFile {
  name: string;
  bytes: Uint8Array;
  mime?: string;
}

export interface OutboundMessage {
  channel: ChannelName;
  chatId: string;
  chatKind: "user" | "group";
  text: string;
  options?: Option[];
  file?: OutboundFile;
}

export type SendResult =
  | { ok: true }
  /** The recipient blocked the bot or left: never retry. */
  | { ok: false; kind: "blocked"; error: string }
  /** Try again later, no earlier than retryAfterMs when the platform said so. */
  | { ok: false; kind: "transient"; error: string; retryAfterMs?: number }
  | { ok: false; kind: "permanent"; error: string };

export type InboundHandler = (msg: InboundMessage) => Promise<void>;

export interface ChannelLimits {
  /** Longest text one message may carry. */
  maxText: number;
}

export interface Channel {
  readonly name: ChannelName;
  readonly limits: ChannelLimits;
  /** Starts intake; every inbound message goes to `onMessage`, whose promise resolves once it is committed. */
  start(onMessage: InboundHandler): Promise<void>;
  /** Stops intake and waits for the handlers in flight. */
  stop(): Promise<void>;
  send(msg: OutboundMessage): Promise<SendResult>;
}

export const userKey = (channel: ChannelName, userId: string) => `${channel}:${userId}`;

/** `channel:id` with an id of the channel's form (telegram:123456789, wechat:wxid_abc), else undefined. */
export function parseUserKey(key: string): { channel: ChannelName; userId: string } | undefined {
  const i = key.indexOf(":");
  if (i < 0) return undefined;
  const channel = key.slice(0, i) as ChannelName;
  if (!CHANNEL_NAMES.includes(channel) || !isUserIdOf(channel, key.slice(i + 1))) return undefined;
  return { channel, userId: key.slice(i + 1) };
}
