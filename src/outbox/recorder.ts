import type { Db } from "../store/db.js";
import type { SendResult } from "../channels/types.js";
import { markSent, recordResult, type OutboxRow } from "./store.js";

/**
 * Records send results as they come, successful ones grouped: while one statement is on its way, the answers
 * that arrive meanwhile wait and go together in the next. A result's promise resolves once it is committed, and a
 * send counts as in flight until then, so grouping never widens what a crash could repeat.
 */
export class Recorder {
  private waiting: { id: number; at: Date; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private busy = false;

  constructor(
    private readonly db: Db, private readonly fastCommit = false, private readonly maxGroup = 500, private readonly patienceMs = 120_000,
    private readonly onError?: (e: Error) => void,
  ) {}

  record(row: OutboxRow, result: SendResult, now: Date): Promise<void> {
    if (!result.ok) return recordResult(this.db, row, result, now, this.fastCommit);
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: row.id, at: now, resolve, reject });
      void this.flush();
    });
  }

  /**
   * A send that went out must be recorded, or it would go again after the lease: while the database is away (a
   * restart) the record is retried, the rows staying held (renewed) by this process meanwhile.
   */
  private async markSentPatiently(group: { id: number; at: Date }[]): Promise<void> {
    const end = Date.now() + this.patienceMs;
    for (;;) {
      try {
        return await markSent(this.db, group, this.fastCommit);
      } catch (e) {
        if (Date.now() > end) throw e;
        this.onError?.(e as Error);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  private async flush(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    while (this.waiting.length) {
      const group = this.waiting.splice(0, this.maxGroup);
      try {
        await this.markSentPatiently(group);
        for (const g of group) g.resolve();
      } catch (e) {
        for (const g of group) g.reject(e);
      }
    }
    this.busy = false;
  }
}
