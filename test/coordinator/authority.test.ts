import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { auditLog, groups, outbox } from "../../src/store/schema.js";
import { DRIVERS } from "../support/db.js";
import { consoleWorld } from "../support/world.js";
import { addCoordinatorRow, bindGroup, seedTrainees } from "./seed.js";

const NOW = new Date("2022-06-20T10:00:00+08:00");

describe.each(DRIVERS)("a coordinator's authority in a group on %s", (driver) => {
  const w = consoleWorld(driver, NOW, async (db) => {
    await addCoordinatorRow(db, "console:prov", null);
    await addCoordinatorRow(db, "console:wh", "wuhan");
    await addCoordinatorRow(db, "console:xs", "xiangshisuishen");
    await bindGroup(db, "console", "g-xs", "xiangshisuishen");
    await bindGroup(db, "console", "g-wh", "wuhan");
  });
  let n = 0;
  const say = async (user: string, text: string, group?: string) => {
    const from = w.channel.sent.length;
    await w.app.engine.handle({ channel: "console", messageId: `m${n++}`, userId: user, text, group: group ? { id: group } : undefined });
    return w.channel.sent.slice(from).filter((m) => m.chatId === (group ?? user)).map((m) => m.text).join("\n");
  };
  const classOf = async (chatId: string) => (await w.store.db.select().from(groups).where(eq(groups.chatId, chatId)))[0]?.classId;
  const lastAudit = async () => (await w.store.db.select().from(auditLog).orderBy(asc(auditLog.id))).at(-1)!;


  it.each([
    // who, command, group, what the reply says, the audit's error
    ["wh", "/bind wuhan", "g-xs", "须由省知识产权局的联络员操作", "rebindNeedsProvincial"],
    ["wh", "/bind", "g-xs", "须由省知识产权局的联络员操作", "rebindNeedsProvincial"],
    ["xs", "/bind wuhan", "g-xs", "不能操作武汉“1+8”城市圈", "otherClass"],
    ["wh", "/publish", "g-xs", "本群绑定的是襄十随神城市群，您是武汉“1+8”城市圈的联络员，不能在本群操作", "otherClass"],
    ["wh", "/publish wuhan", "g-xs", "不能在本群操作", "otherClass"],
    ["wh", "/stats", "g-xs", "不能在本群操作", "otherClass"],
    ["prov", "/stats xiangshisuishen", "g-wh", "在本群不能操作襄十随神城市群", "groupOfOtherClass"],
    ["prov", "/publish yijingjingen", "g-wh", "在本群不能操作宜荆荆恩城市群", "groupOfOtherClass"],
  ])("refuses %s's %s in group %s and logs why", async (who, text, group, why, error) => {
    await seedTrainees(w.store.db, 3);
    expect(await say(who, text, group)).toContain(why);
    expect(await lastAudit()).toMatchObject({ actor: `console:${who}`, allowed: false, detail: expect.objectContaining({ error }) });
    expect(await classOf("g-xs")).toBe("xiangshisuishen");
    expect(await classOf("g-wh")).toBe("wuhan");
    // nothing was published anywhere: the only group message is the refusal, in the group it was asked in
    const toGroups = await w.store.db.select().from(outbox).where(eq(outbox.chatKind, "group"));
    expect(toGroups.map((r) => r.chatId)).toEqual([group]);
  });

  it("lets a provincial coordinator move a group to another class, and says from which", async () => {
    expect(await say("prov", "/bind wuhan", "g-xs")).toContain("本群已绑定到武汉“1+8”城市圈（原绑定襄十随神城市群）");
    expect(await classOf("g-xs")).toBe("wuhan");
    expect(await lastAudit()).toMatchObject({ action: "bind", target: "wuhan", allowed: true, detail: expect.objectContaining({ from: "xiangshisuishen" }) });
  });

  it("lets a class coordinator bind an unbound group to their class, and act on it there", async () => {
    expect(await say("xs", "/bind", "g-new")).toContain("本群已绑定到襄十随神城市群");
    await seedTrainees(w.store.db, 2, { classId: "xiangshisuishen" });
    expect(await say("xs", "/stats", "g-new")).toContain("【襄十随神城市群】报名 2 人");
  });

  it("in a bound group, a command without a class acts on the group's class, even for the provincial office", async () => {
    await seedTrainees(w.store.db, 2, { classId: "xiangshisuishen" });
    await seedTrainees(w.store.db, 3, { prefix: "w", firstMobile: 13_900_000_000 });
    const text = await say("prov", "/stats", "g-xs");
    expect(text).toContain("【襄十随神城市群】报名 2 人");
    expect(text).not.toContain("武汉");
  });

  it("never posts a class's list to a group of another class (the /bind then /publish attack)", async () => {
    await seedTrainees(w.store.db, 3);
    await say("wh", "/bind wuhan", "g-xs");
    await say("wh", "/publish");
    await say("wh", "确认发布");
    // the list and its file (the refusal of the /bind is the only other message in g-xs)
    const posted = (await w.store.db.select().from(outbox).where(eq(outbox.chatKind, "group"))).filter((r) => r.dedupeKey);
    expect(posted.length).toBeGreaterThan(0);
    expect(new Set(posted.map((r) => r.chatId))).toEqual(new Set(["g-wh"]));
  });
});
