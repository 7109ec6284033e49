import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Channel, OutboundMessage, SendResult } from "../../src/channels/types.js";
import { DRIVERS, twoProcessStores } from "../support/db.js";
import { waitFor } from "../outbox/support.js";

const NOW = new Date("2022-05-20T10:00:00+08:00");

/** What the platform saw, across both processes: each send's start and end, in the order they happened. */
type Event = { what: "start" | "end"; by: string; chatId: string; text: string };

/**
 * One process's connection to the platform. `hold` keeps the next send whose text matches in flight until released;
 * `refuse` answers the next matching send with a refusal. Both processes write to one shared log.
 */
class PlatformLink implements Channel {
  readonly name = "console" as const;
  readonly limits = { maxText: 100_000 };
  private holds: { match: (t: string) => boolean; gate: Promise<void>; started: () => void }[] = [];
  private refusals: { match: (t: string) => boolean; result: SendResult }[] = [];

  constructor(readonly by: string, readonly log: Event[]) {}
  async start() {}
  async stop() {}

  /** Resolves `started` once such a send is in flight; the send ends when `release` is called. */
  hold(match: (t: string) => boolean): { started: Promise<void>; release: () => void } {
    let release!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const s = new Promise<void>((r) => (started = r));
    this.holds.push({ match, gate, started });
    return { started: s, release };
  }

  refuse(match: (t: string) => boolean, result: SendResult) {
    this.refusals.push({ match, result });
  }

  async send(m: OutboundMessage): Promise<SendResult> {
    const r = this.refusals.findIndex((x) => x.match(m.text));
    if (r >= 0) return this.refusals.splice(r, 1)[0]!.result;
    this.log.push({ what: "start", by: this.by, chatId: m.chatId, text: m.text });
    const h = this.holds.findIndex((x) => x.match(m.text));
    if (h >= 0) {
      const [held] = this.holds.splice(h, 1);
      held!.started();
      await held!.gate;
    }
    this.log.push({ what: "end", by: this.by, chatId: m.chatId, text: m.text });
    return { ok: true };
  }
}

/** The texts as the chat received them, and whether a send to the chat ever started while another was in flight. */
function received(log: Event[], chatId: string) {
  let flying = 0;
  let overlapped = false;
  const texts: string[] = [];
  for (const e of log.filter((x) => x.chatId === chatId)) {
    if (e.what === "start") overlapped ||= ++flying > 1;
    else {
      flying--;
      texts.push(e.text);
    }
  }
  return { texts, overlapped };
}

const consentPrompt = (t: string) => t.includes("个人信息");

describe.each(DRIVERS)("one chat's replies across two processes on one %s database", (driver) => {
  const stores = twoProcessStores(driver);
  let a: App;
  let b: App;
  let log: Event[];
  let linkA: PlatformLink;
  let linkB: PlatformLink;
  beforeEach(async () => {
    await stores.store.reset();
    log = [];
    linkA = new PlatformLink("A", log);
    linkB = new PlatformLink("B", log);
    const config = loadConfig({ LOG_LEVEL: "silent" });
    a = await createApp(config, { store: stores.store, channels: [linkA], now: () => NOW });
    b = await createApp(config, { store: stores.second, channels: [linkB], now: () => NOW });
  });
  afterEach(async () => {
    await Promise.all([a.sender.stop(), b.sender.stop()]);
  });

  const msg = (id: number, text: string) => ({ channel: "console" as const, messageId: String(id), userId: "t1", text });

  it("holds a turn's replies while the previous turn's reply is in flight at the other process", async () => {
    const held = linkA.hold(consentPrompt);
    const first = a.engine.handle(msg(1, "报名"));
    await held.started;
    await b.engine.accept(msg(2, "同意"));
    expect(await b.sender.drainOnce()).toBe(0);
    held.release();
    await first;
    await waitFor(async () => received(log, "t1").texts.length >= 2, 20_000, 10);
    const r = received(log, "t1");
    expect(r.overlapped).toBe(false);
    expect(consentPrompt(r.texts[0]!)).toBe(true);
    expect(r.texts.slice(1).some(consentPrompt)).toBe(false);
  });

  it("holds a turn's replies while this process's queue is sending the previous turn's reply, which the other process had given back", async () => {
    // A's send is refused for now: the reply returns to the queue, due again at once
    linkA.refuse(consentPrompt, { ok: false, kind: "transient", error: "busy", retryAfterMs: 0 });
    await a.engine.handle(msg(1, "报名"));
    expect(log).toEqual([]);
    // B's queue takes it up, and its send is slow
    const held = linkB.hold(consentPrompt);
    const pumping = b.sender.drainOnce();
    await held.started;
    // meanwhile the trainee answers, and the answer lands at B
    await b.engine.accept(msg(2, "同意"));
    expect(received(log, "t1").overlapped).toBe(false);
    held.release();
    await pumping;
    await waitFor(async () => {
      await b.sender.drainOnce();
      return received(log, "t1").texts.length >= 2;
    }, 20_000, 10);
    const r = received(log, "t1");
    expect(r.overlapped).toBe(false);
    expect(consentPrompt(r.texts[0]!)).toBe(true);
  });

  it("sends none of a turn's later replies while an earlier one waits to be sent again", async () => {
    await a.engine.handle(msg(1, "报名"));
    await a.engine.handle(msg(2, "同意"));
    log.length = 0;
    // the turn that starts the form has two replies: the first is refused for now and goes back to the queue
    const starting = (t: string) => t.startsWith("好的");
    linkA.refuse(starting, { ok: false, kind: "transient", error: "busy", retryAfterMs: 0 });
    await a.engine.handle(msg(3, "同意"));
    expect(received(log, "t1").texts).toEqual([]);
    await waitFor(async () => (await a.sender.drainOnce()) === 0 && received(log, "t1").texts.length >= 2, 20_000, 10);
    const r = received(log, "t1");
    expect(starting(r.texts[0]!)).toBe(true);
    expect(r.texts[1]).toContain("（1/21）");
  });
});
