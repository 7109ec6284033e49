import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { loadProgramme } from "../../src/programme/load.js";
import { runImport, type ImportKind } from "../../src/imports/run.js";
import { attendance, imports, quizResults, registrations } from "../../src/store/schema.js";
import { loadSelectionInputs } from "../../src/selection/load.js";
import { DRIVERS, testStore } from "../support/db.js";
import { FULL, QUESTIONNAIRE_HEADERS, csv, excelTime, questionnaireRow, xlsx } from "./files.js";

const p = loadProgramme();
const NOW = new Date("2022-06-20T10:00:00+08:00");

describe.each(DRIVERS)("imports on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  const run = (kind: ImportKind, bytes: Uint8Array, extra: { maxScore?: number; progress?: () => void } = {}) =>
    runImport(store.db, { kind, bytes, fileName: `${kind}.file`, programme: p, now: NOW, actor: "test", ...extra });
  const hoursOf = async (mobile: string) => (await loadSelectionInputs(store.db)).find((r) => r.mobile === mobile)!.seconds / 3600;

  const registrationsCsv = () => csv([
    QUESTIONNAIRE_HEADERS,
    questionnaireRow(1, "2022/5/20 10:23:45", FULL),
    questionnaireRow(2, "2022/5/21 9:00:00", { ...FULL, name: "李四", mobile: "+86 139 0013 9000", classId: "宜荆荆恩", city: "宜昌", qq: "", remarks: "", needs: "想学专利检索和撰写实务" }, "否"),
    questionnaireRow(3, "2022/5/21 9:30:00", { ...FULL, name: "王五", mobile: "12345" }),
    questionnaireRow(4, "2022/5/22 8:00:00", { ...FULL, name: "赵六", mobile: "137-0013-7000", classId: '武汉"1+8"城市圈', email: "bad-email" }),
  ]);

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => store.reset());

  it("imports the questionnaire export: good rows in, a bad row refused with its line number and reason", async () => {
    const r = await run("registrations", registrationsCsv());
    expect(r).toMatchObject({ rows: 4, imported: 3, updated: 0, alreadyImported: false });
    expect(r.refused).toEqual([{ line: 4, reason: expect.stringContaining("手机") }]);
    expect(r.notes).toContainEqual({ line: 5, reason: expect.stringContaining("电子邮箱") });
    const regs = await store.db.select().from(registrations).orderBy(asc(registrations.id));
    expect(regs.map((x) => [x.name, x.mobile, x.classId, x.qualityScore, x.consentPublish, x.source, x.userKey])).toEqual([
      ["张明", "13800138000", "wuhan", 30, true, "import", null],
      ["李四", "13900139000", "yijingjingen", 18, false, "import", null],
      // a bad e-mail costs the completeness points only, not the whole score
      ["赵六", "13700137000", "wuhan", 18, true, "import", null],
    ]);
    expect(regs[0]!.submittedAt.toISOString()).toBe("2022-05-20T02:23:45.000Z");
    expect(regs[0]!.interests).toHaveLength(3);
  });

  it("reads a file in a dry run, reports what it would accept and refuse, and writes nothing", async () => {
    const r = await runImport(store.db, { kind: "registrations", bytes: registrationsCsv(), fileName: "q.csv", programme: p, now: NOW, actor: "test", dryRun: true });
    expect(r).toMatchObject({ dryRun: true, imported: 3, reading: { rows: 4, accepted: 3 } });
    expect(r.reading.refused).toEqual([{ line: 4, reason: expect.stringContaining("手机") }]);
    expect(r.reading.columns.find((c) => c.header === QUESTIONNAIRE_HEADERS.find((h) => h.includes("姓名")))?.usedAs).toBe("name");
    expect(await store.db.select().from(registrations)).toHaveLength(0);
    expect(await store.db.select().from(imports)).toHaveLength(0);
    expect((await run("registrations", registrationsCsv())).imported).toBe(3);
  });

  it("changes nothing when the same file is imported again", async () => {
    await run("registrations", registrationsCsv());
    const before = await store.db.select().from(registrations).orderBy(asc(registrations.id));
    const again = await run("registrations", registrationsCsv());
    expect(again).toMatchObject({ alreadyImported: true, imported: 0, updated: 0 });
    expect(await store.db.select().from(registrations).orderBy(asc(registrations.id))).toEqual(before);
    expect(await store.db.select().from(imports)).toHaveLength(1);
  });

  it("updates a registration with the same mobile from an XLSX export instead of duplicating it", async () => {
    await run("registrations", registrationsCsv());
    // Excel keeps a typed-in time as a date cell: local wall time, read back in Asia/Shanghai
    const dateCell = [...questionnaireRow(2, "", { ...FULL, name: "钱七", mobile: "13600136000" })] as (string | Date)[];
    dateCell[1] = new Date(Date.UTC(2022, 4, 26, 9, 30, 0));
    const file = await xlsx([QUESTIONNAIRE_HEADERS, questionnaireRow(1, "2022-05-25 10:00:00", { ...FULL, organization: "湖北某某科技股份有限公司", mobile: "138 0013 8000" }), dateCell]);
    const r = await run("registrations", file);
    expect(r).toMatchObject({ imported: 1, updated: 1, refused: [] });
    const [qian] = await store.db.select().from(registrations).where(eq(registrations.mobile, "13600136000"));
    expect(qian!.submittedAt.toISOString()).toBe("2022-05-26T01:30:00.000Z");
    const [zm] = await store.db.select().from(registrations).where(eq(registrations.mobile, "13800138000"));
    expect(zm!.organization).toBe("湖北某某科技股份有限公司");
    // the first submission keeps its place in the tie-break
    expect(zm!.submittedAt.toISOString()).toBe("2022-05-20T02:23:45.000Z");
    expect(await store.db.select().from(registrations)).toHaveLength(4);
  });

  it("sums livestream sessions (several a day, loose phone formats, matched by name and organization too)", async () => {
    await run("registrations", registrationsCsv());
    const file = csv([
      ["观众昵称", "手机号码", "单位名称", "进入时间", "观看时长"],
      ["张明", "+86 138 0013 8000", "", "2022-06-13 09:00:00", "3:00:00"],
      ["张明", "138-0013-8000", "", "2022-06-13 14:00:00", "180分钟"],
      ["张明", "8613800138000", "", "2022-06-14 09:00:00", "2小时30分"],
      ["张明", "13800138000", "", "2022-06-14 14:00:00", "150"],
      ["李四", "", "湖北某某科技有限公司", "2022-06-13 09:00:00", "1小时35分"],
      ["游客", "15000000000", "", "2022-06-13 09:00:00", "0:30:00"],
      ["赵六", "13700137000", "", "2022-06-13 09:00:00", "1:35"],
      ["无名", "", "", "2022-06-13 09:00:00", "0:10:00"],
    ], false);
    const r = await run("attendance", file);
    expect(r.imported).toBe(5);
    expect(r.refused).toEqual([
      // a plain number among durations with units: seconds or minutes? refused, never taken for minutes
      { line: 5, reason: expect.stringContaining("没有单位") },
      { line: 8, reason: expect.stringContaining("歧义") },
      { line: 9, reason: expect.stringContaining("没有手机号") },
    ]);
    expect(r.notes).toEqual([
      { line: 6, reason: expect.stringContaining("按姓名和单位匹配到手机号13900139000") },
      { line: 7, reason: expect.stringContaining("15000000000尚未报名") },
    ]);
    expect(await hoursOf("13800138000")).toBe(8.5);
    expect(await hoursOf("13900139000")).toBeCloseTo(95 / 60, 6);
  });

  it("reads XLSX durations typed as times, and adds only new sessions from an overlapping export", async () => {
    await run("registrations", registrationsCsv());
    const day1 = [["姓名", "手机号", "进入时间", "学习时长"], ["张明", 13800138000, "2022-06-13 09:00:00", excelTime(3, 0)], ["张明", "13800138000", "2022-06-13 14:00:00", excelTime(2, 59, 59)]];
    await run("attendance", await xlsx(day1, [3]));
    expect(await hoursOf("13800138000")).toBeCloseTo(6 - 1 / 3600, 6);
    const both = [...day1, ["张明", "13800138000", "2022-06-14 09:00:00", excelTime(14, 0)]];
    const r = await run("attendance", await xlsx(both, [3]));
    expect(r.imported).toBe(1);
    expect(r.notes.filter((n) => n.reason.includes("未重复计入"))).toHaveLength(2);
    expect(await hoursOf("13800138000")).toBeCloseTo(20 - 1 / 3600, 6);
  });

  it("counts the best quiz attempt, out of --max", async () => {
    await run("registrations", registrationsCsv());
    const r = await run("quiz", csv([["手机号", "成绩"], ["13800138000", "40"], ["138 0013 8000", "45分"], ["13900139000", "51"], ["13700137000", "abc"]]), { maxScore: 50 });
    expect(r.imported).toBe(2);
    expect(r.refused.map((x) => x.line)).toEqual([4, 5]);
    const best = (await loadSelectionInputs(store.db)).find((x) => x.mobile === "13800138000")!.quizRatio;
    expect(best).toBeCloseTo(0.9, 9);
    expect(await store.db.select().from(quizResults)).toHaveLength(2);
  });

  it("rolls the whole file back on an unexpected error", async () => {
    await run("registrations", registrationsCsv());
    const rows = [["手机号", "观看时长（分钟）"], ...Array.from({ length: 2500 }, () => ["13800138000", "1"])];
    const boom = () => {
      throw new Error("disk full");
    };
    await expect(run("attendance", csv(rows), { progress: boom })).rejects.toThrow("disk full");
    expect(await store.db.select().from(attendance)).toHaveLength(0);
    expect(await store.db.select().from(imports).where(eq(imports.kind, "attendance"))).toHaveLength(0);
  });

  it("refuses a file without the columns it needs, naming them", async () => {
    await expect(run("attendance", csv([["姓名", "手机号"], ["张明", "13800138000"]]))).rejects.toThrow(/观看时长/);
    await expect(run("registrations", csv([["姓名"], ["张明"]]))).rejects.toThrow(/单位名称.*手机/);
  });
});
