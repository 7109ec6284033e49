import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { loadProgramme } from "../../src/programme/load.js";
import { runImport } from "../../src/imports/run.js";
import { formatReading } from "../../src/imports/reading.js";
import { registrations } from "../../src/store/schema.js";
import { DRIVERS, testStore } from "../support/db.js";
import { csv, xlsx } from "./files.js";
import { stringify } from "csv-stringify/sync";
import { CONSENT_HEADER, LEADING, gbk, submissions, wjxRows, type Submission } from "./wjxFiles.js";

const p = loadProgramme();
const NOW = new Date("2022-06-20T10:00:00+08:00");

const one = (answers: Record<string, string | string[]>, submitted = "2022/5/20 10:00:00"): Submission => ({
  submitted, consent: "是", answers: { ...submissions(p, 1)[0]!.answers, ...answers },
});

describe.each(DRIVERS)("问卷星 questionnaire exports on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  const run = (bytes: Uint8Array, dryRun = false) =>
    runImport(store.db, { kind: "registrations", bytes, fileName: "问卷星.csv", programme: p, now: NOW, actor: "test", dryRun });
  const stored = async () =>
    (await store.db.select().from(registrations).orderBy(asc(registrations.mobile))).map(({ id: _i, updatedAt: _u, ...r }) => r);

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => store.reset());

  it("imports the download by option text and the download by option number (multiple choice split into columns) to the same registrations", async () => {
    const subs = submissions(p);
    const text = await run(csv(wjxRows(p, subs)));
    expect(text).toMatchObject({ rows: 60, imported: 60, refused: [] });
    const byText = await stored();
    await store.reset();
    const number = await run(await xlsx(wjxRows(p, subs, { byNumber: true, splitMulti: true })));
    expect(number).toMatchObject({ rows: 60, imported: 60, refused: [] });
    expect(await stored()).toEqual(byText);
    await store.reset();
    await run(csv(wjxRows(p, subs, { byNumber: true })));
    expect(await stored()).toEqual(byText);
    // and what was chosen is what is stored
    const first = byText.find((r) => r.mobile === "13800000000")!;
    expect(first).toMatchObject({ classId: "wuhan", city: "wuhan", gender: "male", enterpriseType: "国有企业", ipYears: "under1", role: "fullTime" });
  });

  it("reads the CSV download in GBK (问卷星's default for Excel) as the UTF-8 one", async () => {
    const rows = wjxRows(p, submissions(p, 5));
    await run(gbk(stringify(rows)));
    const fromGbk = await stored();
    await store.reset();
    await run(csv(rows));
    expect(fromGbk).toEqual(await stored());
    expect(fromGbk.map((r) => r.name)).toContain("学员甲子");
  });

  it("reads a class by its number in the questionnaire's own order, never the chat's city-first order", async () => {
    // 宜昌 suggests 宜荆荆恩 in chat, where it would be shown first; on 问卷星 option 1 is 武汉“1+8”城市圈
    const s = one({ city: "宜昌市", classId: "武汉“1+8”城市圈" });
    await run(csv(wjxRows(p, [s], { byNumber: true })));
    expect((await stored())[0]).toMatchObject({ city: "yichang", classId: "wuhan" });
  });

  it("never reads a number answer as an option: 4 patents stay 4, option 4 of the years is 5年及以上", async () => {
    const s = one({ patentCount: "4", ipYears: "5年及以上" });
    const rows = wjxRows(p, [s], { byNumber: true });
    expect(rows[1]).toContain("4");
    await run(csv(rows));
    expect((await stored())[0]).toMatchObject({ patentCount: 4, ipYears: "over5" });
  });

  it("takes 问卷星's (跳过), (空), 无 and 其他〖…〗 without losing the questionnaire's score, and stores no (空) as a remark", async () => {
    const s = one({ qq: "无", officePhone: "(跳过)", remarks: "(空)", enterpriseType: "其他〖集体企业〗" });
    const r = await run(csv(wjxRows(p, [s])));
    expect(r.notes).toEqual([]);
    const [reg] = await stored();
    expect(reg).toMatchObject({ qq: null, officePhone: null, remarks: null, enterpriseType: "其他:集体企业" });
    expect(reg!.answers).toMatchObject({ qq: null, enterpriseType: "其他:集体企业" });
    // complete 12 + interests 4 + needs 8; the three optional answers not given cost their 2 points each
    expect(reg!.qualityScore).toBe(24);
  });

  it("keeps an unreadable optional answer out and costs only its own points", async () => {
    const s = one({ qq: "abc", officePhone: "027-87654321", remarks: "需要开具参训证明" });
    const r = await run(csv(wjxRows(p, [s])));
    expect(r.notes).toEqual([{ line: 2, reason: expect.stringContaining("QQ号") }]);
    expect((await stored())[0]!.qualityScore).toBe(28);
  });

  it("recognises the publish consent worded as a question, and headers 18、专职/兼职 and 19、最希望学习的课程", async () => {
    const rows = wjxRows(p, [one({ role: "兼职" })]);
    expect(rows[0]).toContain(`22、${CONSENT_HEADER}`);
    expect(rows[0]).toContain("19、专职/兼职".replace("19", String(p.questionnaire.questions.findIndex((q) => q.key === "role") + 1)));
    const r = await run(csv(rows), true);
    const used = Object.fromEntries(r.reading.columns.map((c) => [c.header, c.usedAs]));
    expect(used[`22、${CONSENT_HEADER}`]).toBe("consentPublish");
    expect(Object.entries(used).find(([h]) => h.endsWith("、专职/兼职"))?.[1]).toBe("role");
    expect(Object.entries(used).find(([h]) => h.endsWith("、最希望学习的课程"))?.[1]).toBe("interests");
    await run(csv(rows));
    expect((await stored())[0]).toMatchObject({ consentPublish: true, role: "partTime" });
  });

  it("counts the later answers of a trainee who submitted twice, and keeps the first submission's place", async () => {
    const first = one({ organization: "湖北旧名称科技有限公司" }, "2022/5/20 10:00:00");
    const later = one({ organization: "湖北新名称科技有限公司" }, "2022/5/25 09:00:00");
    const r = await run(csv(wjxRows(p, [first, later])));
    expect(r).toMatchObject({ imported: 1 });
    const [reg] = await stored();
    expect(reg).toMatchObject({ organization: "湖北新名称科技有限公司" });
    expect(reg!.submittedAt.toISOString()).toBe("2022-05-20T02:00:00.000Z");
  });

  it("prints its reading first: which column became which question, the leading columns not used and why, the download kind", async () => {
    const r = await run(csv(wjxRows(p, submissions(p, 3), { byNumber: true, splitMulti: true })), true);
    const byHeader = new Map(r.reading.columns.map((c) => [c.header, c]));
    for (const h of ["序号", "所用时间", "来源", "来源详情", "来自IP"]) expect(byHeader.get(h)).toMatchObject({ usedAs: null, note: expect.any(String) });
    expect(byHeader.get("提交答卷时间")?.usedAs).toBe("submittedAt");
    expect(byHeader.get("5、姓名")?.usedAs).toBe("name");
    expect(byHeader.get(`20、(${p.courseTopics[0]})`)).toMatchObject({ usedAs: "interests", note: expect.stringContaining("多选题按选项分列") });
    expect(r.reading.notes).toEqual(expect.arrayContaining([expect.stringContaining("按序号下载"), expect.stringContaining("多选题按选项分列")]));
    const printed = formatReading(r.reading);
    expect(printed).toContain("将导入3行");
    expect(printed).toContain("来自IP（IP地址，不收集）");
    expect(LEADING.every((h) => printed.includes(h))).toBe(true);
    expect(await stored()).toEqual([]);
  });

  it("refuses a row without a mobile, naming the line, and keeps the others", async () => {
    const r = await run(csv(wjxRows(p, [one({ mobile: "(空)" }), one({ mobile: "13900000001" })])));
    expect(r.refused).toEqual([{ line: 2, reason: expect.stringContaining("手机") }]);
    expect(r.imported).toBe(1);
  });
});
