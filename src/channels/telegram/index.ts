import { Bot, TelegramApiError, type RateLimitOptions, type Update } from "node-telegram-bot-api";
import { ConfigError, type Config } from "../../config.js";
import { makeLogger } from "../../log.js";
import type { Channel, InboundHandler, InboundMessage, OutboundMessage, SendResult } from "../types.js";
import { readUpdate, type BotIdentity, type RemoteFile } from "./inbound.js";
import { deliver, MAX_TEXT, sendResultOf } from "./outbound.js";
import { pollUpdates, ALLOWED_UPDATES } from "./polling.js";
import { WebhookServer } from "./webhook.js";
import { httpFetch } from "./httpFetch.js";
import { downloadFile, MAX_DOWNLOAD } from "./download.js";
import { checkUpdate } from "./updateSchema.js";
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
  /** The private chats of the coordinators, who get their own command menu (Telegram's per-chat scope). */
  coordinatorChats?: () => Promise<string[]>;
  log?: ChannelLog;
  /** A document or photo larger than this is not downloaded (default: the receipt's 10 MB). */
  maxDownloadBytes?: number;
  /** A webhook body larger than this is refused (413) before it is read (default 1 MB). */
  maxBodyBytes?: number;
}


const COMMANDS = [
  { command: "start", description: "开始报名" },
  { command: "help", description: "使用帮助" },
  { command: "register", description: "填写报名表" },
  { command: "status", description: "查看我的报名状态" },
  { command: "cancel", description: "取消当前操作" },
  { command: "whoami", description: "查看我的账号" },
];

/** A coordinator's menu: Telegram commands are latin, so /名单 is /select here and /导出 is /roster. */
export const COORDINATOR_MENU = [
  { command: "stats", description: "各班次报名、回执、资格人数" },
  { command: "select", description: "遴选预览和名单表格（Excel）" },
  { command: "roster", description: "报名名单表格（Excel）" },
  { command: "publish", description: "发布遴选名单（先预览）" },
  { command: "broadcast", description: "群发通知（先预览）" },
  { command: "bind", description: "在班级群里绑定班次" },
  { command: "move", description: "把报名转到学员的新账号" },
  { command: "cancel", description: "取消等待确认的导入或发布" },
  { command: "whoami", description: "查看我的账号和身份" },
  { command: "help", description: "使用帮助" },
];

/** Telegram through node-telegram-bot-api v2: long polling by default, a webhook when configured. */
export class TelegramChannel implements Channel {
  readonly name = "telegram" as const;
  readonly limits = { maxText: MAX_TEXT };
  /** Public so the app can point it at its own store once that is open. */
  onGroupMigrated?: GroupMigratedHook;
  /** Public so the app can point it at its own store once that is open. */
  coordinatorChats?: () => Promise<string[]>;
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
    this.coordinatorChats = o.coordinatorChats;
    // the timeout is httpFetch's own (a socket timer), not an AbortSignal.timeout per call; long polls keep theirs
    this.bot = new Bot(o.token, {
      apiRoot: o.apiRoot, timeoutMs: 0, fetch: httpFetch(60_000), maxRetryAfterMs: o.maxInlineRetryAfterMs ?? 5_000, rateLimit: o.rateLimit,
    });
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
    await this.setCoordinatorMenus();
    const w = this.o.webhook;
    if (w) {
      this.server = new WebhookServer((u) => this.webhookUpdate(u), {
        path: new URL(w.url).pathname, secret: w.secret, host: w.host, port: w.port, maxBodyBytes: this.o.maxBodyBytes, onMalformed: (m) => this.malformed(m),
      });
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

  /** Each coordinator's private chat gets the coordinator menu; one that never wrote to the bot is skipped (logged). */
  async setCoordinatorMenus(): Promise<void> {
    for (const chatId of (await this.coordinatorChats?.()) ?? []) {
      await this.bot.api.setMyCommands({ commands: COORDINATOR_MENU, scope: { type: "chat", chat_id: chatId } }).catch((e: unknown) => {
        this.log.warn({ ...errorDetail(e), chat: chatId }, "coordinator menu not set");
      });
    }
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

  /** getUpdates' updates, through the library's middleware: checked here. */
  private async onUpdate(raw: Update): Promise<void> {
    const checked = checkUpdate(raw);
    if (!checked.ok) return this.malformed(checked);
    return this.handleChecked(checked.update);
  }

  /** A webhook's update, checked on arrival: handled at once; a failure is logged and fails the POST (500). */
  private async webhookUpdate(u: Update): Promise<void> {
    try {
      await this.handleChecked(u);
    } catch (err) {
      this.log.error({ ...errorDetail(err), update: u.update_id }, "update not handled; Telegram will deliver it again");
      throw err;
    }
  }

  private async handleChecked(update: Update): Promise<void> {
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

  /** Answered (200, or the offset moves past it) and logged once: it will never become valid. */
  private malformed(c: { updateId?: number; problem: string }): void {
    this.log.warn({ update: c.updateId, problem: c.problem }, "malformed update ignored");
  }

  private async withFile(msg: Omit<InboundMessage, "file">, f: RemoteFile): Promise<InboundMessage> {
    const root = this.o.apiRoot ?? "https://api.telegram.org";
    const d = await downloadFile(f, { api: this.bot.api, root, token: this.o.token, maxBytes: this.o.maxDownloadBytes });
    if (d.ok) return { ...msg, file: { name: f.name, bytes: d.bytes } };
    const mb = Math.round((this.o.maxDownloadBytes ?? MAX_DOWNLOAD) / 1024 / 1024);
    return { ...msg, other: d.why === "tooLarge" ? `超过${mb} MB的文件“${f.name}”` : `无法从 Telegram 取得的文件“${f.name}”` };
  }
}
