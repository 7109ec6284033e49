import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Config } from "./config.js";
import { makeNow } from "./config.js";
import { loadProgramme } from "./programme/load.js";
import type { Programme } from "./programme/schema.js";
import { openConfiguredStore, type Store } from "./store/db.js";
import { Sender } from "./outbox/sender.js";
import { renderReceiptRow } from "./receipt/render.js";
import { receiptRenderPool } from "./receipt/renderPool.js";
import { Engine, type CommandHandler } from "./engine/engine.js";
import type { Channel } from "./channels/types.js";
import { makeLogger, type Logger } from "./log.js";
import { commandHandlers } from "./commands.js";
import { makeStandingOf } from "./selection/standing.js";
import { ProgrammeSource } from "./programme/source.js";
import { paceFromConfig } from "./outbox/paceRules.js";
import { ReminderWorker } from "./reminders/worker.js";
import { RetentionWorker, retentionFromConfig } from "./retention/worker.js";

export interface App {
  config: Config;
  store: Store;
  programme: () => Programme;
  /** The programme file plus announced changes, re-read from the database: start() it in a running bot. */
  programmeSource: ProgrammeSource;
  /** Fires due reminders and reports finished broadcasts: start() it in a running bot. */
  reminders: ReminderWorker;
  /** Prunes inbox, delivered outbox rows and unconsented conversations: start() it in a running bot. */
  retention: RetentionWorker;
  now: () => Date;
  sender: Sender;
  engine: Engine;
  channels: Map<string, Channel>;
  log: Logger;
  workerId: string;
}

export interface AppOptions {
  channels?: Channel[];
  commands?: CommandHandler[];
  /** Overrides the configured clock (tests). */
  now?: () => Date;
  /** An already open store (tests share one per file). */
  store?: Store;
}

/** Wires config, programme, store, outbox and engine; starts nothing. */
export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = makeLogger(config.LOG_LEVEL);
  const base = loadProgramme(config.PROGRAMME_FILE);
  const store = opts.store ?? (await openConfiguredStore(config));
  const now = opts.now ?? makeNow(config.clock);
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const channels = new Map<string, Channel>((opts.channels ?? []).map((c) => [c.name, c]));
  const programmeSource = new ProgrammeSource({ db: store.db, base, log: (m, x) => log.warn(x ?? {}, m) });
  await programmeSource.refresh();
  const programme = () => programmeSource.current();
  const pace = paceFromConfig(config);
  const sender = new Sender({
    db: store.db, channels, now, workerId, pace, fastCommit: store.kind === "postgres", log: (m, x) => log.warn(x ?? {}, m),
    render: (row) => renderReceiptRow(store.db, row, { programme, now, pool: receiptRenderPool() }),
  });
  const reminders = new ReminderWorker({ db: store.db, programme, now, log: (m, x) => log.info(x ?? {}, m) });
  const engine = new Engine({
    db: store.db, programme, now, sender, workerId, groupIntervalSec: config.GROUP_ANSWER_INTERVAL_SEC, commands: opts.commands ?? commandHandlers,
    standingOf: makeStandingOf(programme), pace, asyncCommit: store.kind === "postgres", orderWaitMs: config.INBOUND_ORDER_WAIT_MS,
  });
  const retention = new RetentionWorker({
    db: store.db, now, policy: retentionFromConfig(config), everyMs: config.RETENTION_EVERY_MIN * 60_000, log: (m, x) => log.info(x ?? {}, m),
  });
  return { config, store, programme, programmeSource, reminders, retention, now, sender, engine, channels, log, workerId };
}
