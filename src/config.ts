import { z } from "zod";
import path from "node:path";
import { existsSync } from "node:fs";

/** The only reader of process.env. Empty strings count as unset. */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const opt = <T extends z.ZodTypeAny>(s: T) => z.preprocess(blank, s.optional());
const withDefault = <T extends z.ZodTypeAny>(s: T, d: z.input<T>) => z.preprocess(blank, s.default(d as never));
const bool = z.enum(["true", "false", "1", "0"], { message: "expected true or false" }).transform((v) => v === "true" || v === "1");
const int = (min: number) => z.coerce.number({ message: "expected a number" }).int("expected a whole number").min(min, `expected a number of at least ${min}`);

const instant = z.string().refine((s) => s === "real" || !Number.isNaN(Date.parse(s)), {
  message: "expected an ISO timestamp such as 2022-05-20T09:00:00+08:00, or 'real'",
});

const envSchema = z.object({
  DATABASE_URL: opt(z.string().regex(/^postgres(ql)?:\/\//, "expected a postgres:// URL")),
  DATA_DIR: withDefault(z.string(), "./data"),
  BOT_NOW: opt(instant),
  /** The real instant (epoch ms) at which BOT_NOW held: processes started apart share one rehearsal timeline. */
  BOT_NOW_SINCE: opt(z.coerce.number().int().positive()),
  PROGRAMME_FILE: opt(z.string()),
  LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
  CONSOLE: opt(bool),

  TELEGRAM_BOT_TOKEN: opt(z.string().regex(/^\d+:[\w-]+$/, "expected a bot token like 123456:ABC-DEF")),
  TELEGRAM_API_ROOT: opt(z.url({ message: "expected an http(s) URL" })),
  TELEGRAM_WEBHOOK_URL: opt(z.url({ message: "expected an https URL" })),
  TELEGRAM_WEBHOOK_SECRET: opt(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "expected 16-256 characters of A-Z, a-z, 0-9, _ or -")),
  TELEGRAM_WEBHOOK_PORT: withDefault(int(1).max(65535), 8443),
  TELEGRAM_WEBHOOK_HOST: withDefault(z.string(), "0.0.0.0"),
  TELEGRAM_RATE_GLOBAL_PER_SEC: withDefault(int(1), 30),
  TELEGRAM_RATE_CHAT_PER_SEC: withDefault(int(1), 1),
  TELEGRAM_RATE_GROUP_PER_MIN: withDefault(int(1), 20),

  WECHATY_PUPPET: opt(z.string()),
  WECHATY_PUPPET_SERVICE_TOKEN: opt(z.string()),
  WECHATY_NAME: withDefault(z.string(), "hubei-ip-training-bot"),
  WECHAT_SEND_INTERVAL_MS: withDefault(int(0), 3000),
  WECHAT_SEND_JITTER_MS: withDefault(int(0), 2000),
  WECHAT_DAILY_CAP: withDefault(int(1), 500),

  GROUP_ANSWER_INTERVAL_SEC: withDefault(int(0), 20),
  INBOUND_ORDER_WAIT_MS: withDefault(int(0), 3000),

  // retention (PIPL art. 47): inbox and delivered messages outlast Telegram's 24 h of redelivery by a margin
  RETENTION_INBOX_HOURS: withDefault(int(25), 30),
  RETENTION_OUTBOX_HOURS: withDefault(int(1), 30),
  RETENTION_UNCONSENTED_DAYS: withDefault(int(1), 7),
  RETENTION_EVERY_MIN: withDefault(int(1), 60),
});

export type Env = z.infer<typeof envSchema>;

export type Clock =
  | { kind: "real" }
  /** Starts at `at` and runs on from there; a rehearsal says so at start. */
  | { kind: "offset"; at: Date; rehearsal: boolean; /** The real epoch ms at which it was `at`; else its start. */ since?: number };

export interface Config extends Env {
  dataDir: string;
  clock: Clock;
  channels: { telegram: boolean; wechat: boolean; console: boolean };
}

export class ConfigError extends Error {}

/** A clock inside the registration window, used when nothing at all is configured. */
export const REHEARSAL_NOW = "2022-05-20T09:00:00+08:00";

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError("TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set (16-256 characters of A-Z, a-z, 0-9, _ or -)");
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_BOT_TOKEN) {
    throw new ConfigError("TELEGRAM_BOT_TOKEN: required when TELEGRAM_WEBHOOK_URL is set");
  }
  if (e.WECHATY_PUPPET === "wechaty-puppet-service" && !e.WECHATY_PUPPET_SERVICE_TOKEN) {
    throw new ConfigError("WECHATY_PUPPET_SERVICE_TOKEN: required with WECHATY_PUPPET=wechaty-puppet-service (the token your puppet service provider gave you)");
  }
  const telegram = Boolean(e.TELEGRAM_BOT_TOKEN);
  const wechat = Boolean(e.WECHATY_PUPPET);
  const consoleOn = e.CONSOLE ?? !(telegram || wechat);
  const deployed = telegram || wechat || Boolean(e.DATABASE_URL);
  let clock: Clock;
  if (e.BOT_NOW === "real") clock = { kind: "real" };
  else if (e.BOT_NOW) clock = { kind: "offset", at: new Date(e.BOT_NOW), rehearsal: false, since: e.BOT_NOW_SINCE };
  else if (deployed) clock = { kind: "real" };
  else clock = { kind: "offset", at: new Date(REHEARSAL_NOW), rehearsal: true };
  return {
    ...e,
    dataDir: path.resolve(e.DATA_DIR),
    clock,
    channels: { telegram, wechat, console: consoleOn },
  };
}

/**
 * Reads `.env` (or the file ENV_FILE names) into the environment when there is one, as `.env.example` says;
 * a variable already set in the environment wins over the file.
 */
export function loadDotEnv(file = process.env.ENV_FILE || ".env"): void {
  const explicit = Boolean(process.env.ENV_FILE);
  if (!existsSync(file)) {
    if (explicit) throw new ConfigError(`ENV_FILE: no file ${file}`);
    return;
  }
  try {
    process.loadEnvFile(file);
  } catch (e) {
    throw new ConfigError(`${file}: cannot be read (${(e as Error).message})`);
  }
}

/** A `now()` for the configured clock: an offset clock advances in real time from its start. */
export function makeNow(clock: Clock, realNow: () => number = Date.now): () => Date {
  if (clock.kind === "real") return () => new Date(realNow());
  const startReal = clock.since ?? realNow();
  const startAt = clock.at.getTime();
  return () => new Date(startAt + (realNow() - startReal));
}
