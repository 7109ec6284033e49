import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { registrations, receipts } from "../../../src/store/schema.js";
import { FakeTelegram } from "../../support/fakeTelegram.js";
import { startBot, type RunningBot } from "../../support/telegramApp.js";
import { Trainee } from "../../support/telegramTrainee.js";
import { person } from "../../support/telegramUpdates.js";
import { testStore } from "../../support/db.js";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
// the "MZ" header of a Windows program, whatever the file is called
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00, ...new Array(48).fill(0)]);

let store: Awaited<ReturnType<typeof testStore>>;
beforeAll(async () => {
  store = await testStore("pglite");
});
afterAll(() => store.close());

describe.each(["polling", "webhook"] as const)("a trainee registering on Telegram by %s", (mode) => {
  let fake: FakeTelegram;
  let bot: RunningBot;
  beforeEach(async () => {
    await store.reset();
    fake = await FakeTelegram.start();
    bot = await startBot(store, fake, mode);
  });
  afterEach(async () => {
    await bot.stop();
    await fake.close();
  });

  it("registers the bot's commands in Chinese at start", () => {
    const [call] = fake.callsOf("setMyCommands");
    const commands = call!.params.commands as { command: string; description: string }[];
    expect(commands.map((c) => c.command)).toEqual(["start", "help", "register", "status", "cancel", "whoami"]);
    for (const c of commands) expect(c.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it("takes a whole registration, answer by answer, and stores it once", async () => {
    const trainee = new Trainee(fake, person(4201, "明", "zhangming"));
    const said = await trainee.register();
    expect(said.some((t) => t.includes("报名已提交成功"))).toBe(true);
    const rows = await store.db.select().from(registrations);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userKey: "telegram:4201", name: "张明", mobile: "13800138000", city: "jingmen", consentPublish: true });
  });

  it("offers choices as inline buttons, and answers a tapped button's callback query", async () => {
    const trainee = new Trainee(fake, person(4202, "李"));
    await trainee.say("/start");
    const consent = trainee.lastWithButton("同意");
    expect(consent.keyboard!.flat().map((b) => b.text)).toEqual(["同意", "不同意"]);
    const after = await trainee.tap("同意");
    expect(fake.callsOf("answerCallbackQuery")).toHaveLength(1);
    expect(after.join("\n")).toContain("公布");
  });

  it("accepts a PDF as the receipt and refuses a program, judging by content", async () => {
    const trainee = new Trainee(fake, person(4203, "王"));
    await trainee.register();
    expect((await trainee.upload("回执.pdf", PDF, "application/pdf")).join("\n")).toContain("已收到报名回执");
    expect((await trainee.upload("回执2.pdf", EXE, "application/pdf")).join("\n")).toContain("无法接收");
    const [receipt] = await store.db.select().from(receipts).where(eq(receipts.userKey, "telegram:4203"));
    expect(receipt).toMatchObject({ fileName: "回执.pdf", mime: "application/pdf", size: PDF.byteLength });
  });
});
