import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { checkIdentity } from "../../src/coordinator/identity.js";
import { auditLog, coordinatorPending, registrations } from "../../src/store/schema.js";
import { DRIVERS } from "../support/db.js";
import { consoleWorld } from "../support/world.js";
import { addCoordinatorRow, seedTrainees } from "./seed.js";
import { FULL, QUESTIONNAIRE_HEADERS, questionnaireRow, xlsx } from "../imports/files.js";

const NOW = new Date("2022-06-20T10:00:00+08:00");

describe.each(DRIVERS)("coordinator chat tools on %s", (driver) => {
  const w = consoleWorld(driver, NOW, async (db) => {
    await addCoordinatorRow(db, "console:wh", "wuhan");
  });
  let n = 0;
  const say = async (user: string, text: string, group?: string) => {
    const from = w.channel.sent.length;
    await w.app.engine.handle({ channel: "console", messageId: `c${n++}`, userId: user, text, group: group ? { id: group } : undefined });
    while ((await w.app.sender.drainOnce()) > 0);
    return w.channel.sent.slice(from).map((m) => m.text).join("\n");
  };


  const sendFile = async (user: string, name: string, bytes: Uint8Array) => {
    const from = w.channel.sent.length;
    await w.app.engine.handle({ channel: "console", messageId: `c${n++}`, userId: user, file: { name, bytes } });
    return w.channel.sent.slice(from).map((m) => m.text).join("\n");
  };

  it("reads a file in dry runs inside the turn (the kinds it is not roll back alone), then imports it on 确认导入", async () => {
    const rows = [QUESTIONNAIRE_HEADERS, questionnaireRow(1, "2022/5/20 10:00:00", FULL), questionnaireRow(2, "2022/5/20 10:00:00", { ...FULL, mobile: "1" })];
    const reading = await sendFile("wh", "问卷.xlsx", await xlsx(rows));
    expect(reading).toContain("共2行，将导入1行，拒绝1行");
    expect(reading).toMatch(/第3行：/);
    expect(await w.store.db.select().from(registrations)).toHaveLength(0);
    expect((await w.store.db.select().from(auditLog)).map((a) => a.action)).toEqual(["import.file"]);
    expect(await say("wh", "确认导入")).toContain("新增报名1人");
    expect(await w.store.db.select().from(registrations)).toHaveLength(1);
    expect(await say("wh", "确认导入")).toContain("没有等待确认的文件");
  });

  it("lets a class coordinator import their own class's registrations only", async () => {
    const rows = [QUESTIONNAIRE_HEADERS, questionnaireRow(1, "2022/5/20 10:00:00", FULL), questionnaireRow(2, "2022/5/20 10:00:00", { ...FULL, mobile: "13900139000", city: "宜昌", classId: "宜荆荆恩城市群" })];
    const refused = await sendFile("wh", "全省问卷.xlsx", await xlsx(rows));
    expect(refused).toContain("文件中有1行属于宜荆荆恩城市群（第3行）。您是武汉“1+8”城市圈的联络员，只能导入本班的报名");
    expect(await w.store.db.select().from(coordinatorPending)).toHaveLength(0);
    await addCoordinatorRow(w.store.db, "console:prov", null);
    expect(await sendFile("prov", "全省问卷.xlsx", await xlsx(rows))).toContain("将导入2行");
  });

  it("forgets a file not confirmed within 24 hours", async () => {
    await sendFile("wh", "问卷.xlsx", await xlsx([QUESTIONNAIRE_HEADERS, questionnaireRow(1, "2022/5/20 10:00:00", FULL)]));
    const later = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store: w.store, channels: [w.channel], now: () => new Date(NOW.getTime() + 25 * 3600_000) });
    const from = w.channel.sent.length;
    await later.engine.handle({ channel: "console", messageId: `c${n++}`, userId: "wh", text: "确认导入" });
    expect(w.channel.sent.slice(from).map((m) => m.text).join()).toContain("没有等待确认的文件");
    expect(await w.store.db.select().from(registrations)).toHaveLength(0);
    expect(await w.store.db.select().from(coordinatorPending)).toHaveLength(0);
  });

  it("asks which kind when the headers fit two, and imports the one named", async () => {
    await seedTrainees(w.store.db, 2);
    const both = await xlsx([["手机号", "观看时长", "成绩"], ["13800000000", "21:00:00", 90], ["13800000001", "22:00:00", 80]]);
    const asked = await sendFile("wh", "两用.xlsx", both);
    expect(asked).toContain("既像直播考勤也像在线测试成绩");
    expect(await say("wh", "确认导入")).toContain("请回复");
    expect(await say("wh", "确认导入 测试 满分100")).toContain("计入2条测试成绩");
  });

  it("tells anyone their own account and role on /whoami, and how to become a coordinator", async () => {
    expect(await say("wh", "/whoami")).toBe("您的账号：console:wh\n身份：武汉“1+8”城市圈联络员");
    const trainee = await say("someone", "/whoami");
    expect(trainee).toContain("您的账号：console:someone");
    expect(trainee).toContain("不是联络员");
    expect(trainee).toContain("coordinators add console:someone");
    expect(await say("wh", "/whoami", "g1")).toContain("本群：console:g1");
  });

  it("/cancel drops what waits for confirmation, and is the conversation's cancel otherwise", async () => {
    const rows = [QUESTIONNAIRE_HEADERS, questionnaireRow(1, "2022/5/20 10:00:00", FULL)];
    await w.app.engine.handle({ channel: "console", messageId: `c${n++}`, userId: "wh", file: { name: "q.xlsx", bytes: await xlsx(rows) } });
    expect(await w.store.db.select().from(coordinatorPending)).toHaveLength(1);
    expect(await say("wh", "/cancel")).toContain("已取消等待确认的操作");
    expect(await w.store.db.select().from(coordinatorPending)).toHaveLength(0);
    expect(await say("trainee", "/cancel")).toContain("您目前没有进行中的报名");
  });

  it("accepts class names where an id is expected", async () => {
    await seedTrainees(w.store.db, 2);
    await addCoordinatorRow(w.store.db, "console:prov", null);
    expect(await say("prov", "/stats 武汉")).toContain("【武汉“1+8”城市圈】报名 2 人");
    expect(await say("prov", "/stats 宜昌班")).toContain("【宜荆荆恩城市群】报名 0 人");
    expect(await say("prov", "/stats 十堰")).toContain("【襄十随神城市群】");
    expect(await say("wh", "/名单 宜昌")).toContain("不能操作宜荆荆恩城市群");
  });

  it("sends /select's whole list as an XLSX beside the preview, and refuses /名单 in a group", async () => {
    await seedTrainees(w.store.db, 3);
    const from = w.channel.sent.length;
    await say("wh", "/select");
    const files = w.channel.sent.slice(from).filter((m) => m.file);
    expect(files.map((m) => m.file!.name)).toEqual(["遴选名单_武汉“1+8”城市圈_2022-06-20.xlsx"]);
    expect(await say("wh", "/名单", "g1")).toContain("请私聊");
  });

  it("lists a coordinator's tools on /help, and leaves a trainee's /help to the conversation", async () => {
    const help = await say("wh", "/help");
    expect(help).toContain("联络员命令");
    expect(help).toContain("确认导入");
    expect(await say("trainee", "/help")).not.toContain("联络员命令");
  });

  it("refuses /名单 and /导出 to a trainee", async () => {
    expect(await say("trainee", "/导出")).toContain("联络员专用");
  });
});

describe("account ids checked by their form", () => {
  it.each([
    ["telegram:123456789", true], ["telegram:abc", false], ["telegram:-100123", false], ["telegram:", false],
    ["wechat:wxid_abc123", true], ["wechat:has space", false], ["console:boss", true], ["sms:138", false], ["nobody", false],
  ])("%s → %s", (id, good) => {
    expect(checkIdentity(id).ok).toBe(good);
  });
});
