import type { Db } from "../store/db.js";
import type { Programme } from "../programme/schema.js";
import { finishBroadcasts } from "../broadcast/finish.js";
import { runDueReminders } from "./run.js";

export interface WorkerOptions {
  db: Db;
  programme: () => Programme;
  now: () => Date;
  everyMs?: number;
  log?: (msg: string, extra?: object) => void;
}

/** The bot's clockwork: fires due reminders and closes finished broadcasts with their reports, every half minute. */
export class ReminderWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly o: WorkerOptions) {}

  /** One round; the command line's `reminders run` is this, once. */
  async tick(): Promise<void> {
    const now = this.o.now();
    for (const f of await runDueReminders(this.o.db, this.o.programme(), now)) this.o.log?.("reminder sent", f);
    for (const f of await finishBroadcasts(this.o.db, now)) this.o.log?.("broadcast finished", { id: f.id, by: f.createdBy, toChat: f.toChat });
  }

  start(): void {
    const every = this.o.everyMs ?? 30_000;
    const loop = async () => {
      await this.tick().catch((e: Error) => this.o.log?.("reminder worker failed", { error: e.message }));
      if (!this.stopped) this.timer = setTimeout(() => (this.running = loop()), every);
    };
    this.running = loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }
}
