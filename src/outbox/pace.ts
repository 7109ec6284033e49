/** The pace of sending as plain data and arithmetic: no database, no clock. Times are epoch milliseconds. */

/** The account's own limit: evenly spaced slots, shared by every process through one `send_pace` row. */
export interface PaceRule {
  /** Least time between two messages, on average. */
  intervalMs: number;
  /** Messages that may go back to back before the interval applies (1: evenly spaced). */
  burst: number;
  /** Up to this much more after each message, drawn anew, so the rhythm is not machine-regular. */
  jitterMs?: number;
  /** Most messages in one local day. */
  dailyCap?: number;
  /** Broadcast messages stop at this many a day, so replies to trainees still fit under the cap. */
  bulkDailyCap?: number;
}

/** One chat's limit: at most `max` messages in any `windowMs`, judged from the outbox's own record of sends. */
export interface WindowRule {
  max: number;
  windowMs: number;
}

/** The account limit's state, as its `send_pace` row holds it. */
export interface PaceState {
  /** When the next message may go, before the burst allowance. */
  nextAt: number;
  day: string | null;
  dayCount: number;
  dayBulk: number;
}

export const FRESH: PaceState = { nextAt: 0, day: null, dayCount: 0, dayBulk: 0 };

const DAY = 86_400_000;
// daily caps count Beijing days; China has no daylight saving, so a fixed offset is exact
const DAY_OFFSET = 8 * 3_600_000;
export const localDay = (t: number) => new Date(Math.floor((t + DAY_OFFSET) / DAY) * DAY).toISOString().slice(0, 10);
export const nextLocalDay = (t: number) => (Math.floor((t + DAY_OFFSET) / DAY) + 1) * DAY - DAY_OFFSET;

/** The earliest time at or after `t` a message of `cost` parts may go under the account's limit. */
export function earliest(rule: PaceRule, s: PaceState, t: number, cost: number, bulk: boolean): number {
  let at = Math.max(t, s.nextAt - (Math.max(1, rule.burst) - 1) * rule.intervalMs);
  const sameDay = s.day === localDay(at);
  const count = sameDay ? s.dayCount : 0;
  const bulkCount = sameDay ? s.dayBulk : 0;
  const capped =
    (rule.dailyCap !== undefined && count + cost > rule.dailyCap && count > 0) ||
    (bulk && rule.bulkDailyCap !== undefined && bulkCount + cost > rule.bulkDailyCap && bulkCount > 0);
  if (capped) at = Math.max(at, nextLocalDay(at));
  return at;
}

/** The state after a message of `cost` parts went at `at`. */
export function take(rule: PaceRule, s: PaceState, at: number, cost: number, bulk: boolean, random: () => number): PaceState {
  const day = localDay(at);
  const sameDay = s.day === day;
  const jitter = rule.jitterMs ? Math.floor(random() * rule.jitterMs) : 0;
  return {
    // up to the microsecond the database keeps: 1000/30 ms slots must never add up to 30 in 999.99 ms
    nextAt: Math.ceil((Math.max(s.nextAt, at) + cost * rule.intervalMs + jitter) * 1000) / 1000,
    day,
    dayCount: (sameDay ? s.dayCount : 0) + cost,
    dayBulk: (sameDay ? s.dayBulk : 0) + (bulk ? cost : 0),
  };
}

/** The earliest time at or after `t` that `cost` more messages fit a chat's window, given its past sends (ascending). */
export function earliestInWindow(rule: WindowRule, past: readonly number[], t: number, cost: number): number {
  // a chat's messages keep their order: never before its last one
  let at = Math.max(t, past.at(-1) ?? t);
  const keep = rule.max - cost;
  if (keep < 0) return past.length ? Math.max(at, past.at(-1)! + rule.windowMs) : at;
  const inWindow = past.filter((p) => p > at - rule.windowMs).length;
  if (inWindow > keep) at = Math.max(at, past[past.length - keep - 1]! + rule.windowMs);
  return at;
}

/** A message to place: its own chat's limit, if any, and how many platform messages it becomes. */
export interface PaceCandidate {
  id: number;
  cost: number;
  bulk: boolean;
  chat?: { key: string; rule: WindowRule };
}

export interface PacePlan {
  /** Messages given a slot within the horizon, in order. */
  taken: { id: number; at: number }[];
  /** Messages held back by their own chat's limit: not before `at`. */
  deferred: { id: number; at: number }[];
  /** The account's next free slot when it is full for this horizon. */
  fullUntil?: number;
  state: PaceState;
}

/**
 * Gives each candidate, in order, the earliest slot both the account's and its chat's limits allow, up to
 * `now + horizonMs`, and at least `spacingMs` after the previous one. The account's limit stops the plan (everything after would wait as long); a chat's limit
 * only defers its own message.
 */
export function plan(
  rule: PaceRule, start: PaceState, history: ReadonlyMap<string, readonly number[]>,
  cands: readonly PaceCandidate[], now: number, horizonMs: number, random: () => number, spacingMs = 0,
): PacePlan {
  let state = start;
  const past = new Map([...history].map(([k, v]) => [k, [...v]]));
  const out: PacePlan = { taken: [], deferred: [], state };
  const until = now + horizonMs;
  let last = -Infinity;
  for (const c of cands) {
    // a sender that cannot start sends as often as the limit allows takes its slots at its own pace, so none goes stale
    let at = earliest(rule, state, Math.max(now, last + spacingMs), c.cost, c.bulk);
    if (at > until) {
      out.fullUntil = at;
      break;
    }
    const mine = c.chat ? (past.get(c.chat.key) ?? []) : [];
    if (c.chat) {
      const chatAt = earliestInWindow(c.chat.rule, mine, at, c.cost);
      // the account's cap may move a late chat slot to the next day
      at = chatAt === at ? at : earliest(rule, state, chatAt, c.cost, c.bulk);
      if (at > until) {
        out.deferred.push({ id: c.id, at });
        continue;
      }
      past.set(c.chat.key, [...mine, ...Array<number>(c.cost).fill(at)]);
    }
    state = take(rule, state, at, c.cost, c.bulk, random);
    out.taken.push({ id: c.id, at });
    last = at;
  }
  out.state = state;
  return out;
}
