import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import * as schema from "../../src/store/schema.js";
import { attendance, auditLog, inbox, outbox, quizResults, registrations, selectionRuns } from "../../src/store/schema.js";
import { RecordingChannel } from "../support/recordingChannel.js";
import { DRIVERS, testStore } from "../support/db.js";
import { GOOD_ANSWERS } from "../support/jsonl.js";
import { addCoordinatorRow, bindGroup } from "../coordinator/seed.js";

const NOW = new Date("2022-05-20T10:00:00+08:00");
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Two trainees' answers: the one who cancels, and one who stays (what is erased must be only the first's). */
const PERSON = {
  // none of these is a prompt's example, which every trainee is shown
  leaver: { organization: "荆门市雪梅精密机械有限公司", name: "赵雪梅", email: "zxm@example.cn", qq: "55667788", officePhone: "0724-5566778", mobile: "13612345678", address: "湖北省荆门市东宝区雪梅路8号" },
  stayer: { organization: "荆门另一家机械有限公司", name: "李华", email: "lh@example.org", qq: "87654321", officePhone: "0724-8765432", mobile: "13900139000", address: "湖北省荆门市掇刀区另一路9号" },
};
const answersOf = (p: Record<string, string>) => GOOD_ANSWERS.map(([k, v]) => p[k] ?? v);

const TABLES = Object.values(schema).filter((t): t is Extract<(typeof schema)[keyof typeof schema], PgTable> => is(t, PgTable));

describe.each(DRIVERS)("cancelling a registration on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let app: App;
  let n = 0;
  const say = (user: string, text: string) => app.engine.handle({ channel: "console", messageId: `m${n++}`, userId: user, text });
  /** Every row of every table, as text: where a personal value could hide. */
  const dump = async () => {
    const out: Record<string, string> = {};
    for (const t of TABLES) out[getTableName(t)] = JSON.stringify(await store.db.select().from(t));
    return out;
  };
  const leaking = (tables: Record<string, string>, values: string[]) =>
    Object.entries(tables).flatMap(([name, text]) => values.filter((v) => text.includes(v)).map((v) => `${name}: ${v}`));

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    app = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store, channels: [new RecordingChannel()], now: () => NOW });
    await addCoordinatorRow(store.db, "console:prov", null);
    await bindGroup(store.db, "console", "class-group", "yijingjingen");
    for (const [who, p] of Object.entries(PERSON)) {
      for (const a of ["报名", ...answersOf(p), "确认提交"]) await say(who, a);
      await app.engine.handle({ channel: "console", messageId: `m${n++}`, userId: who, file: { name: "回执.pdf", bytes: PDF } });
      await store.db.insert(attendance).values({ importId: 1, line: 2, mobile: p.mobile, seconds: 21 * 3600 });
      await store.db.insert(quizResults).values({ importId: 2, line: 2, mobile: p.mobile, score: 88, maxScore: 100 });
    }
    // registration is still open on this clock: the publication is forced, then confirmed after its preview
    await say("prov", "/publish 强制");
    await say("prov", "确认发布");
    // an audited coordinator action naming the trainee's mobile
    await say("prov", `/move ${PERSON.leaver.mobile} console:leaver`);
  });

  it("is set up with both trainees' data in the summary, the result, the run, attendance and the audit", async () => {
    const before = await dump();
    expect(leaking({ outbox: before.outbox! }, [PERSON.leaver.name, PERSON.leaver.mobile, PERSON.leaver.email, PERSON.leaver.qq, PERSON.leaver.address])).toHaveLength(5);
    expect(before.selection_runs).toContain(PERSON.leaver.mobile);
    // the group's list names those who agreed to be named
    const lists = (await store.db.select().from(outbox)).filter((r) => r.chatId === "class-group");
    expect(JSON.stringify(lists)).toContain(`${PERSON.leaver.name}（${PERSON.leaver.organization}）`);
    expect(before.audit_log).toContain(PERSON.leaver.mobile);
    expect(await store.db.$count(attendance)).toBe(2);
  });

  it("leaves none of the trainee's personal values in any table", async () => {
    await say("leaver", "取消报名");
    await say("leaver", "确认取消");
    const after = await dump();
    expect(leaking(after, Object.values(PERSON.leaver))).toEqual([]);
    // the identity is gone from everything but its (reset) conversation and the messages' routing
    const identityKept = leaking(after, ["console:leaver"]).map((l) => l.split(":")[0]);
    expect(identityKept).toEqual(["conversations"]);
    expect(after.conversations).not.toContain(PERSON.leaver.name);
  });

  it("keeps everything of the trainee who stays", async () => {
    await say("leaver", "取消报名");
    await say("leaver", "确认取消");
    const after = await dump();
    const kept = Object.values(PERSON.stayer).filter((v) => [after.registrations, after.outbox].some((t) => t!.includes(v)));
    expect(kept).toEqual(Object.values(PERSON.stayer));
    expect((await store.db.select().from(registrations)).map((r) => r.mobile)).toEqual([PERSON.stayer.mobile]);
    expect((await store.db.select().from(attendance)).map((r) => r.mobile)).toEqual([PERSON.stayer.mobile]);
    expect((await store.db.select().from(quizResults)).map((r) => r.mobile)).toEqual([PERSON.stayer.mobile]);
    const [run] = await store.db.select().from(selectionRuns);
    expect((run!.rows as { mobile: string }[]).map((r) => r.mobile)).toEqual([PERSON.stayer.mobile]);
  });

  it("keeps the rows that make delivery and the audit work, emptied of the trainee", async () => {
    const inboxBefore = await store.db.$count(inbox);
    await say("leaver", "取消报名");
    await say("leaver", "确认取消");
    // redeliveries of the trainee's old messages are still recognised
    expect(await store.db.$count(inbox)).toBe(inboxBefore + 2);
    const audits = await store.db.select().from(auditLog);
    // the preview, its confirmation, the publication itself, then the /move that named the mobile
    expect(audits.map((a) => a.action)).toEqual(["publish", "publish.confirm", "publish", "move"]);
    expect(audits[3]).toMatchObject({ actor: "console:prov", target: null });
    const toLeaver = (await store.db.select().from(outbox).orderBy(outbox.id)).filter((r) => r.chatId === "leaver");
    const [last] = toLeaver.slice(-1);
    expect(last!.payload).toMatchObject({ text: expect.stringContaining("已取消报名") });
    expect(toLeaver.slice(0, -1).every((r) => (r.payload as { erased?: boolean }).erased)).toBe(true);
  });

  it("forgets a draft's mobile too when a trainee cancels before submitting", async () => {
    for (const a of ["报名", ...answersOf({ mobile: "13700137000", name: "王五" }).slice(0, 14)]) await say("drafter", a);
    await store.db.insert(attendance).values({ importId: 1, line: 9, mobile: "13700137000", seconds: 3600 });
    await say("drafter", "取消报名");
    const after = await dump();
    expect(leaking(after, ["13700137000", "王五"])).toEqual([]);
  });
});
