import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import http from "node:http";
import { inbox, conversations, receipts } from "../../../src/store/schema.js";
import { FakeTelegram } from "../../support/fakeTelegram.js";
import { startBot, type RunningBot } from "../../support/telegramApp.js";
import { Trainee } from "../../support/telegramTrainee.js";
import { document, person, text } from "../../support/telegramUpdates.js";
import { DRIVERS, testStore } from "../../support/db.js";

const ana = person(7101, "Ana");
const msg = (extra: Record<string, unknown> = {}) => ({ message_id: 1, date: 1_650_000_000, from: ana, chat: { id: ana.id, type: "private" }, text: "你好", ...extra });

/** Bodies Telegram never sends, each once; every one must be answered 200 (or Telegram retries it for 24 h). */
const MALFORMED: [string, string][] = [
  ["a message without a chat", JSON.stringify({ update_id: 9001, message: { message_id: 1, date: 1, from: ana, text: "你好" } })],
  ["a null body", "null"],
  ["an array", "[]"],
  ["no JSON at all", "{update_id: 9002"],
  ["entities holding null", JSON.stringify({ update_id: 9003, message: msg({ entities: [null] }) })],
  ["no update_id", JSON.stringify({ message: msg() })],
  ["an update_id as a string", JSON.stringify({ update_id: "9004", message: msg() })],
  ["from.id as an object", JSON.stringify({ update_id: 9005, message: msg({ from: { id: { $gt: 0 }, is_bot: false, first_name: "x" } }) })],
  ["a chat id as text", JSON.stringify({ update_id: 9006, message: msg({ chat: { id: "7101", type: "private" } }) })],
  ["a file id with a path in it", JSON.stringify({ update_id: 9007, message: msg({ text: undefined, document: { file_id: "../../etc/passwd", file_unique_id: "x" } }) })],
  ["a null callback query", JSON.stringify({ update_id: 9008, callback_query: null })],
  ["a callback query without its sender", JSON.stringify({ update_id: 9009, callback_query: { id: "q1", chat_instance: "c", data: "同意" } })],
  ["a text that is a number", JSON.stringify({ update_id: 9010, message: msg({ text: 12345 }) })],
  ["an empty list of photo sizes", JSON.stringify({ update_id: 9011, message: msg({ text: undefined, photo: [] }) })],
  ["a chat of an unknown type", JSON.stringify({ update_id: 9012, message: msg({ chat: { id: ana.id, type: "secret" } }) })],
  ["callback data over Telegram's 64 bytes", JSON.stringify({ update_id: 9013, callback_query: { id: "q2", from: ana, chat_instance: "c", data: "同".repeat(30) } })],
  ["a user id of 0", JSON.stringify({ update_id: 9014, message: msg({ from: { id: 0, is_bot: false, first_name: "x" } }) })],
  ["a negative update_id", JSON.stringify({ update_id: -1, message: msg() })],
  ["an update_id past 52 bits", JSON.stringify({ update_id: 2 ** 60, message: msg() })],
];

describe.each(DRIVERS)("hostile webhook input on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let fake: FakeTelegram;
  let bot: RunningBot;
  let warnings: { obj: Record<string, unknown>; msg: string }[];
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(bot.webhook!.url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": bot.webhook!.secret, ...headers }, body })
      .then(async (r) => (await r.arrayBuffer(), r.status));

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    fake = await FakeTelegram.start();
    warnings = [];
    const log = { warn: (obj: object, msg: string) => void warnings.push({ obj: obj as Record<string, unknown>, msg }), error: (obj: object, msg: string) => void warnings.push({ obj: obj as Record<string, unknown>, msg }) };
    bot = await startBot(store, fake, "webhook", { log, maxBodyBytes: 64 * 1024 });
  });
  afterEach(async () => {
    await bot.stop();
    await fake.close();
  });

  it.each(MALFORMED)("answers %s with 200, logs it once, and stores nothing", async (_what, body) => {
    expect(await post(body)).toBe(200);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toBe("malformed update ignored");
    expect(await store.db.$count(inbox)).toBe(0);
    expect(await store.db.$count(conversations)).toBe(0);
    // and the next real update goes through as usual
    expect((await new Trainee(fake, ana).say("你好")).join("")).not.toBe("");
    const keys = (await store.db.select().from(inbox)).map((r) => `${r.messageId} ${r.userKey}`);
    expect(keys.join()).not.toMatch(/undefined|object Object|NaN/);
  });

  it("takes an update carrying fields it does not know, as Telegram adds them", async () => {
    const body = JSON.stringify({ update_id: 9200, future_field: { x: 1 }, message: msg({ text: "培训要钱吗", via_new_feature: true, chat: { id: ana.id, type: "private", is_forum: false } }) });
    expect(await post(body)).toBe(200);
    expect(warnings).toHaveLength(0);
    expect((await store.db.select().from(inbox)).map((r) => [r.messageId, r.userKey])).toEqual([["9200", `telegram:${ana.id}`]]);
  });

  it("still wants the secret before it looks at a body (401)", async () => {
    expect(await post("null", { "x-telegram-bot-api-secret-token": "wrong_secret_0123456789" })).toBe(401);
    expect(warnings).toHaveLength(0);
  });

  it("refuses a body over the limit by its Content-Length, before reading it (413)", async () => {
    const big = JSON.stringify({ update_id: 9100, message: msg({ text: "x".repeat(200 * 1024) }) });
    expect(await post(big)).toBe(413);
    expect(await store.db.$count(inbox)).toBe(0);
    expect((await new Trainee(fake, ana).say("你好")).join("")).not.toBe("");
  });

  it("refuses a chunked body without a Content-Length once it passes the limit (413)", async () => {
    const url = new URL(bot.webhook!.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "x-telegram-bot-api-secret-token": bot.webhook!.secret, "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", reject);
      req.write('{"update_id": 9101, "pad": "');
      const piece = "y".repeat(16 * 1024);
      let n = 0;
      const more = () => {
        // keeps sending until the server has answered, as a hostile client would
        while (n++ < 64) if (!req.write(piece)) return void req.once("drain", more);
        req.end('"}');
      };
      more();
    });
    expect(status).toBe(413);
    expect(await store.db.$count(inbox)).toBe(0);
  });

  it("tells the trainee a file Telegram will not give (getFile 400), and answers 200", async () => {
    const t = new Trainee(fake, ana);
    await t.say("/start");
    await t.tap("同意");
    const statuses = await fake.push(document(ana, { file_id: "gone-file", file_unique_id: "g", file_size: 1000 }, "回执.pdf", "application/pdf"));
    expect(statuses).toEqual([200]);
    expect(fake.sentTo(ana.id).at(-1)!.text).toContain("无法从 Telegram 取得的文件“回执.pdf”");
  });

  it("lets a getFile that fails for a while be delivered again (500), then takes the file", async () => {
    const t = new Trainee(fake, ana);
    await t.say("/start");
    await t.tap("同意");
    fake.failNext("getFile", { error_code: 502, description: "Bad Gateway" });
    const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
    const replies = await t.upload("回执.pdf", pdf, "application/pdf");
    expect(fake.callsOf("getFile")).toHaveLength(2);
    expect(replies.join("")).toContain("已收到报名回执扫描件");
  });

  it.each([
    ["no file_size at all", null],
    ["a file_size that lies", 1000],
  ])("stops downloading a 60 MB document with %s once it passes 10 MB", async (_what, reportedSize) => {
    const t = new Trainee(fake, ana);
    await t.say("/start");
    await t.tap("同意");
    const huge = new Uint8Array(60 * 1024 * 1024);
    huge.set(new TextEncoder().encode("%PDF-1.4\n"));
    const replies = await t.answersTo(document(ana, fake.addFile(huge, "huge.pdf", { reportedSize }), "huge.pdf", "application/pdf"));
    expect(replies.join("")).toContain("超过10 MB的文件“huge.pdf”");
    expect(fake.fileBytesServed).toBeLessThan(20 * 1024 * 1024);
    expect(await store.db.$count(receipts)).toBe(0);
  });

  it("never takes a text update's ids from anything but their numbers", async () => {
    await fake.push(text(ana, "你好"));
    const [row] = await store.db.select().from(inbox);
    expect(row!.userKey).toBe(`telegram:${ana.id}`);
    expect(row!.messageId).toMatch(/^\d+$/);
  });
});

describe("hostile updates by long polling", () => {
  it("confirms a malformed update (the offset moves past it), logs it once, and handles the next", async () => {
    const store = await testStore("pglite");
    const fake = await FakeTelegram.start();
    const warnings: string[] = [];
    const log = { warn: (_o: object, m: string) => void warnings.push(m), error: (_o: object, m: string) => void warnings.push(m) };
    const bot = await startBot(store, fake, "polling", { log });
    try {
      const bad = { message: { message_id: 1, date: 1, from: { id: "7101", is_bot: false, first_name: "x" }, chat: { id: 7101, type: "private" }, text: "hi" } };
      await fake.push(bad as never, text(ana, "你好"));
      expect(warnings).toEqual(["malformed update ignored"]);
      expect((await store.db.select().from(inbox)).map((r) => r.userKey)).toEqual([`telegram:${ana.id}`]);
    } finally {
      await bot.stop();
      await fake.close();
      await store.close();
    }
  });
});
