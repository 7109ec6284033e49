import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import type { Update } from "node-telegram-bot-api";
import { FakeTelegram } from "../../support/fakeTelegram.js";
import { freePort } from "../../support/telegramApp.js";
import { ready, spawnBot, type BotProcess } from "../../support/telegramProcess.js";
import { ANSWERS } from "../../support/telegramTrainee.js";
import { person, text } from "../../support/telegramUpdates.js";
import { freshPostgresUrl } from "../../support/db.js";

const pg = process.env.TEST_DATABASE_URL;

/** Resolves once `count` has not grown for `ms`. */
async function quiet(count: () => number, ms: number): Promise<void> {
  for (let n = count(); ; ) {
    await new Promise((r) => setTimeout(r, ms));
    const m = count();
    if (m === n) return;
    n = m;
  }
}

describe("two bot processes behind one webhook, sharing one PostgreSQL", () => {
  let fake: FakeTelegram;
  let db: Awaited<ReturnType<typeof freshPostgresUrl>>;
  let bots: BotProcess[] = [];

  beforeAll(async () => {
    if (!pg) return;
    fake = await FakeTelegram.start();
    db = await freshPostgresUrl();
    const now = "2022-05-20T10:00:00+08:00";
    bots = [spawnBot(fake, { databaseUrl: db.url, port: await freePort(), now }), spawnBot(fake, { databaseUrl: db.url, port: await freePort(), now })];
    await Promise.all(bots.map((b) => ready(fake, b)));
  }, 120_000);

  afterAll(async () => {
    if (!pg) return;
    await Promise.all(bots.map((b) => b.stop()));
    await fake.close();
    await db.drop();
  }, 30_000);

  it.skipIf(!pg)("answers every turn exactly once and in order, each update delivered to both, and stores the registration once", async () => {
    const trainee = person(9101, "张明");
    const turns = ["/start", ...ANSWERS];
    const repliesPerTurn: number[] = [];
    for (const [i, answer] of turns.entries()) {
      const u = { ...text(trainee, answer), update_id: fake.newUpdateId() } as Update;
      const first = bots[i % 2]!;
      const second = bots[(i + 1) % 2]!;
      const before = fake.sentTo(trainee.id).length;
      expect(await fake.deliver(u, first.webhook), first.log()).toBe(200);
      // the webhook answers at the commit; the reply follows it
      await fake.until(() => fake.sentTo(trainee.id).length > before, `a reply to turn ${i + 1}`);
      // like a person, the trainee reads every reply of the turn before answering (an answer sent while the turn's
      // second reply is still on its way, two turns of one chat in flight at two processes, is the business of
      // test/engine/twoProcessReplies.test.ts, which holds the sends where it needs them)
      await quiet(() => fake.sentTo(trainee.id).length, 400);
      // Telegram redelivers: the other process must recognise the update and add nothing (every question is asked once, below)
      expect(await fake.deliver(u, second.webhook), second.log()).toBe(200);
      repliesPerTurn.push(fake.sentTo(trainee.id).length - before);
    }
    // the confirmation, then the filled receipt's two files, which follow at the chat's pace
    await fake.until(() => fake.sentTo(trainee.id).filter((s) => s.method === "sendDocument").length === 2, "the confirmation and the receipt");

    const texts = fake.sentTo(trainee.id).map((s) => s.text ?? "");
    expect(repliesPerTurn.every((n) => n >= 1)).toBe(true);
    const asked = texts.flatMap((t) => [...t.matchAll(/（(\d+)\/21）/g)].map((m) => Number(m[1])));
    expect(asked).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(texts.filter((t) => t.includes("个人信息收集同意"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("报名已提交成功"))).toHaveLength(1);
    // the confirmation, then the filled receipt: the DOCX with the instructions as its caption, the PDF with its line
    const sent = fake.sentTo(trainee.id);
    expect(sent.filter((s) => s.method === "sendMessage").at(-1)!.text).toContain("报名已提交成功");
    expect(sent.slice(-3).map((s) => s.method)).toEqual(["sendMessage", "sendDocument", "sendDocument"]);
    expect(sent.at(-2)!.params.caption).toContain("加盖单位公章");

    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql`select user_key, name, mobile from registrations`;
      expect(rows).toEqual([{ user_key: "telegram:9101", name: "张明", mobile: "13800138000" }]);
    } finally {
      await sql.end();
    }
  }, 120_000);
});
