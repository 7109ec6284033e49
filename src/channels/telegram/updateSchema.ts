import { z } from "zod";
import type { Update } from "node-telegram-bot-api";

/**
 * The webhook's (and getUpdates') update, as far as the channel reads it: ids by their form, every field the
 * channel touches of the type it expects. Anything else Telegram adds passes through untouched (loose objects).
 * An update that fails here is not one Telegram sends: it never becomes valid, so it is answered 200 and logged.
 */
// Telegram's ids fit in 52 bits; users are positive, groups negative
const userId = z.number().int().positive().max(2 ** 52);
const chatId = z.number().int().min(-(2 ** 52)).max(2 ** 52).refine((n) => n !== 0, "a chat id is never 0");
const fileId = z.string().regex(/^[\w-]{1,256}$/, "a file id is 1-256 characters of A-Z, a-z, 0-9, _ or -");
const short = (max: number) => z.string().max(max);

const user = z.looseObject({ id: userId, is_bot: z.boolean(), first_name: short(256), last_name: short(256).optional(), username: short(64).optional() });
const chat = z.looseObject({ id: chatId, type: z.enum(["private", "group", "supergroup", "channel"]), title: short(256).optional() });
const entity = z.looseObject({ type: short(64), offset: z.number().int().min(0), length: z.number().int().min(0), user: user.optional() });
const fileSize = z.number().int().min(0).optional();
const photoSize = z.looseObject({ file_id: fileId, file_size: fileSize });

const message = z.looseObject({
  message_id: z.number().int().min(0),
  chat,
  from: user.optional(),
  text: short(8192).optional(),
  entities: z.array(entity).max(1000).optional(),
  document: z.looseObject({ file_id: fileId, file_name: short(1024).optional(), file_size: fileSize }).optional(),
  photo: z.array(photoSize).min(1).max(20).optional(),
  reply_to_message: z.looseObject({ from: user.optional() }).optional(),
  migrate_to_chat_id: chatId.optional(),
  migrate_from_chat_id: chatId.optional(),
});

const callbackQuery = z.looseObject({
  id: short(256).min(1),
  from: user,
  // Telegram limits callback data to 64 bytes; ours are shorter
  data: z.string().refine((s) => Buffer.byteLength(s) <= 64, "callback data is at most 64 bytes").optional(),
  message: z.looseObject({ chat }).optional(),
});

export const updateSchema = z.looseObject({
  update_id: z.number().int().min(0).max(2 ** 52),
  message: message.optional(),
  callback_query: callbackQuery.optional(),
});

export type CheckedUpdate = { ok: true; update: Update } | { ok: false; updateId?: number; problem: string };

/** The update, or what is wrong with it (the first problem, by path, never the values it holds). */
export function checkUpdate(body: unknown): CheckedUpdate {
  const r = updateSchema.safeParse(body);
  if (r.success) return { ok: true, update: r.data as unknown as Update };
  const issue = r.error.issues[0]!;
  const id = (body as { update_id?: unknown } | null)?.update_id;
  const path = issue.path.length ? issue.path.join(".") : "(the update)";
  return { ok: false, updateId: typeof id === "number" && Number.isSafeInteger(id) ? id : undefined, problem: `${path}: ${issue.message}` };
}
