import http from "node:http";
import type { AddressInfo } from "node:net";
import type { InlineKeyboardButton, Update } from "node-telegram-bot-api";
import { readCall, type ApiError, type Call, type NewUpdate, type Sent } from "./telegramWire.js";

export type { ApiError, Call, NewUpdate, Sent };

const MAX_TEXT = 4096;

/** A Bot API server on 127.0.0.1 that records every call; tests push updates and read what the bot sent. */
export class FakeTelegram {
  readonly token = "123456:TEST-fake_token";
  readonly me = { id: 123456, is_bot: true, first_name: "湖北专员培训助手", username: "hubei_ip_bot" };
  readonly calls: Call[] = [];
  readonly sent: Sent[] = [];
  url = "";
  webhook?: { url: string; secret?: string };
  private server!: http.Server;
  private queue: Update[] = [];
  private confirmedBelow = 0;
  private readonly pollers = new Set<() => void>();
  private readonly confirmations = new Set<() => void>();
  private readonly files = new Map<string, { path: string; bytes: Uint8Array; reportedSize?: number | null }>();
  /** Bytes of files the bot actually took from the file server (sent in chunks, as far as it read). */
  fileBytesServed = 0;
  private readonly faults: { method: string; chatId?: string; error: ApiError; times: number }[] = [];
  private nextUpdateId = 5000;
  private nextMessageId = 1;

  static async start(): Promise<FakeTelegram> {
    const fake = new FakeTelegram();
    fake.server = http.createServer((req, res) => void fake.route(req, res));
    await new Promise<void>((r) => fake.server.listen(0, "127.0.0.1", r));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    for (const wake of this.pollers) wake();
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  /** The next `times` calls of `method` (to `chatId`, if given) fail with `error`. */
  failNext(method: string, error: ApiError, o: { times?: number; chatId?: string } = {}): void {
    this.faults.push({ method, error, times: o.times ?? 1, chatId: o.chatId });
  }

  /**
   * A file the bot can fetch with getFile, as a document or photo in an update. `reportedSize` is the size
   * the update and getFile claim (null: none at all), to play a client that leaves it out or lies.
   */
  addFile(bytes: Uint8Array, name: string, o: { reportedSize?: number | null } = {}) {
    const id = `file-${this.files.size + 1}`;
    this.files.set(id, { path: `documents/${id}-${name}`, bytes, reportedSize: o.reportedSize });
    const size = o.reportedSize === undefined ? bytes.byteLength : o.reportedSize;
    return { file_id: id, file_unique_id: `u-${id}`, ...(size === null ? {} : { file_size: size }) } as { file_id: string; file_unique_id: string; file_size: number };
  }

  newUpdateId(): number {
    return ++this.nextUpdateId;
  }

  /**
   * Delivers updates as Telegram would: to the webhook if one is set (redelivering a non-2xx up to 3 times),
   * else to getUpdates. Resolves when the bot acknowledged them (200, or an offset past them).
   */
  async push(...news: NewUpdate[]): Promise<number[]> {
    const updates = news.map((u) => ({ ...u, update_id: u.update_id ?? this.newUpdateId() }) as Update);
    if (this.webhook) {
      const statuses: number[] = [];
      for (const u of updates) statuses.push(await this.deliverWithRetries(u, this.webhook));
      return statuses;
    }
    this.queue.push(...updates);
    for (const wake of [...this.pollers]) wake();
    const last = Math.max(...updates.map((u) => u.update_id));
    await this.until(() => this.confirmedBelow > last, `update ${last} was never confirmed by getUpdates`);
    return updates.map(() => 200);
  }

  /** One POST to a webhook, as Telegram makes it; returns the HTTP status. */
  async deliver(update: Update, to: { url: string; secret?: string }): Promise<number> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (to.secret !== undefined) headers["x-telegram-bot-api-secret-token"] = to.secret;
    const res = await fetch(to.url, { method: "POST", headers, body: JSON.stringify(update) });
    await res.arrayBuffer();
    return res.status;
  }

  private async deliverWithRetries(u: Update, to: { url: string; secret?: string }): Promise<number> {
    let status = 0;
    for (let i = 0; i < 4; i++) {
      status = await this.deliver(u, to);
      if (status >= 200 && status < 300) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return status;
  }

  callsOf(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  sentTo(chatId: string | number): Sent[] {
    return this.sent.filter((s) => s.chatId === String(chatId));
  }

  /** Waits for a condition on what the fake has seen. */
  async until(cond: () => boolean, what: string | (() => string) = "condition", timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`fake Telegram: timed out waiting for ${typeof what === "string" ? what : what()}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 20);
        this.confirmations.add(() => (clearTimeout(t), r()));
      });
    }
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const reply = (status: number, body: unknown) => {
      if (!res.writableEnded) res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    const fail = (e: ApiError) => reply(e.error_code, { ok: false, ...e });
    const m = /^\/(file\/)?bot([^/]+)\/(.+)$/.exec(req.url ?? "");
    if (!m || m[2] !== this.token) return fail({ error_code: 401, description: "Unauthorized" });
    if (m[1]) {
      const f = [...this.files.values()].find((x) => x.path === decodeURIComponent(m[3]!));
      if (!f) return fail({ error_code: 404, description: "Not Found" });
      return this.serveFile(f, res);
    }
    const method = m[3]!;
    const call = await readCall(method, req);
    this.calls.push(call);
    const p = call.params;
    const fault = this.faults.find((f) => f.method === method && f.times > 0 && (!f.chatId || f.chatId === String(p.chat_id)));
    if (fault) {
      fault.times--;
      return fail(fault.error);
    }
    const ok = (result: unknown) => reply(200, { ok: true, result });
    switch (method) {
      case "getMe":
        return ok(this.me);
      case "setMyCommands":
      case "answerCallbackQuery":
        return ok(true);
      case "setWebhook":
        this.webhook = { url: String(p.url), secret: p.secret_token === undefined ? undefined : String(p.secret_token) };
        return ok(true);
      case "deleteWebhook":
        this.webhook = undefined;
        return ok(true);
      case "getUpdates":
        return this.getUpdates(p, ok, fail, res);
      case "getFile": {
        const f = this.files.get(String(p.file_id));
        if (!f) return fail({ error_code: 400, description: "Bad Request: invalid file_id" });
        const size = f.reportedSize === undefined ? f.bytes.byteLength : f.reportedSize;
        return ok({ file_id: p.file_id, file_unique_id: `u-${String(p.file_id)}`, ...(size === null ? {} : { file_size: size }), file_path: f.path });
      }
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
        return this.record(call, ok, fail);
      default:
        return fail({ error_code: 404, description: "Not Found: method not found" });
    }
  }

  /** In 64 KB pieces, each written only once the bot took the one before: what it stops reading is never sent. */
  private async serveFile(f: { bytes: Uint8Array }, res: http.ServerResponse): Promise<void> {
    res.writeHead(200, { "content-type": "application/octet-stream" });
    const piece = 64 * 1024;
    let wake = () => {};
    res.on("close", () => wake());
    for (let at = 0; at < f.bytes.byteLength && !res.destroyed; at += piece) {
      const chunk = f.bytes.subarray(at, at + piece);
      this.fileBytesServed += chunk.byteLength;
      if (!res.write(chunk)) await new Promise<void>((r) => ((wake = r), res.once("drain", r)));
    }
    res.end();
  }

  private record(call: Call, ok: (r: unknown) => void, fail: (e: ApiError) => void) {
    const p = call.params;
    const text = typeof p.text === "string" ? p.text : undefined;
    if (call.method === "sendMessage" && !text?.trim()) return fail({ error_code: 400, description: "Bad Request: message text is empty" });
    if (text && text.length > MAX_TEXT) return fail({ error_code: 400, description: "Bad Request: message is too long" });
    if (typeof p.caption === "string" && p.caption.length > 1024) return fail({ error_code: 400, description: "Bad Request: message caption is too long" });
    const keyboard = (p.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard;
    if (keyboard?.flat().some((b) => Buffer.byteLength(b.callback_data ?? "") > 64)) {
      return fail({ error_code: 400, description: "Bad Request: BUTTON_DATA_INVALID" });
    }
    const upload = Object.values(call.files)[0];
    const sent: Sent = {
      method: call.method, chatId: String(p.chat_id), messageId: this.nextMessageId++, text, keyboard, params: p, at: Date.now(),
      ...(upload ? { file: { name: upload.name, bytes: upload.bytes } } : {}),
    };
    this.sent.push(sent);
    this.notify();
    ok({ message_id: sent.messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(p.chat_id), type: "private" }, from: this.me, text });
  }

  private getUpdates(p: Record<string, unknown>, ok: (r: unknown) => void, fail: (e: ApiError) => void, res: http.ServerResponse) {
    if (this.webhook) {
      return fail({ error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" });
    }
    const offset = p.offset === undefined ? undefined : Number(p.offset);
    if (offset !== undefined) {
      this.confirmedBelow = Math.max(this.confirmedBelow, offset);
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      this.notify();
    }
    const answer = () => ok(this.queue.slice(0, Number(p.limit ?? 100)));
    if (this.queue.length || !Number(p.timeout ?? 0)) return answer();
    const done = () => {
      clearTimeout(timer);
      this.pollers.delete(done);
      answer();
    };
    const timer = setTimeout(done, Number(p.timeout) * 1000);
    this.pollers.add(done);
    res.on("close", () => (clearTimeout(timer), this.pollers.delete(done)));
  }

  private notify() {
    for (const wake of [...this.confirmations]) wake();
    this.confirmations.clear();
  }
}
