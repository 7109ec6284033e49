import { eq } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import type { Programme } from "../programme/schema.js";
import { registrations } from "../store/schema.js";
import type { Enqueue } from "../outbox/store.js";
import { receiptInstructions } from "./receiptData.js";
import { receiptDedupePrefix } from "../store/receiptMessages.js";

/**
 * The trainee's filled receipt, DOCX and PDF, as two outbox rows that say what to render, not the bytes: the
 * instructions with the Word file, then the PDF. The files are made from the registration as stored when they are
 * sent (src/receipt/render.ts), off the event loop, so the turn stays quick, a restart renders them again, and a
 * trainee who cancels meanwhile leaves nothing of theirs in the row (eraseTrainee empties or drops it).
 */
export async function receiptMessages(
  tx: Tx, userKey: string, to: { channel: string; chatId: string; messageId: string }, programme: Programme,
): Promise<Enqueue[]> {
  // the class is all the turn needs (for the instructions): the files are made from the whole record when sent
  const [registration] = await tx.select({ classId: registrations.classId }).from(registrations).where(eq(registrations.userKey, userKey));
  // the conversation says submitted but the record is gone (removed by a coordinator): say so rather than nothing
  if (!registration) return [{ channel: to.channel, chatId: to.chatId, chatKind: "user", payload: { text: "没有找到您的报名记录，无法生成报名回执。请发送“我的报名”查看，或联系所在班次的联系人。" } }];
  // one receipt per inbound message: a redelivery is already dropped before this, a new message gets a new one
  const key = `${receiptDedupePrefix(userKey)}${to.messageId}`;
  const row = (text: string, part: "docx" | "pdf"): Enqueue =>
    ({ channel: to.channel, chatId: to.chatId, chatKind: "user", payload: { text, render: { kind: "receipt", part } }, dedupeKey: `${key}:${part}` });
  return [row(receiptInstructions(registration, programme), "docx"), row("报名回执 PDF 版（内容与 Word 版相同，可直接打印）：", "pdf")];
}
