import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { attendance, outbox, selectionRuns } from "../../src/store/schema.js";
import type { SelectionRow } from "../../src/selection/rule.js";
import { maskName } from "../../src/selection/mask.js";
import { DRIVERS } from "../support/db.js";
import { consoleWorld } from "../support/world.js";
import { addCoordinatorRow, bindGroup, seedTrainees } from "./seed.js";


const NOW = new Date("2022-06-25T10:00:00+08:00");
const entries = (texts: string[]) => texts.flatMap((t) => t.split("\n")).map((l) => /^\d+\. (.+)$/.exec(l)?.[1]).filter((x): x is string => Boolean(x));

async function xlsxRows(bytes: Uint8Array): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe.each(DRIVERS)("publishing the selection on %s", (driver) => {
  const w = consoleWorld(driver, NOW, async (db) => {
    await addCoordinatorRow(db, "console:wh", "wuhan");
    // 230 eligible with a chat identity, 10 just short of 20 hours, 5 imported from the questionnaire
    await seedTrainees(db, 230, { hours: () => 21 });
    await seedTrainees(db, 10, { hours: () => 19.99, prefix: "s", firstMobile: 13_700_000_000 });
    await seedTrainees(db, 5, { imported: () => true, prefix: "i", firstMobile: 13_600_000_000 });
    await bindGroup(db, "console", "g-wh", "wuhan");
    await bindGroup(db, "telegram", "-100200", "wuhan");
    await bindGroup(db, "wechat", "room@chatroom", "wuhan");
  });
  let n = 0;
  const say = async (user: string, text: string, group?: string) => {
    const from = w.channel.sent.length;
    await w.app.engine.handle({ channel: "console", messageId: `p${n++}`, userId: user, text, group: group ? { id: group } : undefined });
    while ((await w.app.sender.drainOnce()) > 0);
    return w.channel.sent.slice(from);
  };
  /** /publish shows a preview; "确认发布" sends it. */
  const publish = async (user: string, text = "/publish", group?: string) => {
    const preview = await say(user, text, group);
    return [...preview, ...(await say(user, "确认发布", group))];
  };
  const frozen = async () => (await w.store.db.select().from(selectionRuns).orderBy(asc(selectionRuns.id))).map((r) => ({ id: r.id, rows: r.rows as SelectionRow[] }));
  const queued = (channelName: string) => w.store.db.select().from(outbox).where(eq(outbox.channel, channelName)).orderBy(asc(outbox.id));


  it("sends 200 names to each bound group under the channel's limit, masked without consent, plus the file", async () => {
    const out = await publish("wh", "/publish", "g-wh");
    const [run] = await frozen();
    const selected = run!.rows.filter((r) => r.selected);
    expect(selected).toHaveLength(200);
    const expected = selected.map((r) => (r.consentPublish ? `${r.name}（${r.organization}）` : maskName(r.name)));
    expect(expected.some((e) => e.includes("*"))).toBe(true);

    const toGroup = out.filter((m) => m.chatId === "g-wh");
    const [preview, reply, ...list] = toGroup.filter((m) => !m.file);
    expect(preview!.text).toContain("发布预览（尚未发送）");
    expect(reply!.text).toContain("已冻结并发布第1号名单：入选 200 人");
    expect(entries(list.map((m) => m.text))).toEqual(expected);
    for (const m of toGroup) {
      expect(m.text).not.toMatch(/1[3-9]\d{9}/);
      expect(m.text).not.toContain("总分");
    }
    const file = toGroup.find((m) => m.file)!.file!;
    expect(file.name).toBe("遴选名单_武汉“1+8”城市圈_2022-06-25.xlsx");
    const sheet = await xlsxRows(file.bytes);
    expect(sheet[0]).toEqual(["序号", "姓名", "单位"]);
    expect(sheet.slice(1).map((r) => (r[2] ? `${r[1]}（${r[2]}）` : r[1]))).toEqual(expected);

    for (const [name, limit] of [["telegram", 4096], ["wechat", 2000]] as const) {
      const rows = await queued(name);
      const texts = rows.filter((r) => !(r.payload as { file?: unknown }).file).map((r) => (r.payload as { text: string }).text);
      expect(texts.length).toBeGreaterThan(1);
      expect(texts.every((t) => t.length <= limit)).toBe(true);
      expect(entries(texts)).toEqual(expected);
      expect(rows.filter((r) => (r.payload as { file?: { bytes: string } }).file)).toHaveLength(1);
    }
  });

  it("tells each trainee privately, once, whether they were selected and why not", async () => {
    const out = await publish("wh", "/publish", "g-wh");
    const privates = out.filter((m) => m.chatKind === "user" && m.chatId !== "wh");
    const byTrainee = new Map<string, string[]>();
    for (const m of privates) byTrainee.set(m.chatId, [...(byTrainee.get(m.chatId) ?? []), m.text]);
    expect(byTrainee.size).toBe(240);
    expect([...byTrainee.values()].every((texts) => texts.length === 1)).toBe(true);
    const texts = [...byTrainee.values()].map((t) => t[0]!);
    const chosen = texts.filter((t) => t.includes("恭喜"));
    expect(chosen).toHaveLength(200);
    expect(chosen[0]).toContain("另行通知");
    expect(chosen[0]).toContain("笔记本电脑");
    expect(texts.filter((t) => t.includes("未达到20小时的要求"))).toHaveLength(10);
    expect(texts.filter((t) => t.includes("名额为200人"))).toHaveLength(30);
    expect(out.find((m) => m.chatId === "g-wh" && m.text.includes("无法私信"))!.text).toContain("5 人无法私信");
  });

  it("sends nothing twice when published again without changes, and reuses the run for a newly bound group", async () => {
    await publish("wh", "/publish", "g-wh");
    const rowsBefore = (await w.store.db.select().from(outbox)).length;
    const again = await say("wh", "/publish");
    expect(again.map((m) => m.text)).toEqual(["【武汉“1+8”城市圈】名单与已发布的第1号相同，已发布过，无需再发。"]);
    expect((await w.store.db.select().from(outbox)).length).toBe(rowsBefore + 1);
    expect(await frozen()).toHaveLength(1);

    await bindGroup(w.store.db, "console", "g-new", "wuhan");
    const late = await publish("wh");
    expect(late.filter((m) => m.chatId === "g-new")).toHaveLength(2);
    expect(late.filter((m) => m.chatKind === "user" && m.chatId !== "wh")).toHaveLength(0);
    expect(late.filter((m) => m.chatId === "wh").at(-1)!.text).toContain("沿用第1号");
  });

  it("freezes one run when two coordinators publish the same class at the same moment", async () => {
    await addCoordinatorRow(w.store.db, "console:prov", null);
    await Promise.all([publish("wh"), publish("prov", "/publish wuhan")]);
    expect(await frozen()).toHaveLength(1);
    const privates = w.channel.sent.filter((m) => m.chatKind === "user" && !["wh", "prov"].includes(m.chatId));
    expect(privates).toHaveLength(240);
  });

  it("publishes nothing for a class where nobody has the hours yet (attendance not imported)", async () => {
    await addCoordinatorRow(w.store.db, "console:prov", null);
    await seedTrainees(w.store.db, 3, { classId: "yijingjingen", hours: () => 0, prefix: "y", firstMobile: 13_500_000_000 });
    const out = await say("prov", "/publish yijingjingen");
    expect(out.map((m) => m.text)).toEqual(["【宜荆荆恩城市群】还没有学员在线学习满20小时（考勤是否已导入？），不能发布。"]);
    expect(await frozen()).toHaveLength(0);
  });

  it("freezes a new run when the data changed, and answers a trainee's standing from the published run", async () => {
    await publish("wh", "/publish", "g-wh");
    expect((await say("t0", "我的成绩")).map((m) => m.text).join("\n")).toMatch(/您已入选|很遗憾/);
    expect((await say("s0", "我的成绩")).map((m) => m.text).join("\n")).toContain("还差 0.01 小时");
    await w.store.db.insert(attendance).values({ importId: 9, line: 2, mobile: "13700000000", seconds: 60 });
    const out = await publish("wh");
    expect(out.filter((m) => m.chatId === "wh").at(-1)!.text).toContain("已冻结并发布第2号名单");
    expect(await frozen()).toHaveLength(2);
  });

  it("previews first (counts, the groups, a masked sample, the private notices) and freezes or queues nothing before 确认发布", async () => {
    const preview = (await say("wh", "/publish")).map((m) => m.text).join("\n");
    expect(preview).toContain("发布预览（尚未发送）");
    expect(preview).toContain("入选 200 人（具备资格 235 人，名额 200 人）");
    expect(preview).toContain("发往 3 个群：");
    expect(preview).toMatch(/\n {2}1\. \S+/);
    expect(preview).toContain("*");
    expect(preview).toContain("私信通知 240 人（入选 200 人，未入选 40 人）");
    expect(preview).toContain("5 人无法私信");
    expect(preview).toContain("回复“确认发布”发送");
    expect(preview).not.toMatch(/1[3-9]\d{9}/);
    expect(await frozen()).toHaveLength(0);
    expect((await w.store.db.select().from(outbox)).filter((r) => r.chatId !== "wh")).toHaveLength(0);
  });

  it("keeps the pending publication in the database: another process confirms it", async () => {
    await say("wh", "/publish");
    const other = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store: w.store, channels: [w.channel], now: () => NOW });
    const from = w.channel.sent.length;
    await other.engine.handle({ channel: "console", messageId: `p${n++}`, userId: "wh", text: "确认发布" });
    while ((await other.sender.drainOnce()) > 0);
    expect(w.channel.sent.slice(from).find((m) => m.chatId === "wh")!.text).toContain("已冻结并发布第1号名单");
    expect(await frozen()).toHaveLength(1);
    expect((await say("wh", "确认发布")).map((m) => m.text)).toEqual([expect.stringContaining("没有等待确认的发布")]);
  });

  it("drops a pending publication on /cancel", async () => {
    await say("wh", "/publish");
    expect((await say("wh", "/cancel")).map((m) => m.text).join()).toContain("已取消");
    expect((await say("wh", "确认发布")).map((m) => m.text).join()).toContain("没有等待确认的发布");
    expect(await frozen()).toHaveLength(0);
  });

  it("refuses a class that has no bound group, and publishes nothing there", async () => {
    await addCoordinatorRow(w.store.db, "console:prov", null);
    await seedTrainees(w.store.db, 3, { classId: "xiangshisuishen", hours: () => 25, prefix: "x", firstMobile: 13_400_000_000 });
    const text = (await say("prov", "/publish 襄十随神")).map((m) => m.text).join("\n");
    expect(text).toContain("【襄十随神城市群】没有绑定的班级群，不能发布：请在班级群里发送 /bind xiangshisuishen");
    expect((await say("prov", "确认发布")).map((m) => m.text).join()).toContain("没有等待确认的发布");
    expect(await frozen()).toHaveLength(0);
  });

  it("refuses while registration is still open, unless forced", async () => {
    const early = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store: w.store, channels: [w.channel], now: () => new Date("2022-05-25T10:00:00+08:00") });
    const sayEarly = async (text: string) => {
      const from = w.channel.sent.length;
      await early.engine.handle({ channel: "console", messageId: `p${n++}`, userId: "wh", text });
      while ((await early.sender.drainOnce()) > 0);
      return w.channel.sent.slice(from).map((m) => m.text).join("\n");
    };
    expect(await sayEarly("/publish")).toContain("报名还在进行（截止2022-06-05 23:59），现在发布会漏掉之后报名的学员，未发布");
    expect(await sayEarly("确认发布")).toContain("没有等待确认的发布");
    expect(await sayEarly("/publish 武汉 强制")).toContain("发布预览（尚未发送）");
    expect(await sayEarly("确认发布")).toContain("已冻结并发布第1号名单");
  });

  it("tells privately, on a republish, only the trainees whose result changed", async () => {
    await publish("wh");
    // the ten just short of 20 hours watch one more minute: they become eligible, and the line moves
    for (let i = 0; i < 10; i++) await w.store.db.insert(attendance).values({ importId: 9, line: i + 2, mobile: String(13_700_000_000 + i), seconds: 60 });
    const from = w.channel.sent.length;
    await publish("wh");
    const [first, second] = await frozen();
    const was = new Map(first!.rows.map((r) => [r.registrationId, `${r.selected}:${r.eligible}`]));
    const changed = second!.rows.filter((r) => r.userKey && was.get(r.registrationId) !== `${r.selected}:${r.eligible}`).map((r) => r.userKey!.slice("console:".length));
    const told = w.channel.sent.slice(from).filter((m) => m.chatKind === "user" && m.chatId !== "wh").map((m) => m.chatId);
    expect(changed).toEqual(expect.arrayContaining(["s0", "s9"]));
    expect(told.sort()).toEqual(changed.sort());
    expect(told.length).toBeLessThan(240);
    const same = second!.rows.filter((r) => was.get(r.registrationId) === `${r.selected}:${r.eligible}`).length;
    expect(w.channel.sent.slice(from).filter((m) => m.chatId === "wh").at(-1)!.text).toContain(`私信通知 ${changed.length} 人（结果未变的 ${same} 人不再通知）`);
  });
});
