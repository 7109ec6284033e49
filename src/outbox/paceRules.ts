import type { Config } from "../config.js";
import type { PaceCandidate, PaceRule, WindowRule } from "./pace.js";

/** The limits of one channel: the whole account, one private chat, one group. */
export interface ChannelPace {
  channel: PaceRule;
  chat?: WindowRule;
  group?: WindowRule;
  /** Sends in flight at once per process: a call to the platform takes longer than one slot. */
  inFlight: number;
}

export type PaceConfig = Partial<Record<string, ChannelPace>>;

type PaceSettings = Pick<
  Config,
  | "TELEGRAM_RATE_GLOBAL_PER_SEC" | "TELEGRAM_RATE_CHAT_PER_SEC" | "TELEGRAM_RATE_GROUP_PER_MIN"
  | "WECHAT_SEND_INTERVAL_MS" | "WECHAT_SEND_JITTER_MS" | "WECHAT_DAILY_CAP"
>;

/**
 * How late a sender may start a message after its slot (event loop, a busy machine); later, it gives the message
 * back instead. Every limit below is padded by it, so even late starts never exceed the configured rate.
 */
export const LATE_MS = 50;

/**
 * Telegram: 30/s for the bot; 1/s per chat, as at most 3 in any 3 s, so a turn's two or three replies go together;
 * 20 in any minute per group. WeChat: one account, one message every interval plus jitter, a daily cap of which
 * broadcasts may use 90%. The console (and anything unlisted) is not paced.
 */
export function paceFromConfig(c: PaceSettings): PaceConfig {
  const cap = c.WECHAT_DAILY_CAP;
  return {
    telegram: {
      channel: { intervalMs: (1000 + LATE_MS) / c.TELEGRAM_RATE_GLOBAL_PER_SEC, burst: 1 },
      chat: { max: 3 * c.TELEGRAM_RATE_CHAT_PER_SEC, windowMs: 3000 + LATE_MS },
      group: { max: c.TELEGRAM_RATE_GROUP_PER_MIN, windowMs: 60_000 + LATE_MS },
      inFlight: 4,
    },
    wechat: {
      channel: {
        intervalMs: c.WECHAT_SEND_INTERVAL_MS + LATE_MS, jitterMs: c.WECHAT_SEND_JITTER_MS, burst: 1,
        dailyCap: cap, bulkDailyCap: Math.max(1, Math.floor(cap * 0.9)),
      },
      inFlight: 1,
    },
  };
}

/** The outbox row fields the pace depends on. */
export interface PacedRow {
  id: number;
  channel: string;
  chatId: string;
  chatKind: string;
  broadcastId: number | null;
  payload: unknown;
}

/** A long text goes out as several platform messages, a file as one more: each takes a slot. */
export function costOf(row: PacedRow, maxText: number): number {
  const p = row.payload as { text?: string; file?: unknown };
  const parts = Math.max(1, Math.ceil((p.text?.length ?? 0) / maxText));
  return parts + (p.file ? 1 : 0);
}

export function candidateOf(row: PacedRow, pace: ChannelPace, maxText: number): PaceCandidate {
  const rule = row.chatKind === "group" ? pace.group : pace.chat;
  return {
    id: row.id, cost: costOf(row, maxText), bulk: row.broadcastId !== null,
    chat: rule ? { key: chatKey(row), rule } : undefined,
  };
}

export const chatKey = (row: Pick<PacedRow, "chatKind" | "chatId">) => `${row.chatKind}:${row.chatId}`;

/** The longest window any chat limit of the channel looks back over. */
export const lookback = (pace: ChannelPace) => Math.max(pace.chat?.windowMs ?? 0, pace.group?.windowMs ?? 0);
