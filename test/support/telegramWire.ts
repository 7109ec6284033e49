import type http from "node:http";
import type { InlineKeyboardButton, Update } from "node-telegram-bot-api";

/** One Bot API call as the fake received it. */
export interface Call {
  method: string;
  params: Record<string, unknown>;
  files: Record<string, { name: string; type: string; bytes: Uint8Array }>;
  at: number;
}

/** A message the bot sent (sendMessage, sendDocument, sendPhoto). */
export interface Sent {
  method: string;
  chatId: string;
  messageId: number;
  text?: string;
  keyboard?: InlineKeyboardButton[][];
  file?: { name: string; bytes: Uint8Array };
  params: Record<string, unknown>;
  at: number;
}

export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** An update before the fake numbers it (each kind of update kept apart, as in the union). */
export type NewUpdate = (Update extends infer U ? (U extends unknown ? Omit<U, "update_id"> : never) : never) & { update_id?: number };

const STRUCTURED = new Set(["reply_markup", "commands", "allowed_updates", "entities", "link_preview_options"]);

/** Both wire formats the library uses: urlencoded without files, multipart with them. */
export async function readCall(method: string, req: http.IncomingMessage): Promise<Call> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const call: Call = { method, params: {}, files: {}, at: Date.now() };
  const type = req.headers["content-type"];
  if (!chunks.length || !type) return call;
  const form = await new Request("http://fake/", { method: "POST", headers: { "content-type": type }, body: Buffer.concat(chunks) }).formData();
  for (const [k, v] of form.entries()) {
    if (typeof v === "string") call.params[k] = STRUCTURED.has(k) ? JSON.parse(v) : v;
    else call.files[k] = { name: v.name, type: v.type, bytes: new Uint8Array(await v.arrayBuffer()) };
  }
  return call;
}
