import { eq } from "drizzle-orm";
import type { Db } from "../store/db.js";
import { outbox, registrations } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { toRecord } from "../store/registrations.js";
import type { OutboxRow, Payload } from "../outbox/store.js";
import type { OutboundMessage } from "../channels/types.js";
import { DOCX_MIME } from "./docx.js";
import { PDF_MIME } from "./pdf.js";
import { receiptData } from "./receiptData.js";
import type { RenderPool } from "./renderPool.js";

/**
 * A receipt row made into the message to send, at send time: the file rendered (on the pool's thread) from the
 * registration as stored now. undefined: nothing to send any more — the row was erased (the trainee cancelled) or the
 * registration is gone.
 */
export async function renderReceiptRow(
  db: Db, row: OutboxRow, o: { programme: () => Programme; now: () => Date; pool: RenderPool },
): Promise<OutboundMessage | undefined> {
  const spec = (row.payload as Payload).render;
  if (spec?.kind !== "receipt" || row.chatKind !== "user") return undefined;
  // the row as it is now, not as claimed (a cancel since then emptied it), and the registration, in one round trip
  const [current] = await db
    .select({ payload: outbox.payload, reg: registrations })
    .from(outbox)
    .leftJoin(registrations, eq(registrations.userKey, `${row.channel}:${row.chatId}`))
    .where(eq(outbox.id, row.id));
  if (!(current?.payload as Payload | undefined)?.render || !current?.reg) return undefined;
  const registration = toRecord(current.reg);
  const v = receiptData(registration, o.programme(), o.now());
  const bytes = await o.pool.render(spec.part, v);
  const p = current.payload as Payload;
  return {
    channel: row.channel as OutboundMessage["channel"], chatId: row.chatId, chatKind: "user", text: p.text, options: p.options,
    file: { name: `${v.fileBase}.${spec.part}`, bytes, mime: spec.part === "pdf" ? PDF_MIME : DOCX_MIME },
  };
}
