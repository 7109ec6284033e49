import { eq } from "drizzle-orm";
import type { Db } from "../store/db.js";
import { contacts } from "../store/schema.js";
import type { Channel, OutboundMessage, SendResult } from "../channels/types.js";
import { claimDue, recordResult, releaseStale, type OutboxRow, type Payload } from "./store.js";

export interface SenderOptions {
  db: Db;
  channels: Map<string, Channel>;
  now: () => Date;
  /** Names this process in claimed rows. */
  workerId: string;
  pollMs?: number;
  leaseMs?: number;
  log?: (msg: string, extra?: object) => void;
}

export function toOutbound(row: OutboxRow): OutboundMessage {
  const p = row.payload as Payload & { file?: { name: string; bytes: string | Uint8Array; mime?: string } };
  const file = p.file ? { ...p.file, bytes: typeof p.file.bytes === "string" ? Buffer.from(p.file.bytes, "base64") : p.file.bytes } : undefined;
  return { channel: row.channel as OutboundMessage["channel"], chatId: row.chatId, chatKind: row.chatKind as "user" | "group", text: p.text, options: p.options, file };
}

/** Sends outbox rows: a turn's own replies at once, and everything else by polling the queue. */
export class Sender {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly o: SenderOptions) {}

  /** Sends rows already claimed by this process, in order, and records each result. */
  async sendRows(rows: OutboxRow[]): Promise<void> {
    for (const row of rows) await this.sendOne(row);
  }

  private async sendOne(row: OutboxRow): Promise<SendResult> {
    const channel = this.o.channels.get(row.channel);
    let result: SendResult;
    if (!channel) result = { ok: false, kind: "transient", error: `channel ${row.channel} is not running here` };
    else {
      try {
        result = await channel.send(toOutbound(row));
      } catch (e) {
        result = { ok: false, kind: "transient", error: (e as Error).message };
      }
    }
    await recordResult(this.o.db, row, result, this.o.now());
    if (!result.ok && result.kind === "blocked" && row.chatKind === "user") {
      await this.o.db
        .update(contacts)
        .set({ unreachableAt: this.o.now(), unreachableReason: result.error })
        .where(eq(contacts.userKey, `${row.channel}:${row.chatId}`));
    }
    if (!result.ok) this.o.log?.("send failed", { id: row.id, kind: result.kind, error: result.error });
    return result;
  }

  /** One pass over the queue for every running channel; returns how many rows were sent or tried. */
  async drainOnce(limit = 50): Promise<number> {
    let n = 0;
    for (const name of this.o.channels.keys()) {
      const rows = await claimDue(this.o.db, name, limit, this.o.workerId, this.o.now());
      await this.sendRows(rows);
      n += rows.length;
    }
    return n;
  }

  start(): void {
    const poll = this.o.pollMs ?? 500;
    let sweeps = 0;
    const tick = async () => {
      if (this.stopped) return;
      try {
        if (sweeps++ % 60 === 0) await releaseStale(this.o.db, this.o.leaseMs ?? 60_000, this.o.now());
        while (!this.stopped && (await this.drainOnce()) > 0);
      } catch (e) {
        this.o.log?.("outbox poll failed", { error: (e as Error).message });
      }
      if (!this.stopped) this.timer = setTimeout(() => (this.running = tick()), poll);
    };
    this.running = tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
