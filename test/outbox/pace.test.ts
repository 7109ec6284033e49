import { describe, expect, it } from "vitest";
import { FRESH, earliest, earliestInWindow, localDay, nextLocalDay, plan, take, type PaceCandidate, type PaceRule, type PaceState, type WindowRule } from "../../src/outbox/pace.js";

const T0 = Date.parse("2022-06-01T10:00:00+08:00");
const noJitter = () => 0;

/** Takes `n` single messages under one rule as early as allowed from `now`; answers their times. */
function times(rule: PaceRule, n: number, now = T0, bulk = false, random = noJitter): number[] {
  let s: PaceState = FRESH;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const at = earliest(rule, s, now, 1, bulk);
    s = take(rule, s, at, 1, bulk, random);
    out.push(at);
  }
  return out;
}

/** The most messages in any window of `ms` starting at a send. */
function busiest(ts: number[], ms: number): number {
  return Math.max(...ts.map((t) => ts.filter((u) => u >= t && u < t + ms).length));
}

describe("the pace of sending", () => {
  it("spaces 30 per second evenly: never more than 30 in any second", () => {
    const ts = times({ intervalMs: 1000 / 30, burst: 1 }, 300);
    expect(busiest(ts, 1000)).toBe(30);
    // the slots are kept to the microsecond, rounded up: 300 messages lose well under a millisecond
    expect(Math.abs(ts.at(-1)! - ts[0]! - (299 * 1000) / 30)).toBeLessThan(1);
  });

  /** Places `n` messages to one chat as early as its window allows from `now`. */
  function chatTimes(rule: WindowRule, n: number, now = T0): number[] {
    const past: number[] = [];
    for (let i = 0; i < n; i++) past.push(earliestInWindow(rule, past, now, 1));
    return past;
  }

  it("lets three go together to one chat, then waits for the window: one a second on average", () => {
    expect(chatTimes({ max: 3, windowMs: 3000 }, 7).map((t) => t - T0)).toEqual([0, 0, 0, 3000, 3000, 3000, 6000]);
  });

  it("keeps a group to 20 in any minute", () => {
    const ts = chatTimes({ max: 20, windowMs: 60_000 }, 70);
    expect(busiest(ts, 60_000)).toBe(20);
  });

  it("adds jitter drawn anew for each WeChat message, within the configured bound", () => {
    let i = 0;
    const draws = [0, 0.5, 0.999, 0.25];
    const ts = times({ intervalMs: 3000, jitterMs: 2000, burst: 1 }, 5, T0, false, () => draws[i++ % draws.length]!);
    const gaps = ts.slice(1).map((t, k) => t - ts[k]!);
    expect(gaps).toEqual([3000, 4000, 4998, 3500]);
  });

  it("stops at the daily cap and resumes at Beijing midnight", () => {
    const ts = times({ intervalMs: 1000, burst: 1, dailyCap: 3 }, 5, Date.parse("2022-06-01T23:59:50+08:00"));
    expect(ts.map((t) => new Date(t).toISOString())).toEqual([
      "2022-06-01T15:59:50.000Z", "2022-06-01T15:59:51.000Z", "2022-06-01T15:59:52.000Z",
      "2022-06-01T16:00:00.000Z", "2022-06-01T16:00:01.000Z",
    ]);
    expect(localDay(Date.parse("2022-06-01T16:00:00Z"))).toBe("2022-06-02");
    expect(nextLocalDay(Date.parse("2022-06-01T10:00:00Z"))).toBe(Date.parse("2022-06-01T16:00:00Z"));
  });

  it("keeps the last tenth of the WeChat cap for replies once broadcasts used theirs", () => {
    const rule: PaceRule = { intervalMs: 0, burst: 1, dailyCap: 10, bulkDailyCap: 9 };
    let s: PaceState = FRESH;
    for (let i = 0; i < 9; i++) s = take(rule, s, earliest(rule, s, T0, 1, true), 1, true, noJitter);
    expect(earliest(rule, s, T0, 1, true)).toBe(nextLocalDay(T0));
    expect(earliest(rule, s, T0, 1, false)).toBe(T0);
  });

  describe("a plan over the account's and the chats' limits", () => {
    const account: PaceRule = { intervalMs: 100, burst: 1 };
    const chat: WindowRule = { max: 1, windowMs: 1000 };
    const cand = (id: number, chatId: string, cost = 1): PaceCandidate => ({ id, cost, bulk: true, chat: { key: `user:${chatId}`, rule: chat } });

    it("takes slots up to the horizon and says when the account is free again", () => {
      const p = plan(account, FRESH, new Map(), [1, 2, 3, 4, 5].map((i) => cand(i, `c${i}`)), T0, 250, noJitter);
      expect(p.taken.map((t) => t.at - T0)).toEqual([0, 100, 200]);
      expect(p.fullUntil! - T0).toBe(300);
      expect(p.deferred).toEqual([]);
    });

    it("defers a second message to the same chat without holding up the others", () => {
      const p = plan(account, FRESH, new Map(), [cand(1, "a"), cand(2, "a"), cand(3, "b")], T0, 500, noJitter);
      expect(p.taken.map((t) => [t.id, t.at - T0])).toEqual([[1, 0], [3, 100]]);
      expect(p.deferred.map((d) => [d.id, d.at - T0])).toEqual([[2, 1000]]);
    });

    it("judges a chat by its sends another process already made", () => {
      const p = plan(account, FRESH, new Map([["user:a", [T0 - 400]]]), [cand(1, "a")], T0, 1000, noJitter);
      expect(p.taken.map((t) => t.at - T0)).toEqual([600]);
    });

    it("gives a long text split in two parts two slots", () => {
      const p = plan(account, FRESH, new Map(), [cand(1, "a", 2), cand(2, "b")], T0, 1000, noJitter);
      expect(p.taken.map((t) => t.at - T0)).toEqual([0, 200]);
    });

    it("spaces a slow sender's slots at its own pace, so none goes stale while it waits", () => {
      const p = plan(account, FRESH, new Map(), [cand(1, "a"), cand(2, "b"), cand(3, "c")], T0, 1000, noJitter, 250);
      expect(p.taken.map((t) => t.at - T0)).toEqual([0, 250, 500]);
    });

    it("continues from the state another process left", () => {
      const p = plan(account, { ...FRESH, nextAt: T0 + 700 }, new Map(), [cand(1, "a")], T0, 1000, noJitter);
      expect(p.taken[0]!.at - T0).toBe(700);
      expect(p.state.nextAt - T0).toBe(800);
    });
  });
});
