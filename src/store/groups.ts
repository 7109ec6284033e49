import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "./db.js";
import { groups, outbox } from "./schema.js";

/**
 * A group became a supergroup under a new chat id: its class binding, title and pace follow it,
 * and messages still queued for the old id go to the new one. Idempotent: a second call finds no old row.
 */
export async function migrateGroup(db: Db | Tx, channel: string, oldChatId: string, newChatId: string): Promise<void> {
  if (oldChatId === newChatId) return;
  await db.transaction(async (tx) => {
    const row = (id: string) => and(eq(groups.channel, channel), eq(groups.chatId, id));
    const [old] = await tx.select().from(groups).where(row(oldChatId)).for("update");
    if (old) {
      // the supergroup may already have a row if one of its messages was handled before the service message
      const [fresh] = await tx.select().from(groups).where(row(newChatId)).for("update");
      if (!fresh) {
        await tx.update(groups).set({ chatId: newChatId }).where(row(oldChatId));
      } else {
        await tx
          .update(groups)
          .set({
            classId: fresh.classId ?? old.classId,
            boundBy: fresh.boundBy ?? old.boundBy,
            title: fresh.title ?? old.title,
            lastAnswerAt: fresh.lastAnswerAt ?? old.lastAnswerAt,
          })
          .where(row(newChatId));
        await tx.delete(groups).where(row(oldChatId));
      }
    }
    await tx
      .update(outbox)
      .set({ chatId: newChatId })
      .where(and(eq(outbox.channel, channel), eq(outbox.chatId, oldChatId), eq(outbox.chatKind, "group"), sql`${outbox.status} = 'pending'`));
  });
}
