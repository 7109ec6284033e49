import type http from "node:http";
import { createHash, timingSafeEqual } from "node:crypto";
import type { Update } from "node-telegram-bot-api";
import { checkUpdate } from "./updateSchema.js";

/** Telegram's updates are a few kilobytes; a body far beyond is not one of them. */
export const MAX_BODY = 1024 * 1024;

export interface IntakeOptions {
  secret: string;
  maxBytes?: number;
  /** Called once per malformed update, which is then answered 200 (it will never become valid). */
  onMalformed: (m: { updateId?: number; problem: string }) => void;
}

/** What to answer at once, or the checked update to hand on. */
export type Intake = { status: number; text: string } | { update: Update };

const digest = (s: string) => createHash("sha256").update(s).digest();
const sameSecret = (got: string, want: string) => timingSafeEqual(digest(got), digest(want));

/**
 * The webhook's door: the secret first (401), then the size — by its Content-Length before reading (413), and
 * while reading, so a body without one cannot grow past the limit — then the JSON and the update's form.
 */
export async function takeWebhookBody(req: http.IncomingMessage, o: IntakeOptions): Promise<Intake> {
  const header = req.headers["x-telegram-bot-api-secret-token"];
  if (!sameSecret(typeof header === "string" ? header : "", o.secret)) return { status: 401, text: "Unauthorized" };
  const max = o.maxBytes ?? MAX_BODY;
  const tooLarge = { status: 413, text: "Payload Too Large" };
  if (Number(req.headers["content-length"] ?? 0) > max) return tooLarge;
  const raw = await readAtMost(req, max);
  if (!raw) return tooLarge;
  let body: unknown;
  try {
    body = JSON.parse(raw.toString("utf8"));
  } catch {
    o.onMalformed({ problem: "the body is not JSON" });
    return { status: 200, text: "" };
  }
  const checked = checkUpdate(body);
  if (!checked.ok) {
    o.onMalformed(checked);
    return { status: 200, text: "" };
  }
  return { update: checked.update };
}

/** The body, or undefined once it passes `max` bytes: the rest is read off and dropped, never kept. */
function readAtMost(req: http.IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.byteLength;
      if (size <= max) return void chunks.push(c);
      req.off("data", onData).off("end", onEnd);
      chunks.length = 0;
      req.resume();
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}
