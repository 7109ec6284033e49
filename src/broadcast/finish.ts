import { eq, sql } from "drizzle-orm";
import type { Db } from "../store/db.js";
import { broadcasts, contacts } from "../store/schema.js";
import { enqueue } from "../outbox/store.js";
import { rowsOf } from "../outbox/store.js";
import { failuresOf, progressOf, reportText } from "./progress.js";

export interface Finished {
  id: number;
  createdBy: string;
  report: string;
  /** The report was queued to the chat identity that started the broadcast. */
  toChat: boolean;
}

/**
 * Closes every broadcast with nothing left to send: marks it finished and reported, and queues its report to
 * whoever started it when that is a chat identity, in one transaction. SKIP LOCKED and `reported_at` make each
 * report go once, whichever process gets there first.
 */
export async function finishBroadcasts(db: Db, now: Date): Promise<Finished[]> {
  return db.transaction(async (tx) => {
    const res = await tx.execute(sql`
      select b.id from broadcasts b
      where b.confirmed_at is not null and b.reported_at is null
        and not exists (select 1 from outbox o where o.broadcast_id = b.id and o.status in ('pending', 'sending'))
      order by b.id limit 20 for update skip locked`);
    const out: Finished[] = [];
    for (const { id } of rowsOf<{ id: number }>(res)) {
      const p = (await progressOf(tx, Number(id)))!;
      const report = reportText(p, await failuresOf(tx, p.id));
      await tx.update(broadcasts).set({ finishedAt: p.lastSentAt ?? now, reportedAt: now }).where(eq(broadcasts.id, p.id));
      const [to] = await tx.select().from(contacts).where(eq(contacts.userKey, p.createdBy));
      if (to) {
        await enqueue(tx, [{ channel: to.channel, chatId: to.chatId, chatKind: "user", payload: { text: report }, dedupeKey: `broadcast-report:${p.id}` }], undefined, now);
      }
      out.push({ id: p.id, createdBy: p.createdBy, report, toChat: Boolean(to) });
    }
    return out;
  });
}
