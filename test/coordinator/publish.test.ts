import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { RecordingChannel } from "../support/recordingChannel.js";
import { attendance, outbox, selectionRuns } from "../../src/store/schema.js";
import type { SelectionRow } from "../../src/selection/rule.js";
import { maskName } from "../../src/selection/mask.js";
import { DRIVERS, testStore } from "../support/db.js";
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
  let store: Awaited<ReturnType<typeof testStore>>;
  let app: App;
  let channel: RecordingChannel;
  let n = 0;
  const say = async (user: string, text: string, group?: string) => {
    const from = channel.sent.length;
    await app.engine.handle({ channel: "console", messageId: `p${n++}`, userId: user, text, group: group ? { id: group } : undefined });
    while ((await app.sender.drainOnce()) > 0);
    return channel.sent.slice(from);
  };
  const frozen = async () => (await store.db.select().from(selectionRuns).orderBy(asc(selectionRuns.id))).map((r) => ({ id: r.id, rows: r.rows as SelectionRow[] }));
  const queued = (channelName: string) => store.db.select().from(outbox).where(eq(outbox.channel, channelName)).orderBy(asc(outbox.id));

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    channel = new RecordingChannel();
    app = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store, channels: [channel], now: () => NOW });
    await addCoordinatorRow(store.db, "console:wh", "wuhan");
    // 230 eligible with a chat identity, 10 just short of 20 hours, 5 imported from the questionnaire
    await seedTrainees(store.db, 230, { hours: () => 21 });
    await seedTrainees(store.db, 10, { hours: () => 19.99, prefix: "s", firstMobile: 13_700_000_000 });
    await seedTrainees(store.db, 5, { imported: () => true, prefix: "i", firstMobile: 13_600_000_000 });
    await bindGroup(store.db, "console", "g-wh", "wuhan");
    await bindGroup(store.db, "telegram", "-100200", "wuhan");
    await bindGroup(store.db, "wechat", "room@chatroom", "wuhan");
  });

  it("sends 200 names to each bound group under the channel's limit, masked without consent, plus the file", async () => {
    const out = await say("wh", "/publish", "g-wh");
    const [run] = await frozen();
    const selected = run!.rows.filter((r) => r.selected);
    expect(selected).toHaveLength(200);
    const expected = selected.map((r) => (r.consentPublish ? `${r.name}（${r.organization}）` : maskName(r.name)));
    expect(expected.some((e) => e.includes("*"))).toBe(true);

    const toGroup = out.filter((m) => m.chatId === "g-wh");
    const [reply, ...list] = toGroup.filter((m) => !m.file);
    expect(reply!.text).toContain("已冻结并发布第1号名单：入选 200 人");
    expect(entries(list.map((m) => m.text))).toEqual(expected);
    for (const m of toGroup) {
      expect(m.text).not.toMatch(/1[3-9]\d{9}/);
      expect(m.text).not.toContain("总分");
    }
    const file = toGroup.find((m) => m.file)!.file!;
    expect(file.name).toMatch(/\.xlsx$/);
    const sheet = await xlsxRows(file.bytes);
    expect(sheet.slice(2).map((r) => (r[2] ? `${r[1]}（${r[2]}）` : r[1]))).toEqual(expected);

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
    const out = await say("wh", "/publish", "g-wh");
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
    await say("wh", "/publish", "g-wh");
    const rowsBefore = (await store.db.select().from(outbox)).length;
    const again = await say("wh", "/publish");
    expect(again.map((m) => m.text)).toEqual(["【武汉“1+8”城市圈】名单与已发布的第1号相同，已发布过，本次未重复发送。"]);
    expect((await store.db.select().from(outbox)).length).toBe(rowsBefore + 1);
    expect(await frozen()).toHaveLength(1);

    await bindGroup(store.db, "console", "g-new", "wuhan");
    const late = await say("wh", "/publish");
    expect(late.filter((m) => m.chatId === "g-new")).toHaveLength(2);
    expect(late.filter((m) => m.chatKind === "user" && m.chatId !== "wh")).toHaveLength(0);
    expect(late.find((m) => m.chatId === "wh")!.text).toContain("沿用第1号");
  });

  it("freezes one run when two coordinators publish the same class at the same moment", async () => {
    await addCoordinatorRow(store.db, "console:prov", null);
    await Promise.all([say("wh", "/publish"), say("prov", "/publish wuhan")]);
    expect(await frozen()).toHaveLength(1);
    const privates = channel.sent.filter((m) => m.chatKind === "user" && !["wh", "prov"].includes(m.chatId));
    expect(privates).toHaveLength(240);
  });

  it("publishes nothing for a class where nobody has the hours yet (attendance not imported)", async () => {
    await addCoordinatorRow(store.db, "console:prov", null);
    await seedTrainees(store.db, 3, { classId: "yijingjingen", hours: () => 0, prefix: "y", firstMobile: 13_500_000_000 });
    const out = await say("prov", "/publish yijingjingen");
    expect(out.map((m) => m.text)).toEqual(["【宜荆荆恩城市群】还没有学员在线学习满20小时（考勤是否已导入？），未发布。"]);
    expect(await frozen()).toHaveLength(0);
  });

  it("freezes a new run when the data changed, and answers a trainee's standing from the published run", async () => {
    await say("wh", "/publish", "g-wh");
    expect((await say("t0", "我的成绩")).map((m) => m.text).join("\n")).toMatch(/您已入选|很遗憾/);
    expect((await say("s0", "我的成绩")).map((m) => m.text).join("\n")).toContain("还差 0.01 小时");
    await store.db.insert(attendance).values({ importId: 9, line: 2, mobile: "13700000000", seconds: 60 });
    const out = await say("wh", "/publish");
    expect(out.find((m) => m.chatId === "wh")!.text).toContain("已冻结并发布第2号名单");
    expect(await frozen()).toHaveLength(2);
  });
});
