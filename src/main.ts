import { loadConfig, loadDotEnv, type Config } from "./config.js";
import { createApp, type App } from "./app.js";
import { safeError } from "./redact.js";
import { ConsoleChannel } from "./channels/console/index.js";
import type { Channel } from "./channels/types.js";
import { migrateGroup } from "./store/groups.js";
import { listCoordinators } from "./coordinator/roles.js";

async function channelsFor(config: Config): Promise<Channel[]> {
  const list: Channel[] = [];
  if (config.channels.telegram) {
    const { TelegramChannel } = await import("./channels/telegram/index.js");
    // a 429 goes back to the outbox, which holds the channel in every lane and process (0 would sit out any wait)
    list.push(TelegramChannel.fromConfig(config, { maxInlineRetryAfterMs: 1 }));
  }
  if (config.channels.wechat) {
    const { WechatChannel } = await import("./channels/wechat/index.js");
    list.push(WechatChannel.fromConfig(config));
  }
  return list;
}

function clockBanner(config: Config): string {
  const c = config.clock;
  if (c.kind === "real") return "";
  const at = c.at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
  return c.rehearsal
    ? `【演练模式】未配置任何渠道和数据库：时钟设在报名期内（${at} 起），数据存于 ${config.dataDir}。部署时请配置 DATABASE_URL 或渠道，即用真实时钟。\n[rehearsal] nothing configured: the clock starts at ${c.at.toISOString()}, inside the registration window.`
    : `时钟由 BOT_NOW 设定：${at} 起。`;
}

let started: App | undefined;

async function main() {
  loadDotEnv();
  const config = loadConfig();
  const banner = clockBanner(config);
  const messaging = await channelsFor(config);
  const consoleChannel = config.channels.console ? new ConsoleChannel({ banner }) : undefined;
  const channels = consoleChannel ? [...messaging, consoleChannel] : messaging;
  const app = await createApp(config, { channels });
  started = app;
  // the database going away under load can make postgres.js throw from a timer of its own: one line, a new pool
  process.on("uncaughtException", (e) => {
    if (app.store.isDriverFault?.(e)) {
      if (app.store.renewPool!()) app.log.warn({ error: e.message }, "database connection lost; the pool is renewed once the database answers");
      return;
    }
    process.stderr.write(`fatal: ${safeError(e)}\n${e.stack ?? ""}\n`);
    process.exit(1);
  });
  for (const ch of messaging) {
    // the group's class binding follows it when Telegram turns it into a supergroup
    if ("onGroupMigrated" in ch) ch.onGroupMigrated = (from: string, to: string) => migrateGroup(app.store.db, ch.name, from, to);
    if ("coordinatorChats" in ch) ch.coordinatorChats = async () => (await listCoordinators(app.store.db)).map((r) => r.userKey).filter((k) => k.startsWith("telegram:")).map((k) => k.slice("telegram:".length));
  }
  if (banner && !consoleChannel) app.log.warn(banner);
  // a person chats in this terminal: routine logs would interleave with the conversation
  if (consoleChannel && config.LOG_LEVEL === "info") app.log.level = "warn";
  app.sender.start();
  app.programmeSource.start();
  app.reminders.start();
  app.retention.start();
  // a messaging channel's intake resolves once the turn is committed (the webhook answers then), replies following at
  // once; the terminal shows a message's replies before the next prompt
  for (const ch of channels) {
    await ch.start((m) => (ch.name === "console" ? app.engine.handle(m) : app.engine.accept(m))).catch((e: unknown) => {
      throw new Error(`${ch.name}: could not start: ${safeError(e)}`);
    });
  }
  app.log.info({ channels: channels.map((c) => c.name), db: app.store.kind }, "bot started");

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ why }, "stopping: intake closed, finishing what is in flight");
    for (const ch of channels) await ch.stop().catch((e: Error) => app.log.error({ err: e.message }, "channel stop failed"));
    app.programmeSource.stop();
    await app.reminders.stop();
    await app.retention.stop();
    await app.sender.stop();
    await app.store.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  if (consoleChannel) consoleChannel.finished().then(() => stop("end of terminal input"));
}

// every failure to start is one line and exit code 2: a bad variable, a held data folder, a channel that cannot start
main().catch(async (e: unknown) => {
  process.stderr.write(`error: ${safeError(e).replace(/\s*\n\s*/g, " ")}\n`);
  await started?.store.close().catch(() => {});
  process.exit(2);
});
