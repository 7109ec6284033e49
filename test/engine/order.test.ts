import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { ChatOrder } from "../../src/engine/chatOrder.js";
import { RecordingChannel } from "../support/recordingChannel.js";
import { DRIVERS, testStore } from "../support/db.js";

const NOW = new Date("2022-05-20T10:00:00+08:00");

describe("the order of one chat's turns", () => {
  it("runs the updates of one chat that arrive together in the order of their ids, whatever order they came in", async () => {
    const order = new ChatOrder();
    const ran: string[] = [];
    const job = (id: string) => order.run("c1", id, async () => void ran.push(id));
    await Promise.all([job("12"), job("10"), job("11"), job("9")]);
    expect(ran).toEqual(["9", "10", "11", "12"]);
  });

  it("runs one chat's turns one at a time, and other chats' alongside", async () => {
    const order = new ChatOrder();
    const events: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const a1 = order.run("a", "1", async () => {
      events.push("a1 start");
      await held;
      events.push("a1 end");
    });
    const a2 = order.run("a", "2", async () => void events.push("a2"));
    const b1 = order.run("b", "1", async () => void events.push("b1"));
    await b1;
    expect(events).toEqual(["a1 start", "b1"]);
    release();
    await Promise.all([a1, a2]);
    expect(events).toEqual(["a1 start", "b1", "a1 end", "a2"]);
  });
});

describe.each(DRIVERS)("the engine's intake on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let app: App;
  let channel: RecordingChannel;
  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    channel = new RecordingChannel(4096);
    app = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store, channels: [channel], now: () => NOW });
  });

  it("handles a trainee's updates that arrive together by update id, and sends the replies in that order", async () => {
    const msg = (id: number, text: string) => ({ channel: "console" as const, messageId: String(id), userId: "t1", text });
    // the consent (101) was delivered a moment before the request (100) it answers
    await Promise.all([app.engine.handle(msg(102, "同意")), app.engine.handle(msg(101, "同意")), app.engine.handle(msg(100, "报名"))]);
    const texts = channel.sent.map((m) => m.text);
    expect(texts[0]).toContain("同意");
    expect(texts.at(-1)).toContain("单位全称");
  });

  it("answers at the commit, and the reply follows", async () => {
    await app.engine.accept({ channel: "console", messageId: "1", userId: "t2", text: "报名" });
    await app.sender.stop();
    expect(channel.sent.map((m) => m.chatId)).toEqual(["t2"]);
  });
});
