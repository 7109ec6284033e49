import { describe, expect, it } from "vitest";
import { Pacer, type PacerOptions } from "../../../src/channels/wechat/pacer.js";
import type { SendResult } from "../../../src/channels/types.js";

/** A clock that only moves when someone sleeps. */
function fakeClock(start = "2022-05-20T10:00:00+08:00") {
  let t = Date.parse(start);
  return { now: () => t, sleep: async (ms: number) => void (t += ms), set: (iso: string) => void (t = Date.parse(iso)) };
}

function pacer(o: Partial<PacerOptions> = {}) {
  const clock = fakeClock();
  const p = new Pacer({ intervalMs: 3000, jitterMs: 2000, dailyCap: 500, now: clock.now, sleep: clock.sleep, ...o });
  const sentAt: number[] = [];
  /** One message through the queue, its departure time recorded. */
  const sendOne = () =>
    p.run(1, async (pace): Promise<SendResult> => {
      await pace();
      sentAt.push(clock.now());
      return { ok: true };
    });
  return { p, clock, sentAt, sendOne };
}

describe("pacing of WeChat sends", () => {
  it("spaces N messages sent at once by the interval plus the jitter drawn for each", async () => {
    const { sentAt, sendOne } = pacer({ random: () => 0.5 });
    await Promise.all(Array.from({ length: 6 }, sendOne));
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    expect(gaps).toEqual(Array(5).fill(3000 + 1000));
    // N messages hold the account for N intervals: the next one waits for the last gap too
    await sendOne();
    expect(sentAt.at(-1)! - sentAt[0]!).toBe(6 * 4000);
  });

  it("keeps each gap between the interval and the interval plus the jitter", async () => {
    const { sentAt, sendOne } = pacer();
    await Promise.all(Array.from({ length: 20 }, sendOne));
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    for (const g of gaps) {
      expect(g).toBeGreaterThanOrEqual(3000);
      expect(g).toBeLessThan(5000);
    }
    expect(new Set(gaps).size).toBeGreaterThan(1);
  });

  it("sends the first message at once after a quiet spell", async () => {
    const { clock, sentAt, sendOne } = pacer();
    const start = clock.now();
    await sendOne();
    await clock.sleep(60_000);
    const later = clock.now();
    await sendOne();
    expect(sentAt).toEqual([start, later]);
  });

  it("keeps the order in which sends were asked for", async () => {
    const { p } = pacer({ random: () => 0 });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => p.run(1, async (pace) => (await pace(), order.push(n), { ok: true }))));
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it("is not jammed by a send that throws", async () => {
    const { p, sendOne } = pacer();
    await expect(p.run(1, async () => Promise.reject(new Error("puppet died")))).rejects.toThrow("puppet died");
    await expect(sendOne()).resolves.toEqual({ ok: true });
  });

  it("answers transient until the next day (Beijing time) once the daily cap is reached", async () => {
    const { p, clock, sendOne } = pacer({ dailyCap: 3, intervalMs: 0, jitterMs: 0 });
    clock.set("2022-05-20T23:00:00+08:00");
    for (let i = 0; i < 3; i++) expect(await sendOne()).toEqual({ ok: true });
    expect(p.countToday).toBe(3);
    const capped = await sendOne();
    expect(capped).toMatchObject({ ok: false, kind: "transient", retryAfterMs: 3_600_000 });
    clock.set("2022-05-21T00:00:00+08:00");
    expect(await sendOne()).toEqual({ ok: true });
    expect(p.countToday).toBe(1);
  });

  it("counts every piece of a split message against the cap", async () => {
    const { p, sendOne } = pacer({ dailyCap: 3, intervalMs: 0, jitterMs: 0 });
    await sendOne();
    await sendOne();
    let ran = false;
    const r = await p.run(2, async () => ((ran = true), { ok: true }));
    expect(r).toMatchObject({ ok: false, kind: "transient" });
    expect(ran).toBe(false);
  });

  it("refuses settings that cannot work, saying which", () => {
    expect(() => new Pacer({ intervalMs: -1, jitterMs: 0, dailyCap: 1 })).toThrow("intervalMs");
    expect(() => new Pacer({ intervalMs: 0, jitterMs: Number.NaN, dailyCap: 1 })).toThrow("jitterMs");
  });
});
