import { eq } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { broadcasts, outbox } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { audit } from "../coordinator/audit.js";
import { err, ok, type Result } from "../domain/result.js";
import { audienceKey, messageText, type Audience, type BroadcastKind } from "./audience.js";
import { resolveAudience, type Resolved } from "./recipients.js";
import { skippedText } from "./preview.js";

/** A preview not confirmed within this time must be made again: the audience may have changed. */
export const DRAFT_TTL_MS = 60 * 60_000;

export interface BroadcastRequest {
  actor: string;
  audience: Audience;
  kind: BroadcastKind;
  text: string;
  now: Date;
  programme: Programme;
  /** The actor's class when a class coordinator; null for the provincial office or the command line. */
  coordinatorClass: string | null;
}

export interface Draft {
  id: number;
  resolved: Resolved;
}

/** Counts the audience and keeps the broadcast as a draft; nothing is queued until it is confirmed. */
export async function draftBroadcast(tx: Tx, r: BroadcastRequest): Promise<Result<Draft>> {
  let resolved = await resolveAudience(tx, r.audience, r.kind, r.programme, r.coordinatorClass);
  if (resolved.ok && !resolved.value.recipients.length) {
    const why = [skippedText(resolved.value), resolved.value.note].filter(Boolean).join("；");
    resolved = err(`没有可送达的对象${why ? `（${why}）` : ""}，未创建群发。`);
  }
  if (!resolved.ok) {
    await audit(tx, { actor: r.actor, action: "broadcast.draft", allowed: false, detail: { audience: audienceKey(r.audience), error: resolved.error }, at: r.now });
    return resolved;
  }
  const [b] = await tx
    .insert(broadcasts)
    .values({ createdBy: r.actor, audience: r.audience, kind: r.kind, text: r.text, total: resolved.value.recipients.length, createdAt: r.now })
    .returning({ id: broadcasts.id });
  await audit(tx, {
    actor: r.actor, action: "broadcast.draft", target: `broadcast:${b!.id}`, allowed: true,
    detail: { audience: audienceKey(r.audience), kind: r.kind, count: resolved.value.recipients.length, skipped: resolved.value.skipped }, at: r.now,
  });
  return ok({ id: b!.id, resolved: resolved.value });
}

/**
 * Confirms a draft: the audience is counted again and one outbox row per recipient is written in the caller's
 * transaction, with the broadcast's confirmation, so a crash leaves either all of it or none.
 */
export async function confirmBroadcast(tx: Tx, id: number, actor: string, now: Date, programme: Programme, coordinatorClass: string | null): Promise<Result<{ id: number; total: number; resolved: Resolved }>> {
  const refuse = async (error: string) => {
    await audit(tx, { actor, action: "broadcast.confirm", target: `broadcast:${id}`, allowed: false, detail: { error }, at: now });
    return err<{ id: number; total: number; resolved: Resolved }>(error);
  };
  const [b] = await tx.select().from(broadcasts).where(eq(broadcasts.id, id)).for("update");
  if (!b || b.createdBy !== actor) return refuse(`没有您的群发草稿 #${id}。`);
  if (b.confirmedAt) return refuse(`群发 #${id} 已经确认过，正在发送或已发完。发送 /broadcast status ${id} 查看进度。`);
  if (now.getTime() - b.createdAt.getTime() > DRAFT_TTL_MS) return refuse(`群发草稿 #${id} 已超过1小时，请重新发起 /broadcast。`);
  const resolved = await resolveAudience(tx, b.audience as Audience, b.kind as BroadcastKind, programme, coordinatorClass);
  if (!resolved.ok) return refuse(resolved.error);
  const total = await queueDeliveries(tx, id, resolved.value, messageText(b.text, b.kind as BroadcastKind), now);
  await tx.update(broadcasts).set({ total, confirmedAt: now }).where(eq(broadcasts.id, id));
  await audit(tx, {
    actor, action: "broadcast.confirm", target: `broadcast:${id}`, allowed: true,
    detail: { audience: audienceKey(b.audience as Audience), kind: b.kind, total, skipped: resolved.value.skipped }, at: now,
  });
  return ok({ id, total, resolved: resolved.value });
}

/** Draft and confirmation at once (the command line's --yes, reminders): one transaction. */
export async function sendBroadcast(tx: Tx, r: BroadcastRequest): Promise<Result<{ id: number; total: number; resolved: Resolved }>> {
  const d = await draftBroadcast(tx, r);
  if (!d.ok) return d;
  return confirmBroadcast(tx, d.value.id, r.actor, r.now, r.programme, r.coordinatorClass);
}

async function queueDeliveries(tx: Tx, broadcastId: number, resolved: Resolved, text: string, now: Date): Promise<number> {
  const rows = resolved.recipients.map((x) => ({
    channel: x.channel, chatId: x.chatId, chatKind: x.chatKind, payload: { text }, broadcastId,
    // one delivery per chat, however the audience was counted
    dedupeKey: `broadcast:${broadcastId}:${x.channel}:${x.chatId}`, notBefore: now, createdAt: now,
  }));
  let n = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    n += (await tx.insert(outbox).values(rows.slice(i, i + 1000)).onConflictDoNothing().returning({ id: outbox.id })).length;
  }
  return n;
}
