import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { auditLog, contacts, conversations, groups, outbox, receipts, registrations } from "../../src/store/schema.js";
import { DRIVERS } from "../support/db.js";
import { consoleWorld } from "../support/world.js";
import { addCoordinatorRow, addReceipt, seedTrainees } from "./seed.js";


const NOW = new Date("2022-06-20T10:00:00+08:00");

describe.each(DRIVERS)("coordinator commands on %s", (driver) => {
  const w = consoleWorld(driver, NOW, async (db) => {
    await addCoordinatorRow(db, "console:prov", null);
    await addCoordinatorRow(db, "console:wh", "wuhan");
  });
  let n = 0;
  const handle = (user: string, text: string, group?: string) =>
    w.app.engine.handle({ channel: "console", messageId: `m${n++}`, userId: user, text, group: group ? { id: group } : undefined });
  /** The text the bot answered to one message, in the chat it came from. */
  const say = async (user: string, text: string, group?: string) => {
    const from = w.channel.sent.length;
    await handle(user, text, group);
    return w.channel.sent.slice(from).filter((m) => m.chatId === (group ?? user)).map((m) => m.text).join("\n");
  };
  const audits = () => w.store.db.select().from(auditLog).orderBy(asc(auditLog.id));


  it.each([
    ["/stats", undefined],
    ["/select", undefined],
    ["/bind wuhan", "g1"],
    ["/publish", "g1"],
    ["/move 13800000000 console:x", undefined],
  ])("refuses %s from a trainee clearly (not silently) and logs the refusal", async (text, group) => {
    const reply = await say("trainee", text, group);
    expect(reply).toContain("联络员专用");
    const [row] = await audits();
    expect(row).toMatchObject({ actor: "console:trainee", action: text.slice(1).split(" ")[0], allowed: false });
    expect(row!.detail).toMatchObject({ error: "notCoordinator", chat: group ? "group" : "private" });
  });

  it("leaves other slash commands and plain text to the conversation", async () => {
    expect(await say("trainee", "/help")).not.toContain("联络员专用");
    expect(await say("trainee", "报名")).not.toContain("联络员专用");
    expect(await audits()).toHaveLength(0);
  });

  it.each([
    ["/select yijingjingen", undefined, "不能操作宜荆荆恩城市群"],
    ["/publish 宜荆荆恩", undefined, "不能操作宜荆荆恩城市群"],
    ["/stats xiangshisuishen", undefined, "不能操作襄十随神城市群"],
    ["/bind yijingjingen", "g2", "不能操作宜荆荆恩城市群"],
    ["/move 13900000000 console:new", undefined, "不能转移"],
  ])("refuses a class coordinator's %s on another class and logs it", async (text, group, why) => {
    await seedTrainees(w.store.db, 1, { classId: "yijingjingen", firstMobile: 13_900_000_000 });
    expect(await say("wh", text, group)).toContain(why);
    const [row] = (await audits()).filter((a) => a.actor === "console:wh");
    expect(row).toMatchObject({ allowed: false });
    expect(row!.detail).toMatchObject({ error: "otherClass" });
    expect(await w.store.db.select().from(groups).where(eq(groups.classId, "yijingjingen"))).toHaveLength(0);
  });

  it("binds a group to the class a coordinator names, only from inside the group", async () => {
    expect(await say("wh", "/bind wuhan")).toContain("请在要绑定的班级群里发送");
    expect(await say("wh", "/bind@hubei_ip_bot", "g1")).toContain("本群已绑定到武汉“1+8”城市圈");
    expect(await say("prov", "/bind 宜荆荆恩", "g2")).toContain("宜荆荆恩城市群");
    const bound = await w.store.db.select().from(groups).orderBy(asc(groups.chatId));
    expect(bound.map((g) => [g.chatId, g.classId, g.boundBy])).toEqual([["g1", "wuhan", "console:wh"], ["g2", "yijingjingen", "console:prov"]]);
    expect((await audits()).map((a) => [a.action, a.target, a.allowed])).toEqual([["bind", null, false], ["bind", "wuhan", true], ["bind", "yijingjingen", true]]);
  });

  it("counts registrations, receipts, eligible and selected per class", async () => {
    await seedTrainees(w.store.db, 3, { hours: (i) => (i === 0 ? 19.99 : 20) });
    await seedTrainees(w.store.db, 2, { classId: "yijingjingen", prefix: "y", firstMobile: 13_900_000_000 });
    await addReceipt(w.store.db, "console:t1");
    const mine = await say("wh", "/stats");
    expect(mine).toContain("【武汉“1+8”城市圈】报名 3 人（其中导入 0 人），已交回执 1 人");
    expect(mine).toContain("具备资格）2 人，按当前数据入选 2/200 人");
    expect(mine).not.toContain("宜荆荆恩");
    const all = await say("prov", "/stats", "g1");
    expect(all).toContain("【宜荆荆恩城市群】报名 2 人");
    expect(all).toContain("合计：报名 5 人，回执 1 人，具备资格 4 人，入选 4 人");
  });

  it("previews the top of the list privately, and refuses to in a group", async () => {
    await seedTrainees(w.store.db, 12);
    const text = await say("wh", "/select");
    expect(text).toContain("遴选预览（未发布）：报名 12 人，具备资格 12 人，名额 200 人");
    expect(text.split("\n").filter((l) => /^\d+\. /.test(l))).toHaveLength(10);
    expect(await say("wh", "/select", "g1")).toContain("请私聊");
  });

  it("moves a registration with its receipt and conversation to the trainee's new identity", async () => {
    await seedTrainees(w.store.db, 1);
    await addReceipt(w.store.db, "console:t0");
    await w.store.db.insert(conversations).values({ userKey: "console:t0", state: { v: 1, phase: "submitted", answers: {}, history: [] }, turns: 30 });
    const text = await say("wh", "/move 138 0000 0000 console:newphone");
    expect(text).toContain("已将手机号138****0000的报名（武汉“1+8”城市圈）从 console:t0 转到 console:newphone");
    const [reg] = await w.store.db.select().from(registrations);
    expect(reg!.userKey).toBe("console:newphone");
    expect((await w.store.db.select().from(receipts)).map((r) => r.userKey)).toEqual(["console:newphone"]);
    expect((await w.store.db.select().from(conversations)).map((c) => [c.userKey, c.turns])).toContainEqual(["console:newphone", 30]);
    const row = (await audits()).at(-1)!;
    expect(row).toMatchObject({ actor: "console:wh", action: "move", target: "13800000000", allowed: true });
    expect(row.detail).toMatchObject({ from: "console:t0", to: "console:newphone" });
    expect(w.channel.sent.filter((m) => m.chatId === "newphone").map((m) => m.text)).toEqual([expect.stringContaining("报名转到您现在使用的账号")]);
    expect(await say("newphone", "我的报名")).toContain("报名状态：已提交");
  });

  it("leaves nothing of the registration in the messages to the old identity, as a cancel would", async () => {
    await seedTrainees(w.store.db, 1);
    // the summary sent before, and a filled receipt still queued
    await w.store.db.insert(outbox).values([
      { channel: "console", chatId: "t0", payload: { text: "报名信息：手机号13800000000" }, status: "sent", sentAt: NOW },
      { channel: "console", chatId: "t0", payload: { text: "回执", file: { name: "回执.pdf", bytes: "JVBERi0=" } }, status: "pending" },
    ]);
    await say("wh", "/move 13800000000 console:newphone");
    const left = await w.store.db.select().from(outbox).where(eq(outbox.chatId, "t0"));
    expect(left.map((r) => [r.status, r.payload])).toEqual([["sent", { text: "", erased: true }]]);
    expect(await w.store.db.select({ k: contacts.userKey }).from(contacts).where(eq(contacts.userKey, "console:t0"))).toHaveLength(1);
  });

  it.each([
    ["/move 12345 console:x", "手机号"],
    ["/move 13800000000", "用法"],
    ["/move 13700000000 console:x", "没有找到"],
  ])("explains what is wrong with %s", async (text, why) => {
    await seedTrainees(w.store.db, 1);
    expect(await say("prov", text)).toContain(why);
    expect((await audits()).at(-1)).toMatchObject({ allowed: false });
  });
});
