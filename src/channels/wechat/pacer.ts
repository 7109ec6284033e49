import type { SendResult } from "../types.js";

export interface PacerOptions {
  /** Least time between two messages to WeChat. */
  intervalMs: number;
  /** Up to this much more, drawn anew for every message, so the rhythm is not machine-regular. */
  jitterMs: number;
  /** Most messages in one day (Beijing time). */
  dailyCap: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1). */
  random?: () => number;
}

const DAY = 86_400_000;
// Beijing has no daylight saving: a day there starts at 16:00 UTC
const BEIJING = 8 * 3_600_000;
const dayOf = (t: number) => Math.floor((t + BEIJING) / DAY);
const nextDayStart = (t: number) => (dayOf(t) + 1) * DAY - BEIJING;

/** Called before each single message; resolves when that message may go out. */
export type Pace = () => Promise<void>;

/**
 * One queue for everything the account sends: WeChat flags accounts that send fast or in bursts,
 * and concurrent callers (replies to several trainees, the outbox poll) must share the same rhythm.
 */
export class Pacer {
  private tail: Promise<unknown> = Promise.resolve();
  private nextAt = 0;
  private day = -1;
  private sentToday = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly o: PacerOptions) {
    for (const k of ["intervalMs", "jitterMs", "dailyCap"] as const) {
      if (!Number.isFinite(o[k]) || o[k] < 0) throw new Error(`Pacer: ${k} must be a number of at least 0, got ${o[k]}`);
    }
    this.now = o.now ?? Date.now;
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = o.random ?? Math.random;
  }

  /** Messages counted against today's cap so far. */
  get countToday(): number {
    return this.day === dayOf(this.now()) ? this.sentToday : 0;
  }

  /**
   * Runs `job` alone in the queue once `count` more messages fit under today's cap;
   * otherwise answers `transient` with the time left until the next day, without running it.
   */
  run(count: number, job: (pace: Pace) => Promise<SendResult>): Promise<SendResult> {
    const turn = this.tail.then(() => this.turn(count, job));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  private async turn(count: number, job: (pace: Pace) => Promise<SendResult>): Promise<SendResult> {
    const t = this.now();
    if (this.countToday + count > this.o.dailyCap) {
      return { ok: false, kind: "transient", error: `daily cap of ${this.o.dailyCap} WeChat messages reached`, retryAfterMs: nextDayStart(t) - t };
    }
    return job(() => this.pace());
  }

  private async pace(): Promise<void> {
    const wait = this.nextAt - this.now();
    if (wait > 0) await this.sleep(wait);
    const t = this.now();
    if (this.day !== dayOf(t)) {
      this.day = dayOf(t);
      this.sentToday = 0;
    }
    this.sentToday++;
    this.nextAt = t + this.o.intervalMs + Math.floor(this.random() * this.o.jitterMs);
  }
}
