import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import JSZip from "jszip";
import { receiptsZip } from "../../src/cli/exportReceipts.js";
import { loadReceiptScans } from "../../src/store/receiptScans.js";
import { saveRegistration, storeReceipt } from "../../src/store/registrations.js";
import { loadRoster } from "../../src/store/roster.js";
import { displayCells, rosterColumns } from "../../src/domain/roster.js";
import { loadProgramme } from "../../src/programme/load.js";
import { SAMPLE_REGISTRATION as R } from "../../src/receipt/sample.js";
import { DRIVERS, testStore } from "../support/db.js";

const run = promisify(execFile);
const p = loadProgramme();
const at = new Date("2022-05-20T10:00:00+08:00");
const PDF = Buffer.from("%PDF-1.4\n% stamped\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

// trainee, organisation, class, mobile, scan sent
const TRAINEES = [
  ["u1", "张晓明", "武汉光谷智造科技有限公司", "wuhan", "13800000001", { name: "回执.pdf", mime: "application/pdf", bytes: PDF }],
  ["u2", "李娜", "武汉光谷智造科技有限公司", "wuhan", "13800000002", { name: "IMG_001.png", mime: "image/png", bytes: PNG }],
  ["u3", "王强", "武汉某某/分公司", "wuhan", "13800000003", null],
  ["u4", "张晓明", "武汉光谷智造科技有限公司", "wuhan", "13800000004", { name: "scan.pdf", mime: "application/pdf", bytes: PDF }],
  ["u5", "赵六", "宜昌某某科技有限公司", "yijingjingen", "13800000005", { name: "a.pdf", mime: "application/pdf", bytes: PDF }],
] as const;

describe.each(DRIVERS)("export receipts on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    await store.db.transaction(async (tx) => {
      for (const [key, name, organization, classId, mobile, scan] of TRAINEES) {
        await saveRegistration(tx, key, { ...R, name, organization, classId, mobile, answers: { ...R.answers, name, organization, classId, mobile } }, at);
        if (scan) await storeReceipt(tx, key, scan, at);
      }
    });
  });

  it("zips the class's stamped scans, each named by organisation and name, a repeated name numbered", async () => {
    const { bytes, names } = await receiptsZip(await loadReceiptScans(store.db, "wuhan"));
    expect(names).toEqual(["武汉光谷智造科技有限公司-张晓明.pdf", "武汉光谷智造科技有限公司-李娜.png", "武汉光谷智造科技有限公司-张晓明-2.pdf"]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(names);
    expect(Buffer.from(await zip.file(names[1]!)!.async("uint8array"))).toEqual(PNG);
  });

  it("marks in the roster who has not sent the scan", async () => {
    const col = rosterColumns(p).findIndex((c) => c.key === "receipt");
    const rows = await loadRoster(store.db, "wuhan");
    expect(rows.map((r) => [r.answers.name, displayCells(r, p)[col]])).toEqual([
      ["张晓明", "回执.pdf"], ["李娜", "IMG_001.png"], ["王强", "未交"], ["张晓明", "scan.pdf"],
    ]);
  });

  // skipped on PGlite: the command runs in a child process, which cannot open this file's in-memory database
  it.runIf(driver === "postgres")("writes the ZIP from the command line", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "receipts-")), "wuhan.zip");
    const r = await run("npx", ["tsx", "src/cli/index.ts", "export", "receipts", "--class", "wuhan", "--out", out], { env: { ...process.env, DATABASE_URL: store.url } });
    expect(r.stderr).toContain("wrote 3 stamped receipt scan(s)");
    expect(r.stderr).toContain("1 registered trainee(s) have not sent one");
    expect(Object.keys((await JSZip.loadAsync(readFileSync(out))).files)).toHaveLength(3);
  });
});

describe("export receipts, refused", () => {
  it.each([
    [["--class", "nosuch", "--out", "x.zip"], /unknown class "nosuch"/],
    [["--class", "wuhan"], /--out: required/],
  ])("exits 2 with one line for %j", async (args, message) => {
    const r = await run("npx", ["tsx", "src/cli/index.ts", "export", "receipts", ...args]).catch((e: { code: number; stderr: string }) => e);
    expect("code" in r ? r.code : 0).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
