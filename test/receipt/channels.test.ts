import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fakeTelegram.js";
import { startBot, type RunningBot } from "../support/telegramApp.js";
import { ANSWERS, Trainee } from "../support/telegramTrainee.js";
import { person } from "../support/telegramUpdates.js";
import { WechatWorld } from "../support/wechat.js";
import { testStore } from "../support/db.js";
import { docxTable, pdfLines } from "../support/documents.js";

const DOCX = "报名回执-张明-湖北某某科技有限公司.docx";
const PDF = "报名回执-张明-湖北某某科技有限公司.pdf";
const NAME_ROW = ["姓名", "张明", "性别", "男"];

let store: Awaited<ReturnType<typeof testStore>>;
beforeAll(async () => {
  store = await testStore("pglite");
});
afterAll(() => store.close());

describe("the receipt on Telegram (fake Bot API)", () => {
  let fake: FakeTelegram;
  let bot: RunningBot;
  beforeEach(async () => {
    await store.reset();
    fake = await FakeTelegram.start();
    bot = await startBot(store, fake, "polling");
  });
  afterEach(async () => {
    await bot.stop();
    await fake.close();
  });

  it("reaches the trainee after submission as two documents with Chinese file names, the DOCX then the PDF", async () => {
    const trainee = new Trainee(fake, person(4301, "明", "zhangming"));
    await trainee.register(ANSWERS);
    const docs = trainee.received().filter((s) => s.method === "sendDocument");
    expect(docs.map((d) => d.file?.name)).toEqual([DOCX, PDF]);
    expect((await docxTable(docs[0]!.file!.bytes))[0]).toEqual(NAME_ROW);
    expect(await pdfLines(docs[1]!.file!.bytes)).toContain(NAME_ROW.join(" | "));
    // the instructions ride on the Word file as its caption: one message, which a crash cannot split
    expect(docs[0]!.params.caption).toContain("加盖单位公章");
    expect(docs[1]!.params.caption).toContain("PDF 版");
    expect(trainee.received().filter((s) => s.method === "sendMessage").some((s) => s.text?.includes("加盖单位公章"))).toBe(false);
  });

  it("sends them again on “回执”", async () => {
    const trainee = new Trainee(fake, person(4302, "明"));
    await trainee.register(ANSWERS);
    const before = trainee.received().length;
    await trainee.say("回执");
    expect(trainee.received().slice(before).filter((s) => s.method === "sendDocument").map((d) => d.file?.name)).toEqual([DOCX, PDF]);
  });
});

describe("the receipt on WeChat (wechaty-puppet-mock)", () => {
  let world: WechatWorld;
  beforeEach(async () => {
    await store.reset();
    world = await new WechatWorld().start(store);
  });
  afterEach(async () => world.stop());

  it("reaches the trainee after submission as two files with Chinese file names, the DOCX then the PDF", async () => {
    const zhang = world.person("张明");
    await world.say(zhang, "报名");
    for (const answer of ANSWERS) await world.say(zhang, answer);
    const files = await world.filesIn(zhang.id);
    expect(files.map((f) => f.name)).toEqual([DOCX, PDF]);
    expect((await docxTable(files[0]!.bytes))[0]).toEqual(NAME_ROW);
    expect(await pdfLines(files[1]!.bytes)).toContain(NAME_ROW.join(" | "));
    expect(world.received.get(zhang.id)!.join("\n")).toContain("扫描或拍照");
  });
});
