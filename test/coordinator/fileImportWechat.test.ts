import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { quizResults, registrations } from "../../src/store/schema.js";
import { testStore } from "../support/db.js";
import { WechatWorld, type ContactMock } from "../support/wechat.js";
import { FULL, QUESTIONNAIRE_HEADERS, questionnaireRow, xlsx } from "../imports/files.js";
import { addCoordinatorRow } from "./seed.js";

/** A coordinator sends exports to the bot on WeChat (wechaty-puppet-mock) and confirms them. */
describe("importing a file sent to the bot on WeChat", () => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let world: WechatWorld;
  let boss: ContactMock;

  beforeAll(async () => {
    store = await testStore("pglite");
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    world = await new WechatWorld().start(store);
    boss = world.person("林老师");
    await addCoordinatorRow(store.db, `wechat:${boss.id}`, null);
  });
  afterEach(async () => world.stop());

  it("imports the questionnaire XLSX after 确认导入, then a quiz file told from its headers", async () => {
    const rows = [QUESTIONNAIRE_HEADERS, questionnaireRow(1, "2022/5/20 10:00:00", FULL), questionnaireRow(2, "2022/5/20 10:30:00", { ...FULL, name: "李四", mobile: "13900139000" })];
    const reading = (await world.say(boss, { name: "报名问卷.xlsx", bytes: Buffer.from(await xlsx(rows)) })).join("\n");
    expect(reading).toContain("收到问卷（报名）文件，尚未导入");
    expect(reading).toContain("共2行，将导入2行，拒绝0行");
    expect(await store.db.select().from(registrations)).toHaveLength(0);
    expect((await world.say(boss, "确认导入")).join()).toContain("新增报名2人");
    expect((await store.db.select().from(registrations).orderBy(asc(registrations.mobile))).map((r) => r.name)).toEqual(["张明", "李四"]);

    const quiz = await xlsx([["手机号", "成绩"], ["13800138000", 88], ["13900139000", 92]]);
    expect((await world.say(boss, { name: "测试成绩.xlsx", bytes: Buffer.from(quiz) })).join()).toContain("收到在线测试成绩文件");
    expect((await world.say(boss, "确认导入")).join()).toContain("计入2条测试成绩");
    expect(await store.db.select().from(quizResults)).toHaveLength(2);
  });

  it("says why a spreadsheet is none of the three exports", async () => {
    const other = await xlsx([["甲", "乙"], ["1", "2"]]);
    const said = (await world.say(boss, { name: "随便.xlsx", bytes: Buffer.from(other) })).join("\n");
    expect(said).toContain("没能把“随便.xlsx”读成问卷、考勤或测试成绩，未导入");
    expect(said).toContain("问卷（报名）：");
    expect((await world.say(boss, "确认导入")).join()).toContain("没有等待确认的文件");
  });
});
