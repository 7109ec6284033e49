import { WechatyBuilder, type Message, type OfficialPuppetNpmName, type Wechaty, type WechatyOptions } from "wechaty";
import type { Config } from "../../config.js";
import { makeLogger } from "../../log.js";
import type { Channel, ChannelLimits, InboundHandler, OutboundMessage, SendResult } from "../types.js";
import { toInbound } from "./inbound.js";
import { consoleLog, showQrInTerminal, watchLifecycle, type WechatLog } from "./lifecycle.js";
import { deliver, toParts } from "./outbound.js";
import { Pacer, type PacerOptions } from "./pacer.js";
import { SerialByKey } from "./serialByKey.js";

export type PuppetInstance = Exclude<NonNullable<WechatyOptions["puppet"]>, string>;

export interface WechatChannelOptions {
  /** A Wechaty built elsewhere (tests); the channel starts and stops it. */
  wechaty?: Wechaty;
  /** A puppet's npm name (WECHATY_PUPPET), or a puppet instance (tests). */
  puppet?: string | PuppetInstance;
  /** A puppet service's token (WECHATY_PUPPET_SERVICE_TOKEN), passed as the puppet's `token` option. */
  token?: string;
  /** Names the session file `<name>.memory-card.json` in the working folder, so a restart needs no new scan. */
  name?: string;
  pacing?: Partial<PacerOptions>;
  /** Longest text in one WeChat message; longer texts are split at line breaks. */
  maxText?: number;
  log?: WechatLog;
  showQr?: (qrcode: string) => void;
}

/** WeChat through Wechaty: a personal or WeCom account driven by a puppet. */
export class WechatChannel implements Channel {
  readonly name = "wechat" as const;
  readonly limits: ChannelLimits;
  private readonly log: WechatLog;
  private readonly pacer: Pacer;
  private readonly serial = new SerialByKey();
  private readonly inFlight = new Set<Promise<void>>();
  private bot?: Wechaty;
  private accepting = false;

  constructor(private readonly o: WechatChannelOptions) {
    if (!o.wechaty && !o.puppet) {
      throw new Error("WechatChannel: no puppet: set WECHATY_PUPPET (e.g. wechaty-puppet-service with WECHATY_PUPPET_SERVICE_TOKEN)");
    }
    const maxText = o.maxText ?? 2000;
    if (!Number.isInteger(maxText) || maxText < 50) throw new Error(`WechatChannel: maxText must be a whole number of at least 50, got ${maxText}`);
    this.limits = { maxText };
    this.pacer = new Pacer({ intervalMs: 3000, jitterMs: 2000, dailyCap: 500, ...o.pacing });
    this.log = o.log ?? consoleLog;
  }

  static fromConfig(config: Config, log: WechatLog = makeLogger(config.LOG_LEVEL)): WechatChannel {
    return new WechatChannel({
      puppet: config.WECHATY_PUPPET,
      token: config.WECHATY_PUPPET_SERVICE_TOKEN,
      name: config.WECHATY_NAME,
      // the outbox paces WeChat (interval, jitter, durable daily cap); here only the parts of one long message are spaced
      pacing: { intervalMs: config.WECHAT_SEND_INTERVAL_MS, jitterMs: 0, dailyCap: Number.MAX_SAFE_INTEGER },
      log,
    });
  }

  /** The running Wechaty, once started. */
  get wechaty(): Wechaty | undefined {
    return this.bot;
  }

  /** Messages sent today, as counted against WECHAT_DAILY_CAP. */
  get sentToday(): number {
    return this.pacer.countToday;
  }

  async start(onMessage: InboundHandler): Promise<void> {
    const bot = this.o.wechaty ?? this.build();
    this.bot = bot;
    watchLifecycle(bot, this.log, this.o.showQr ?? showQrInTerminal);
    bot.on("message", (m) => this.receive(m, onMessage));
    this.accepting = true;
    try {
      await bot.start();
    } catch (e) {
      const which = typeof this.o.puppet === "string" ? `WECHATY_PUPPET=${this.o.puppet}: ` : "";
      throw new Error(`${which}WeChat did not start: ${(e as Error).message}`, { cause: e });
    }
  }

  async stop(): Promise<void> {
    this.accepting = false;
    await Promise.all(this.inFlight);
    try {
      await this.bot?.stop();
    } catch (e) {
      this.log.warn({ err: (e as Error).message }, "WeChat did not stop cleanly");
    }
  }

  async send(msg: OutboundMessage): Promise<SendResult> {
    const bot = this.bot;
    if (!bot) return { ok: false, kind: "transient", error: "the WeChat channel is not started" };
    const parts = toParts(msg, this.limits.maxText);
    if (!parts.length) return { ok: false, kind: "permanent", error: "nothing to send: no text and no file" };
    return this.pacer.run(parts.length, (pace) => deliver(bot, msg, parts, pace));
  }

  private build(): Wechaty {
    const puppet = this.o.puppet!;
    if (typeof puppet !== "string") return WechatyBuilder.build({ puppet });
    return WechatyBuilder.build({
      name: this.o.name,
      // any wechaty-puppet-* package works; the type lists only the official ones
      puppet: puppet as OfficialPuppetNpmName,
      puppetOptions: this.o.token ? { token: this.o.token } : undefined,
    });
  }

  private receive(m: Message, onMessage: InboundHandler): void {
    if (!this.accepting) return;
    const job = this.serial
      .run(conversationKey(m), async () => {
        const msg = await toInbound(m, (why) => this.log.warn({ id: m.id }, why));
        if (msg) await onMessage(msg);
      })
      .catch((e: unknown) => this.log.error({ id: m.id, err: (e as Error).message }, "WeChat message not handled"));
    this.inFlight.add(job);
    void job.finally(() => this.inFlight.delete(job));
  }
}

/** One trainee's private chat, or one member's turn in a group. */
function conversationKey(m: Message): string {
  try {
    return `${m.room()?.id ?? ""}/${m.talker().id}`;
  } catch {
    return m.id;
  }
}
