import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { InboundMessage } from "../types.js";

const line = z.union([
  z.object({ user: z.union([z.string(), z.number()]), file: z.object({ path: z.string(), name: z.string().optional() }), id: z.string().optional() }),
  z.object({
    user: z.union([z.string(), z.number()]),
    text: z.string(),
    group: z.union([z.string(), z.number()]).optional(),
    mentioned: z.boolean().optional(),
    id: z.string().optional(),
  }),
  z.object({ user: z.union([z.string(), z.number()]), other: z.string(), id: z.string().optional() }),
]);

/** One JSONL input line as an inbound message, or the reason it cannot be one. */
export async function parseJsonlLine(raw: string): Promise<{ ok: true; msg: InboundMessage } | { ok: false; error: string }> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: "not valid JSON" };
  }
  const parsed = line.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'expected {"user":ID,"text":T}, {"user":ID,"group":G,"text":T,"mentioned":B} or {"user":ID,"file":{"path":P,"name":N}}' };
  const v = parsed.data;
  const base = { channel: "console" as const, messageId: v.id ?? randomUUID(), userId: String(v.user) };
  if ("file" in v) {
    try {
      const bytes = new Uint8Array(await readFile(v.file.path));
      return { ok: true, msg: { ...base, file: { name: v.file.name ?? basename(v.file.path), bytes } } };
    } catch (e) {
      return { ok: false, error: `cannot read file ${v.file.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
  }
  if ("other" in v) return { ok: true, msg: { ...base, other: v.other } };
  const group = v.group === undefined ? undefined : { id: String(v.group) };
  return { ok: true, msg: { ...base, text: v.text, group, mentioned: v.mentioned } };
}
