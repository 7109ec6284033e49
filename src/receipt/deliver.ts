import type { Tx } from "../store/db.js";
import type { Programme } from "../programme/schema.js";
import { statusView } from "../store/registrations.js";
import type { Enqueue } from "../outbox/store.js";
import { chineseFontFace } from "./font.js";
import { DOCX_MIME, receiptDocx } from "./docx.js";
import { PDF_MIME, receiptPdf } from "./pdf.js";
import { receiptData, receiptInstructions } from "./receiptData.js";
import { dropSentReceiptFiles, receiptDedupePrefix } from "../store/receiptMessages.js";

/**
 * The trainee's filled receipt, DOCX and PDF, made from the registration as stored now, as two outbox rows: the
 * instructions with the Word file, then the PDF. The bytes travel in the row (base64 in its payload, as the
 * published lists' XLSX do), so a restart still sends them; a new receipt drops the bytes of those delivered, and
 * cancelling deletes the rows with the registration.
 */
export async function receiptMessages(
  tx: Tx, userKey: string, to: { channel: string; chatId: string; messageId: string }, programme: Programme, now: Date,
): Promise<Enqueue[]> {
  const { registration } = await statusView(tx, userKey);
  // the conversation says submitted but the record is gone (removed by a coordinator): say so rather than nothing
  if (!registration) return [{ channel: to.channel, chatId: to.chatId, chatKind: "user", payload: { text: "没有找到您的报名记录，无法生成报名回执。请发送“我的报名”查看，或联系所在班次的联系人。" } }];
  // the outbox keeps one copy of a trainee's filled receipt at most: the one about to go
  await dropSentReceiptFiles(tx, userKey);
  const v = receiptData(registration, programme, now);
  const [docx, pdf] = await Promise.all([receiptDocx(v), receiptPdf(v, chineseFontFace())]);
  // one receipt per inbound message: a redelivery is already dropped before this, a new message gets a new one
  const key = `${receiptDedupePrefix(userKey)}${to.messageId}`;
  const file = (ext: string, bytes: Uint8Array, mime: string) =>
    ({ name: `${v.fileBase}.${ext}`, bytes: Buffer.from(bytes).toString("base64"), mime }) as unknown as NonNullable<Enqueue["payload"]["file"]>;
  const row = (text: string, f: NonNullable<Enqueue["payload"]["file"]>, part: string): Enqueue =>
    ({ channel: to.channel, chatId: to.chatId, chatKind: "user", payload: { text, file: f }, dedupeKey: `${key}:${part}` });
  return [
    row(receiptInstructions(registration, programme), file("docx", docx, DOCX_MIME), "docx"),
    row("报名回执 PDF 版（内容与 Word 版相同，可直接打印）：", file("pdf", pdf, PDF_MIME), "pdf"),
  ];
}
