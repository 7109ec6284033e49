import { eq } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { contacts, conversations, receipts, registrations } from "../store/schema.js";
import type { Enqueue } from "../outbox/store.js";
import { parseUserKey } from "../channels/types.js";
import { eraseMessagesTo } from "../store/erase.js";

export type MoveResult =
  | { ok: true; from: string | null; classId: string; notify?: Enqueue }
  | { ok: false; reason: "notFound" | "sameIdentity" | "targetHasRegistration" };

/** The registration's class, to check the coordinator's right before moving it. */
export async function registrationClass(tx: Tx, mobile: string): Promise<string | undefined> {
  const [r] = await tx.select({ classId: registrations.classId }).from(registrations).where(eq(registrations.mobile, mobile));
  return r?.classId;
}

/**
 * Gives a registration, its receipt and its conversation to another identity (the trainee changed phone
 * or app). The old identity keeps only its contact row, so it can still be reached if it comes back, and its
 * messages without their words.
 */
export async function moveRegistration(tx: Tx, mobile: string, to: string, now: Date): Promise<MoveResult> {
  const [reg] = await tx.select().from(registrations).where(eq(registrations.mobile, mobile)).for("update");
  if (!reg) return { ok: false, reason: "notFound" };
  if (reg.userKey === to) return { ok: false, reason: "sameIdentity" };
  const [other] = await tx.select({ id: registrations.id }).from(registrations).where(eq(registrations.userKey, to));
  if (other) return { ok: false, reason: "targetHasRegistration" };
  const from = reg.userKey;
  await tx.update(registrations).set({ userKey: to, updatedAt: now }).where(eq(registrations.id, reg.id));
  if (from) {
    const [receipt] = await tx.select({ k: receipts.userKey }).from(receipts).where(eq(receipts.userKey, from));
    if (receipt) {
      await tx.delete(receipts).where(eq(receipts.userKey, to));
      await tx.update(receipts).set({ userKey: to }).where(eq(receipts.userKey, from));
    }
    const [conv] = await tx.select({ k: conversations.userKey }).from(conversations).where(eq(conversations.userKey, from));
    if (conv) {
      await tx.delete(conversations).where(eq(conversations.userKey, to));
      await tx.update(conversations).set({ userKey: to, updatedAt: now }).where(eq(conversations.userKey, from));
    }
    // what was said to the old identity (the summary, the filled receipt) goes with the registration, as on a cancel
    const old = parseUserKey(from);
    if (old) await eraseMessagesTo(tx, old.channel, old.userId);
  }
  // the registration carries the trainee's consent, and linking it was their request: they may now be told about it
  const who = parseUserKey(to);
  if (who && reg.consentData) {
    await tx.insert(contacts).values({ userKey: to, channel: who.channel, chatId: who.userId, firstSeenAt: now }).onConflictDoNothing();
  }
  const [c] = await tx.select().from(contacts).where(eq(contacts.userKey, to));
  const notify: Enqueue | undefined = c && !c.unreachableAt
    ? { channel: c.channel, chatId: c.chatId, chatKind: "user", payload: { text: `培训班联络员已将手机号${mask(mobile)}的报名转到您现在使用的账号。发送“我的报名”可以查看。` } }
    : undefined;
  return { ok: true, from, classId: reg.classId, notify };
}

export const mask = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
