import net from "node:net";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Store } from "../../src/store/db.js";
import { migrateGroup } from "../../src/store/groups.js";
import { TelegramChannel, type TelegramOptions } from "../../src/channels/telegram/index.js";
import type { FakeTelegram } from "./fakeTelegram.js";

/** Inside the 2022 registration window. */
export const NOW = new Date("2022-05-20T10:00:00+08:00");
export const SECRET = "test_secret_0123456789";
export const quiet = { warn() {}, error() {} };
/** The outbox's pacing lifted: these tests are about behaviour, not Telegram's rate limits. */
export const QUICK = { LOG_LEVEL: "silent", TELEGRAM_RATE_GLOBAL_PER_SEC: "100000", TELEGRAM_RATE_CHAT_PER_SEC: "100000", TELEGRAM_RATE_GROUP_PER_MIN: "100000" };

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

export interface RunningBot {
  app: App;
  channel: TelegramChannel;
  /** Set in webhook mode. */
  webhook?: { url: string; secret: string };
  stop(): Promise<void>;
}

/** The real engine on `store` behind a Telegram channel talking to the fake, by polling or by webhook. */
export async function startBot(
  store: Store, fake: FakeTelegram, mode: "polling" | "webhook", extra: Partial<TelegramOptions> = {},
): Promise<RunningBot> {
  const port = mode === "webhook" ? await freePort() : 0;
  const webhook = port ? { url: `http://127.0.0.1:${port}/telegram/hook`, secret: SECRET, host: "127.0.0.1", port } : undefined;
  const channel = new TelegramChannel({
    token: fake.token, apiRoot: fake.url, webhook, log: quiet,
    onGroupMigrated: (from, to) => migrateGroup(store.db, "telegram", from, to),
    ...extra,
  });
  const app = await createApp(loadConfig(QUICK), { channels: [channel], store, now: () => NOW });
  await channel.start((m) => app.engine.handle(m));
  return { app, channel, webhook: webhook && { url: webhook.url, secret: webhook.secret }, stop: () => channel.stop() };
}
