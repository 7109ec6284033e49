import type { Db } from "../store/db.js";
import { prune, type Pruned, type RetentionPolicy } from "../store/retention.js";
import type { Config } from "../config.js";

const HOUR = 3_600_000;

export const retentionFromConfig = (c: Config): RetentionPolicy => ({
  inboxMs: c.RETENTION_INBOX_HOURS * HOUR,
  outboxMs: c.RETENTION_OUTBOX_HOURS * HOUR,
  unconsentedMs: c.RETENTION_UNCONSENTED_DAYS * 24 * HOUR,
});

export interface RetentionWorkerOptions {
  db: Db;
  now: () => Date;
  policy: RetentionPolicy;
  everyMs: number;
  log?: (msg: string, extra?: object) => void;
}

/** Prunes on a timer in the running bot; the command line's `prune` is one round of it. */
export class RetentionWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(private readonly o: RetentionWorkerOptions) {}

  async tick(): Promise<Pruned> {
    const r = await prune(this.o.db, this.o.now(), this.o.policy);
    if (r.inbox + r.outboxDeleted + r.outboxEmptied + r.conversations) this.o.log?.("retention: pruned", r);
    return r;
  }

  start(): void {
    const loop = async () => {
      await this.tick().catch((e: Error) => this.o.log?.("retention failed", { error: e.message }));
      if (!this.stopped) this.timer = setTimeout(() => (this.running = loop()), this.o.everyMs).unref();
    };
    this.running = loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
