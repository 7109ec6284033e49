import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { contacts, inbox, outbox } from "../../../src/store/schema.js";
import { FakeTelegram } from "../../support/fakeTelegram.js";
import { NOW, startBot, type RunningBot } from "../../support/telegramApp.js";
import { Trainee } from "../../support/telegramTrainee.js";
import { person, text } from "../../support/telegramUpdates.js";
import { testStore } from "../../support/db.js";
import type { Update } from "node-telegram-bot-api";

let store: Awaited<ReturnType<typeof testStore>>;
let fake: FakeTelegram;
let bot: RunningBot;
beforeAll(async () => {
  store = await testStore("pglite");
});
afterAll(() => store.close());

async function begin(mode: "polling" | "webhook") {
  await store.reset();
  fake = await FakeTelegram.start();
  bot = await startBot(store, fake, mode);
}
afterEach(async () => {
  await bot.stop();
  await fake.close();
});

const numbered = (u: ReturnType<typeof text>, id: number) => ({ ...u, update_id: id }) as Update;
const ahmed = person(5101, "Ahmed");

describe("updates delivered more than once or out of order", () => {
  it("handles an update posted twice to the webhook once", async () => {
    await begin("webhook");
    const u = numbered(text(ahmed, "/start"), fake.newUpdateId());
    const statuses = await Promise.all([fake.deliver(u, bot.webhook!), fake.deliver(u, bot.webhook!)]);
    expect(statuses).toEqual([200, 200]);
    expect(fake.sentTo(ahmed.id)).toHaveLength(1);
    expect(await store.db.select().from(inbox)).toHaveLength(1);
  });

  it("handles an update that getUpdates returns twice once", async () => {
    await begin("polling");
    const u = numbered(text(ahmed, "/start"), fake.newUpdateId());
    await fake.push(u, u);
    expect(fake.sentTo(ahmed.id)).toHaveLength(1);
  });

  it("handles both of two updates whose ids arrive in reverse order", async () => {
    await begin("webhook");
    const later = fake.newUpdateId() + 10;
    await fake.deliver(numbered(text(ahmed, "/start"), later), bot.webhook!);
    await fake.deliver(numbered(text(ahmed, "同意"), later - 1), bot.webhook!);
    const texts = fake.sentTo(ahmed.id).map((s) => s.text);
    expect(texts[0]).toContain("是否同意");
    expect(texts[1]).toContain("公布");
  });
});

describe("the webhook's secret", () => {
  it.each([["a wrong secret", "wrong_secret_0123456789"], ["no secret", undefined]])("refuses a request with %s and handles nothing", async (_, secret) => {
    await begin("webhook");
    const u = numbered(text(ahmed, "/start"), fake.newUpdateId());
    expect(await fake.deliver(u, { url: bot.webhook!.url, secret })).toBe(401);
    expect(fake.sentTo(ahmed.id)).toHaveLength(0);
    expect(await store.db.select().from(inbox)).toHaveLength(0);
  });
});

describe("what Telegram says about a send", () => {
  it("waits out a short 429 and then delivers the reply once", async () => {
    await begin("webhook");
    fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    const replies = await new Trainee(fake, ahmed).say("/start");
    expect(replies).toHaveLength(1);
    const [refused, accepted] = fake.callsOf("sendMessage");
    expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(1000);
  });

  it("hands a long flood wait back to the outbox as transient, not before its retry-after", async () => {
    await begin("webhook");
    fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 120", parameters: { retry_after: 120 } });
    expect(await new Trainee(fake, ahmed).say("/start")).toHaveLength(0);
    const [row] = await store.db.select().from(outbox);
    expect(row).toMatchObject({ status: "pending", error: expect.stringContaining("429") });
    expect(row!.notBefore.getTime()).toBeGreaterThanOrEqual(NOW.getTime() + 120_000);
    const result = await bot.channel.send({ channel: "telegram", chatId: String(ahmed.id), chatKind: "user", text: "再试" });
    expect(result).toEqual({ ok: true });
  });

  it("marks a trainee who blocked the bot unreachable, and never retries", async () => {
    await begin("webhook");
    const trainee = new Trainee(fake, ahmed);
    await trainee.say("/start");
    // contact details are kept only once the trainee consents
    await trainee.say("同意");
    const before = fake.callsOf("sendMessage").length;
    fake.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" }, { times: 5 });
    await trainee.say("帮助");
    const [contact] = await store.db.select().from(contacts);
    expect(contact!.unreachableAt).not.toBeNull();
    expect(contact!.unreachableReason).toContain("blocked");
    expect((await store.db.select().from(outbox)).filter((r) => r.status === "blocked")).toHaveLength(1);
    expect(fake.callsOf("sendMessage")).toHaveLength(before + 1);
  });
});

describe("what the bot sends", () => {
  it("splits a text longer than 4096 characters at line breaks, buttons on the last part", async () => {
    await begin("webhook");
    const lines = Array.from({ length: 120 }, (_, i) => `第${i + 1}行：${"知识产权专员培训".repeat(6)}`);
    const long = lines.join("\n");
    const options = [{ label: "同意", value: "同意" }];
    await bot.channel.send({ channel: "telegram", chatId: "5101", chatKind: "user", text: long, options });
    const parts = fake.sentTo(5101);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.text!.length).toBeLessThanOrEqual(4096);
    expect(parts.map((p) => p.text).join("\n")).toBe(long);
    expect(parts.map((p) => Boolean(p.keyboard))).toEqual([...parts.slice(1).map(() => false), true]);
  });

  it("sends a file with its text as one message when the text fits a caption, else the text first", async () => {
    await begin("webhook");
    const file = { name: "回执.pdf", bytes: new Uint8Array([37, 80, 68, 70]), mime: "application/pdf" };
    await bot.channel.send({ channel: "telegram", chatId: "5101", chatKind: "user", text: "报名回执 PDF 版", file });
    const long = "说明".repeat(600);
    await bot.channel.send({ channel: "telegram", chatId: "5101", chatKind: "user", text: long, file });
    const sent = fake.sentTo(5101);
    expect(sent.map((s) => s.method)).toEqual(["sendDocument", "sendMessage", "sendDocument"]);
    expect(sent[0]!.params.caption).toBe("报名回执 PDF 版");
    expect(sent[1]!.text).toBe(long);
    expect(sent[2]!.params.caption).toBeUndefined();
  });

  it("sends what a trainee typed back verbatim, markup and all", async () => {
    await begin("webhook");
    const trainee = new Trainee(fake, ahmed);
    await trainee.say("/start");
    await trainee.tap("同意");
    for (const answer of ["同意", "湖北某某科技有限公司", "91420100MA4KL1234M"]) await trainee.say(answer);
    const replies = await trainee.say("<b>荆*_[</b>");
    expect(replies.join("\n")).toContain("“<b>荆*_[</b>”");
    for (const call of fake.callsOf("sendMessage")) expect(call.params.parse_mode).toBeUndefined();
  });
});
