import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { ROOT, tempDataDir } from "../support/jsonl.js";

const run = promisify(execFile);
const dir = tempDataDir();
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "warn", BOT_NOW: "2022-06-25T10:00:00+08:00" };

async function cli(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ["--import", TSX, join(ROOT, "src/cli/index.ts"), ...args], { cwd: dir, env: { ...env, ...extra } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

// the commands run in the temp folder (files without --out land there), so tsx is named by its path
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const oneLine = (r: { stderr: string }) => r.stderr.trim().split("\n");

/** The CLI as a coordinator types it: class names, dates as written, ids checked, one-line errors with exit code 2. */
describe("the coordinator CLI's words", () => {
  it("refuses a channel id of the wrong form and accepts a class by its name", async () => {
    const bad = await cli(["coordinators", "add", "telegram:abc"]);
    expect(bad.code).toBe(2);
    expect(oneLine(bad)).toEqual([expect.stringContaining("不是telegram账号的样子")]);
    const good = await cli(["coordinators", "add", "telegram:123456789", "--class", "宜昌班"]);
    expect(good.stdout).toBe("telegram:123456789: added coordinator of yijingjingen\n");
  }, 60_000);

  it.each([
    [["announce", "offline", "2022-13-45", "某地"], "没有13月"],
    [["announce", "offline", "2021-01-01", "某地"], "2021年1月1日不在培训期间（2022年6月—7月）内"],
    [["announce", "offline", "7月5日", "某地", "--class", "火星"], "unknown class"],
  ])("refuses %j in one line, exit code 2", async (args, why) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(oneLine(r)).toEqual([expect.stringContaining(why)]);
  }, 60_000);

  it("announces with a date written 7.5 上午 for a class named 武汉", async () => {
    const r = await cli(["announce", "offline", "7.5", "上午", "武汉市某某酒店", "--class", "武汉"]);
    expect(r.stdout).toContain("offline from 2022-07-05, 武汉市某某酒店");
  }, 60_000);

  it("writes the selection workbook under a Chinese name when no --out is given", async () => {
    const r = await cli(["select", "--format", "xlsx", "--class", "武汉"]);
    expect(r.stdout.trim()).toBe("遴选名单_武汉“1+8”城市圈_2022-06-25.xlsx");
    const path = join(dir, r.stdout.trim());
    expect(existsSync(path)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "武汉“1+8”城市圈"]);
  }, 60_000);

  it("refuses to publish while registration is open unless --force", async () => {
    const r = await cli(["publish", "--yes"], { BOT_NOW: "2022-05-25T10:00:00+08:00" });
    expect(r.code).toBe(2);
    expect(oneLine(r)).toEqual([expect.stringContaining("报名还在进行")]);
    expect(r.stderr).toContain("--force");
  }, 60_000);
});
