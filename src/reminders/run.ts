import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { reminders } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { sendBroadcast } from "../broadcast/create.js";
import type { Audience } from "../broadcast/audience.js";
import { dueReminders } from "./schedule.js";

export const REMINDER_ACTOR = "system:reminders";

export interface Fired {
  key: string;
  broadcastId: number | null;
  total: number;
  /** Why nothing went (nobody to tell). */
  note?: string;
}

/**
 * Sends one reminder unless it went before: its `reminders` row and its deliveries are written in one
 * transaction, so a restart (or a second process) finds the row and sends nothing twice. Undefined when it had gone.
 */
export async function fireOnce(tx: Tx, o: { key: string; audience: Audience; text: string; actor: string; now: Date; programme: Programme }): Promise<Fired | undefined> {
  const mine = await tx.insert(reminders).values({ key: o.key, at: o.now }).onConflictDoNothing().returning({ key: reminders.key });
  if (!mine.length) return undefined;
  const sent = await sendBroadcast(tx, {
    actor: o.actor, audience: o.audience, kind: "notice", text: o.text, now: o.now, programme: o.programme, coordinatorClass: null,
  });
  if (!sent.ok) return { key: o.key, broadcastId: null, total: 0, note: sent.error };
  await tx.update(reminders).set({ broadcastId: sent.value.id }).where(eq(reminders.key, o.key));
  return { key: o.key, broadcastId: sent.value.id, total: sent.value.total };
}

/** Fires every reminder that is due now and has not gone yet. */
export async function runDueReminders(db: Db, programme: Programme, now: Date): Promise<Fired[]> {
  const due = dueReminders(programme, now);
  if (!due.length) return [];
  const done = new Set((await db.select({ key: reminders.key }).from(reminders).where(inArray(reminders.key, due.map((d) => d.key)))).map((r) => r.key));
  const fired: Fired[] = [];
  for (const r of due.filter((d) => !done.has(d.key))) {
    const f = await db.transaction((tx) => fireOnce(tx, { ...r, actor: REMINDER_ACTOR, now, programme }));
    if (f) fired.push(f);
  }
  return fired;
}
