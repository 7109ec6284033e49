import { Bot, TelegramApiError, type RateLimitOptions, type Update } from "node-telegram-bot-api";
import { ConfigError, type Config } from "../../config.js";
import { makeLogger } from "../../log.js";
import type { Channel, InboundHandler, InboundMessage, OutboundMessage, SendResult } from "../types.js";
import { readUpdate, type BotIdentity, type RemoteFile } from "./inbound.js";
import { deliver, MAX_TEXT, sendResultOf } from "./outbound.js";
import { pollUpdates, ALLOWED_UPDATES } from "./polling.js";
import { WebhookServer } from "./webhook.js";
import type { GroupMigratedHook } from "./migration.js";
import { consoleLog, errorDetail, type ChannelLog } from "./log.js";

export interface TelegramOptions {
  token: string;
  /** A self-hosted Bot API server (or a fake); default https://api.telegram.org. */
  apiRoot?: string;
  /** Webhook mode; without it, long polling. */
  webhook?: { url: string; secret: string; host: string; port: number };
  /** The library's pacing inside this process; leave unset where the outbox paces Telegram across processes. */
  rateLimit?: RateLimitOptions;
  /** Seconds one getUpdates call may wait for news. */
  pollTimeoutSec?: number;
  /** A 429 asking to wait up to this long is sat out in the call; a longer one goes back to the outbox. */
  maxInlineRetryAfterMs?: number;
  onGroupMigrated?: GroupMigratedHook;
  log?: ChannelLog;
}

// a file Telegram will not hand to a bot (getFile's limit)
const MAX_DOWNLOAD = 20 * 1024 * 1024;

const COMMANDS = [
  { command: "start", description: "开始报名" },
  { command: "help", description: "使用帮助" },
  { command: "register", description: "填写报名表" },
  { command: "status", description: "查看我的报名状态" },
];

/** Telegram through node-telegram-bot-api v2: long polling by default, a webhook when configured. */
export class TelegramChannel implements Channel {
  readonly name = "telegram" as const;
  readonly limits = { maxText: MAX_TEXT };
  /** Public so the app can point it at its own store once that is open. */
  onGroupMigrated?: GroupMigratedHook;
  private readonly bot: Bot;
  private readonly log: ChannelLog;
  private me?: BotIdentity;
  private onMessage?: InboundHandler;
  private polling?: { controller: AbortController; done: Promise<void> };
  private server?: WebhookServer;

  constructor(private readonly o: TelegramOptions) {
    if (o.webhook && !o.webhook.secret) throw new ConfigError("TELEGRAM_WEBHOOK_SECRET: required in webhook mode");
    this.log = o.log ?? consoleLog;
    this.onGroupMigrated = o.onGroupMigrated;
    this.bot = new Bot(o.token, { apiRoot: o.apiRoot, timeoutMs: 60_000, maxRetryAfterMs: o.maxInlineRetryAfterMs ?? 5_000, rateLimit: o.rateLimit });
    this.bot.use((ctx) => this.onUpdate(ctx.update));
    // fail loud: the update stays unconfirmed (polling) or gets a 500 (webhook), so Telegram delivers it again
    this.bot.catch((err, ctx) => {
      this.log.error({ ...errorDetail(err), update: ctx.update.update_id }, "update not handled; Telegram will deliver it again");
      throw err;
    });
  }

  static fromConfig(config: Config, extra: Partial<TelegramOptions> = {}): TelegramChannel {
    if (!config.TELEGRAM_BOT_TOKEN) throw new ConfigError("TELEGRAM_BOT_TOKEN: required for the Telegram channel");
    const log = makeLogger(config.LOG_LEVEL).child({ channel: "telegram" });
    const url = config.TELEGRAM_WEBHOOK_URL;
    return new TelegramChannel({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook: url
        ? { url, secret: config.TELEGRAM_WEBHOOK_SECRET ?? "", host: config.TELEGRAM_WEBHOOK_HOST, port: config.TELEGRAM_WEBHOOK_PORT }
        : undefined,
      // no `rateLimit`: the outbox paces Telegram sends with TELEGRAM_RATE_*, shared by every process
      log,
      ...extra,
    });
  }

  async start(onMessage: InboundHandler): Promise<void> {
    this.onMessage = onMessage;
    const api = this.bot.api;
    const me = await api.getMe();
    this.me = { id: me.id, username: me.username };
    await api.setMyCommands({ commands: COMMANDS });
    const w = this.o.webhook;
    if (w) {
      this.server = new WebhookServer(this.bot, { path: new URL(w.url).pathname, secret: w.secret, host: w.host, port: w.port });
      await this.server.listen();
      await api.setWebhook({ url: w.url, secret_token: w.secret, allowed_updates: ALLOWED_UPDATES });
      return;
    }
    // getUpdates is refused while a webhook is set
    await api.deleteWebhook({ drop_pending_updates: false });
    const controller = new AbortController();
    const done = pollUpdates(
      api,
      (u) => this.bot.handleUpdate(u),
      { timeoutSec: this.o.pollTimeoutSec ?? 30, onError: (e, u) => this.log.warn({ ...errorDetail(e), update: u?.update_id }, u ? "update given up" : "polling failed; resuming") },
      controller.signal,
    );
    this.polling = { controller, done };
  }

  async stop(): Promise<void> {
    if (this.polling) {
      this.polling.controller.abort();
      await this.polling.done;
      this.polling = undefined;
    }
    if (this.server) {
      await this.server.close();
      this.server = undefined;
    }
  }

  async send(msg: OutboundMessage): Promise<SendResult> {
    try {
      await deliver(this.bot.api, msg.chatId, msg);
      return { ok: true };
    } catch (e) {
      const to = e instanceof TelegramApiError ? e.migrateToChatId : undefined;
      if (to !== undefined && String(to) !== msg.chatId) {
        await this.onGroupMigrated?.(msg.chatId, String(to));
        return this.send({ ...msg, chatId: String(to) });
      }
      return sendResultOf(e);
    }
  }

  private async onUpdate(update: Update): Promise<void> {
    const r = readUpdate(update, this.me!);
    if (!r) return;
    if (r.callbackId) {
      // not awaited: the tap's turn need not wait for a call whose answer it does not use
      void this.bot.api.answerCallbackQuery({ callback_query_id: r.callbackId }).catch((e: unknown) => {
        // a redelivered tap is too old to answer; the tap itself still counts
        this.log.warn(errorDetail(e), "callback query not answered");
      });
    }
    if (r.migrated) {
      await this.onGroupMigrated?.(r.migrated.from, r.migrated.to);
      return;
    }
    if (!r.msg) return;
    const msg: InboundMessage = r.file ? await this.withFile(r.msg, r.file) : r.msg;
    await this.onMessage!(msg);
  }

  private async withFile(msg: Omit<InboundMessage, "file">, f: RemoteFile): Promise<InboundMessage> {
    if ((f.size ?? 0) > MAX_DOWNLOAD) return { ...msg, other: `超过20 MB的文件“${f.name}”` };
    const { file_path } = await this.bot.api.getFile({ file_id: f.fileId });
    if (!file_path) throw new Error(`getFile gave no path for ${f.name}`);
    const root = (this.o.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
    const res = await fetch(`${root}/file/bot${this.o.token}/${file_path}`, { signal: AbortSignal.timeout(60_000) });
    if (!res.ok) throw new Error(`downloading ${f.name}: HTTP ${res.status}`);
    return { ...msg, file: { name: f.name, bytes: new Uint8Array(await res.arrayBuffer()) } };
  }
}
