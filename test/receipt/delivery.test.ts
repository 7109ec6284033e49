import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { outbox, registrations } from "../../src/store/schema.js";
import { RecordingChannel } from "../support/recordingChannel.js";
import { DRIVERS, testStore } from "../support/db.js";
import { GOOD_ANSWERS } from "../support/jsonl.js";
import { docxParagraphs, docxTable, pdfLines } from "../support/documents.js";

const NOW = new Date("2022-05-20T10:00:00+08:00");
const DOCX = "报名回执-张明-湖北某某科技有限公司.docx";
const PDF = "报名回执-张明-湖北某某科技有限公司.pdf";

describe.each(DRIVERS)("the filled receipt sent to the trainee, on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let app: App;
  let channel: RecordingChannel;
  let now = NOW;
  let n = 0;
  const say = (text: string, user = "u") => app.engine.handle({ channel: "console", messageId: `m${n++}`, userId: user, text });
  const files = () => channel.sent.filter((m) => m.file);
  const register = async (user = "u", mobile = "13800138000") => {
    for (const [k, v] of [["", "报名"], ...GOOD_ANSWERS, ["", "确认提交"]]) await say(k === "mobile" ? mobile : v!, user);
  };

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    now = NOW;
    channel = new RecordingChannel(4096);
    app = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store, channels: [channel], now: () => now });
  });

  it("sends the DOCX and the PDF right after submission, after the confirmation, with what to do", async () => {
    await register();
    const last = channel.sent.slice(-3);
    expect(last[0]!.text).toContain("报名已提交成功");
    expect(last.slice(1).map((m) => [m.file?.name, m.file?.mime])).toEqual([
      [DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      [PDF, "application/pdf"],
    ]);
    expect(last[1]!.text).toMatch(/打印.*加盖单位公章.*扫描或拍照.*6月5日前.*发回这里.*446131789@qq\.com/);
  });

  it("fills the files with the answers given in the chat and marks the chosen class", async () => {
    await register();
    const [docx, pdf] = files().map((m) => m.file!.bytes);
    const table = await docxTable(docx!);
    expect(table).toEqual([
      ["姓名", "张明", "性别", "男"],
      ["部门", "知识产权部", "职务职称", "知识产权专员"],
      ["电子邮箱", "zm@example.com", "QQ号", "12345678"],
      ["办公电话", "0724-2345678", "手机", "13800138000"],
      ["通讯地址", "湖北省荆门市东宝区某某路1号"],
      ["备注", ""],
    ]);
    expect(await docxParagraphs(docx!)).toContain("报名班次：□武汉“1+8”城市圈　　□襄十随神城市群　　■宜荆荆恩城市群");
    const lines = await pdfLines(pdf!);
    expect(lines).toContain("单位名称（盖章）：湖北某某科技有限公司");
    expect(lines).toContain("办公电话 | 0724-2345678 | 手机 | 13800138000");
  });

  it("sends a new receipt after a change, with the changed answer", async () => {
    await register();
    for (const t of ["修改手机号", "13900139000", "确认提交"]) await say(t);
    const [, , docx, pdf] = files().map((m) => m.file!.bytes);
    expect((await docxTable(docx!))[3]).toEqual(["办公电话", "0724-2345678", "手机", "13900139000"]);
    expect(await pdfLines(pdf!)).toContain("办公电话 | 0724-2345678 | 手机 | 13900139000");
  });

  it("keeps no receipt's bytes in the outbox: its rows say what to render, and each time the files are made anew", async () => {
    await register();
    await say("回执");
    const rows = await store.db.select({ key: outbox.dedupeKey, payload: outbox.payload }).from(outbox).orderBy(outbox.id);
    const receipts = rows.filter((r) => r.key?.startsWith("receipt:"));
    expect(receipts.map((r) => (r.payload as { render?: { part: string } }).render?.part)).toEqual(["docx", "pdf", "docx", "pdf"]);
    expect(receipts.filter((r) => "file" in (r.payload as object))).toEqual([]);
    expect(files().map((m) => m.file!.name)).toEqual([DOCX, PDF, DOCX, PDF]);
  });

  it("renders at send time from the registration as stored then, and sends none once the trainee cancelled", async () => {
    for (const t of ["报名", ...GOOD_ANSWERS.map(([, v]) => v)]) await say(t);
    channel.refuse = { ok: false, kind: "transient", error: "502 Bad Gateway", retryAfterMs: 1000 };
    await say("确认提交");
    channel.refuse = undefined;
    // the registration changes behind the queued receipt (an import, say): the files show it as it is when sent
    await store.db.update(registrations).set({ name: "张新", answers: sql`${registrations.answers} || '{"name":"张新"}'::jsonb` });
    now = new Date(NOW.getTime() + 60_000);
    for (let i = 0; i < 10 && files().length < 2; i++) {
      await app.sender.drainOnce();
      now = new Date(now.getTime() + 1000);
    }
    expect((await docxTable(files()[0]!.file!.bytes))[0]).toEqual(["姓名", "张新", "性别", "男"]);
    channel.sent = [];
    channel.refuse = { ok: false, kind: "transient", error: "502 Bad Gateway", retryAfterMs: 1000 };
    await say("回执");
    channel.refuse = undefined;
    for (const t of ["取消报名", "确认取消"]) await say(t);
    now = new Date(now.getTime() + 60_000);
    for (let i = 0; i < 5; i++) await app.sender.drainOnce();
    expect(files()).toEqual([]);
  });

  it.each(["回执", "下载回执"])("sends the receipt again on “%s”, after the deadline too", async (word) => {
    await register();
    now = new Date("2022-06-20T10:00:00+08:00");
    channel.sent = [];
    await say(word);
    expect(channel.sent.map((m) => m.file?.name)).toEqual([DOCX, PDF]);
  });

  it("answers “回执” when the registration was removed behind the conversation's back", async () => {
    await register();
    await store.db.delete(registrations);
    await say("回执");
    expect(channel.sent.at(-1)!.text).toContain("没有找到您的报名记录");
  });

  it("tells a trainee who has not submitted that the receipt comes after submission", async () => {
    await say("报名");
    await say("回执");
    expect(channel.sent.at(-1)!.text).toContain("提交报名后");
    expect(files()).toEqual([]);
  });

  it("keeps the files in the outbox when the platform is down, and a restarted bot sends them whole", async () => {
    for (const t of ["报名", ...GOOD_ANSWERS.map(([, v]) => v)]) await say(t);
    channel.refuse = { ok: false, kind: "transient", error: "502 Bad Gateway", retryAfterMs: 1000 };
    await say("确认提交");
    expect(files()).toEqual([]);
    channel.refuse = undefined;
    now = new Date(NOW.getTime() + 60_000);
    const restarted = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store, channels: [channel], now: () => now });
    // the restarted sender's loop, a pass at a time: a chat's rows go in order at its pace
    for (let i = 0; i < 10 && files().length < 2; i++) {
      await restarted.sender.drainOnce();
      now = new Date(now.getTime() + 1000);
    }
    expect(files().map((m) => m.file!.name)).toEqual([DOCX, PDF]);
    expect((await docxTable(files()[0]!.file!.bytes))[0]).toEqual(["姓名", "张明", "性别", "男"]);
    expect((await pdfLines(files()[1]!.file!.bytes))[0]).toBe("附件2");
  });

  it("shows in 我的报名 whether the stamped scan came", async () => {
    await register();
    await say("我的报名");
    expect(channel.sent.at(-1)!.text).toMatch(/报名回执：未收到。.*发送“回执”可下载/);
    await app.engine.handle({ channel: "console", messageId: `m${n++}`, userId: "u", file: { name: "盖章回执.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n") } });
    await say("我的报名");
    expect(channel.sent.at(-1)!.text).toContain("报名回执：已收到“盖章回执.pdf”");
  });

  it("deletes the receipts in the outbox when the trainee cancels", async () => {
    await register();
    await register("other", "13700137000");
    for (const t of ["取消报名", "确认取消"]) await say(t);
    const rows = await store.db.select({ key: outbox.dedupeKey, chatId: outbox.chatId }).from(outbox);
    expect(rows.filter((r) => r.key?.startsWith("receipt:")).map((r) => r.chatId)).toEqual(["other", "other"]);
  });
});
