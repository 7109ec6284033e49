import type { Db } from "../store/db.js";
import { leaseSlots } from "./paceStore.js";
import { TRUST_AHEAD_MS } from "./claim.js";
import { LATE_MS } from "./paceRules.js";
import type { PaceRule } from "./pace.js";

/**
 * The account's limit for replies, in blocks of slots leased from the shared `send_pace` row by one atomic statement
 * each: no reply holds a lock across a transaction, and at high rates one lease serves many replies. A block's slots
 * keep the limit's spacing; one not used within LATE_MS of its time is dropped (it never bunches up with later ones).
 */
export class SlotLease {
  private cursor = 0;
  private end = 0;
  private leasing?: Promise<void>;

  constructor(
    private readonly db: Db, private readonly key: string, private readonly rule: PaceRule,
    /** How much time one block spans (at most 2,000 slots). */
    private readonly blockMs = 20,
  ) {}

  /** The time of a slot for a message of `cost` parts, no earlier than `nowMs`: the caller starts the send then. */
  async take(nowMs: () => number, cost: number): Promise<number> {
    const step = this.rule.intervalMs;
    for (;;) {
      const floor = nowMs() - LATE_MS;
      if (this.cursor < floor) this.cursor += Math.ceil((floor - this.cursor) / step) * step;
      if (this.cursor + (cost - 1) * step < this.end) {
        const at = this.cursor;
        this.cursor += cost * step;
        return at;
      }
      if (!this.leasing) {
        this.leasing = this.lease(nowMs(), cost).finally(() => (this.leasing = undefined));
      }
      await this.leasing;
    }
  }

  private async lease(now: number, cost: number): Promise<void> {
    const step = this.rule.intervalMs;
    const n = Math.max(cost, Math.min(2000, Math.floor(this.blockMs / step)));
    const start = await leaseSlots(this.db, this.key, now, n, step, TRUST_AHEAD_MS);
    this.cursor = start;
    this.end = start + n * step;
  }
}

/** Whether the account's rule is simple enough for leased blocks: even spacing, no jitter, no daily count. */
export const leasable = (r: PaceRule) => r.burst <= 1 && !r.jitterMs && r.dailyCap === undefined && r.bulkDailyCap === undefined;
