import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { FakeTelegram } from "./fakeTelegram.js";
import { SECRET } from "./telegramApp.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BotProcess {
  webhook: { url: string; secret: string };
  /** What it wrote to stderr, for the failure message. */
  log(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

/** `npx tsx src/main.ts` in webhook mode against the fake, as it would run in production. */
export function spawnBot(fake: FakeTelegram, o: { databaseUrl: string; port: number; now: string }): BotProcess {
  const url = `http://127.0.0.1:${o.port}/telegram/hook`;
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME,
    DATABASE_URL: o.databaseUrl, BOT_NOW: o.now, LOG_LEVEL: "warn", CONSOLE: "false",
    TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url, TELEGRAM_WEBHOOK_URL: url,
    TELEGRAM_WEBHOOK_PORT: String(o.port), TELEGRAM_WEBHOOK_HOST: "127.0.0.1", TELEGRAM_WEBHOOK_SECRET: SECRET,
  };
  // its own process group, so stopping it reaches tsx's node child too
  const child: ChildProcess = spawn("npx", ["tsx", "src/main.ts"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  let done = false;
  const exited = new Promise<void>((r) => child.once("exit", () => ((done = true), r())));
  return {
    webhook: { url, secret: SECRET },
    log: () => stderr,
    exited: () => done,
    async stop() {
      if (!done && child.pid) process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (!done && child.pid) process.kill(-child.pid, "SIGKILL");
    },
  };
}

/** Resolves once the process has registered its webhook, i.e. its server is listening. */
export async function ready(fake: FakeTelegram, bot: BotProcess): Promise<void> {
  const registered = () => fake.callsOf("setWebhook").some((c) => c.params.url === bot.webhook.url);
  await fake.until(() => registered() || bot.exited(), () => `${bot.webhook.url} to start:\n${bot.log()}`, 90_000);
  if (!registered()) throw new Error(`the bot at ${bot.webhook.url} exited:\n${bot.log()}`);
}
