import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import ExcelJS from "exceljs";
import { attendance, coordinatorPending, receipts, registrations } from "../../src/store/schema.js";
import { FakeTelegram } from "../support/fakeTelegram.js";
import { startBot, type RunningBot } from "../support/telegramApp.js";
import { document, person, text } from "../support/telegramUpdates.js";
import { testStore } from "../support/db.js";
import { FULL, QUESTIONNAIRE_HEADERS, csv, questionnaireRow, xlsx } from "../imports/files.js";
import { addCoordinatorRow } from "./seed.js";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function questionnaireXlsx(): Promise<Uint8Array> {
  const rows = [
    QUESTIONNAIRE_HEADERS,
    questionnaireRow(1, "2022/5/20 10:00:00", { ...FULL, name: "张明", mobile: "13800138000" }),
    questionnaireRow(2, "2022/5/20 11:00:00", { ...FULL, name: "李小华", mobile: "13900139000" }, "否"),
    questionnaireRow(3, "2022/5/20 12:00:00", { ...FULL, name: "王五", mobile: "12345" }),
  ];
  return xlsx(rows);
}

/** A coordinator sends the questionnaire export to the bot on Telegram (the fake Bot API) and confirms it. */
describe("importing a file sent to the bot on Telegram", () => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let fake: FakeTelegram;
  let bot: RunningBot;
  const boss = person(9001, "林老师");
  const trainee = person(9100, "学员");
  const last = (who: number) => fake.sentTo(who).at(-1)!.text ?? "";

  beforeAll(async () => {
    store = await testStore("pglite");
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await store.reset();
    fake = await FakeTelegram.start();
    bot = await startBot(store, fake, "polling");
    await addCoordinatorRow(store.db, "telegram:9001", "wuhan");
  });
  afterEach(async () => {
    await bot.stop();
    await fake.close();
  });

  it("replies with the reading (columns, counts, refusals by line) and imports only after 确认导入", async () => {
    const bytes = await questionnaireXlsx();
    await fake.push(document(boss, fake.addFile(bytes, "问卷导出.xlsx"), "问卷导出.xlsx", XLSX_MIME));
    const reading = last(boss.id);
    expect(reading).toContain("收到问卷（报名）文件，尚未导入");
    expect(reading).toContain("共3行，将导入2行，拒绝1行");
    expect(reading).toContain("5、姓名 → name");
    expect(reading).toMatch(/第4行：.*手机/);
    expect(reading).toContain("确认导入");
    expect(await store.db.select().from(registrations)).toHaveLength(0);

    // the pending file is in the database: a restarted bot confirms it
    await bot.stop();
    bot = await startBot(store, fake, "polling");
    await fake.push(text(boss, "确认导入"));
    expect(last(boss.id)).toContain("已导入“问卷导出.xlsx”：共3行，新增报名2人，更新0人，拒绝1行");
    const regs = await store.db.select().from(registrations).orderBy(asc(registrations.mobile));
    expect(regs.map((r) => [r.name, r.mobile, r.source])).toEqual([["张明", "13800138000", "import"], ["李小华", "13900139000", "import"]]);
    expect(await store.db.select().from(coordinatorPending)).toHaveLength(0);

    await fake.push(text(boss, "确认导入"));
    expect(last(boss.id)).toContain("没有等待确认的文件");
  });

  it("tells attendance from its headers, and says a file already imported", async () => {
    await store.db.insert(registrations).values({ userKey: null, source: "import", classId: "wuhan", organization: "某公司", name: "张明", mobile: "13800138000", submittedAt: new Date() });
    const att = csv([["手机号", "观看时长"], ["13800138000", "10:00:00"], ["13800138000", "11:00:00"], ["abc", "1:00:00"]]);
    await fake.push(document(boss, fake.addFile(att, "直播.csv"), "直播.csv", "text/csv"));
    expect(last(boss.id)).toContain("收到直播考勤文件");
    await fake.push(text(boss, "确认导入"));
    expect(last(boss.id)).toContain("计入2条观看记录");
    expect(await store.db.select().from(attendance)).toHaveLength(2);
    await fake.push(document(boss, fake.addFile(att, "直播(1).csv"), "直播(1).csv", "text/csv"));
    expect(last(boss.id)).toContain("已作为直播考勤导入过");
  });

  it("drops the file on 取消导入, and a trainee's spreadsheet is never read as an import", async () => {
    await fake.push(document(boss, fake.addFile(await questionnaireXlsx(), "q.xlsx"), "q.xlsx", XLSX_MIME));
    await fake.push(text(boss, "取消导入"));
    expect(last(boss.id)).toContain("什么也没有导入");
    await fake.push(text(boss, "确认导入"));
    expect(await store.db.select().from(registrations)).toHaveLength(0);

    await fake.push(text(trainee, "报名"));
    await fake.push(document(trainee, fake.addFile(await questionnaireXlsx(), "q.xlsx"), "q.xlsx", XLSX_MIME));
    expect(last(trainee.id)).not.toContain("导入");
    expect(await store.db.select().from(coordinatorPending)).toHaveLength(0);
    expect(await store.db.select().from(receipts)).toHaveLength(0);
  });

  it("sends the selection (/名单) and the roster (/导出) as XLSX files named for the class and the day", async () => {
    await fake.push(document(boss, fake.addFile(await questionnaireXlsx(), "q.xlsx"), "q.xlsx", XLSX_MIME));
    await fake.push(text(boss, "确认导入"));
    await fake.push(text(boss, "/名单"));
    await bot.app.sender.drainOnce();
    await fake.push(text(boss, "/导出"));
    await bot.app.sender.drainOnce();
    const docs = fake.sentTo(boss.id).filter((s) => s.method === "sendDocument");
    expect(docs.map((d) => d.file!.name)).toEqual(["遴选名单_武汉“1+8”城市圈_2022-05-20.xlsx", "报名名单_武汉“1+8”城市圈_2022-05-20.xlsx"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(docs[1]!.file!.bytes) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "武汉“1+8”城市圈"]);
    expect(wb.worksheets[1]!.getRow(2).getCell(6).value).toBe("张明");
  });
});
