import { eq } from "drizzle-orm";
import type { Db } from "../store/db.js";
import { contacts } from "../store/schema.js";
import type { SendResult } from "../channels/types.js";
import type { OutboxRow } from "./store.js";
import type { ChannelPace } from "./paceRules.js";
import { holdChat, holdPace } from "./paceStore.js";

/** A flood answer (429): until when, and whether about the whole account or one group's own limit. */
export function floodOf(row: OutboxRow, result: SendResult, pace: ChannelPace | undefined, now: Date): { until: number; wholeChannel: boolean } | undefined {
  if (result.ok || result.kind !== "transient" || result.retryAfterMs === undefined || !pace) return undefined;
  return { until: now.getTime() + result.retryAfterMs, wholeChannel: !(row.chatKind === "group" && pace.group) };
}

/** What a refusal means beyond its own row: a trainee who blocked the bot is unreachable; a flood holds every process. */
export async function afterRefusal(db: Db, row: OutboxRow, result: SendResult, pace: ChannelPace | undefined, now: Date): Promise<void> {
  if (result.ok) return;
  if (result.kind === "blocked" && row.chatKind === "user") {
    await db.update(contacts).set({ unreachableAt: now, unreachableReason: result.error }).where(eq(contacts.userKey, `${row.channel}:${row.chatId}`));
  }
  const flood = floodOf(row, result, pace, now);
  if (flood?.wholeChannel) await holdPace(db, row.channel, new Date(flood.until));
  else if (flood) await holdChat(db, row.channel, row.chatId, new Date(flood.until));
}
