import { describe, expect, it } from "vitest";
import { cliIn } from "../support/cli.js";
import { tempDataDir } from "../support/jsonl.js";
import { csv, tencentMeeting } from "../imports/files.js";

const dir = tempDataDir();
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "warn", BOT_NOW: "2022-06-25T10:00:00+08:00" };
const { cli, file } = cliIn(dir, env);

// layout: 腾讯会议 导出参会成员 (test/imports/files.ts tencentMeeting)
const meeting = () =>
  tencentMeeting({
    meetingId: "987 654 321", date: "2022-06-13",
    sessions: [
      { nickname: "Zm", name: "张明", phone: "13800138000", org: "", join: "2022-06-13 09:00:00", leave: "2022-06-13 12:00:00", duration: "3:00:00" },
      { nickname: "访客", name: "", phone: "135****1234", org: "", join: "2022-06-13 09:00:00", leave: "2022-06-13 09:30:00", duration: "0:30:00" },
    ],
  });

describe("cli import", () => {
  it("prints the reading and, with --dry-run, stops there; the import itself prints it first too", async () => {
    const path = file("参会明细.xlsx", await meeting());
    const dry = await cli("import", "attendance", path, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("参会明细.xlsx（工作表「参会明细」，表头在第9行）：共2行，将导入1行，拒绝1行。");
    expect(dry.stdout).toContain("  参会时长 → 观看时长");
    expect(dry.stdout).toMatch(/未使用的列：.*终端类型/);
    expect(dry.stdout).toContain("第11行：手机号已打码（135****1234）");
    expect(dry.stdout).toContain("Dry run: nothing was written.");
    const real = await cli("import", "attendance", path);
    expect(real.stdout.indexOf("列的读法")).toBeLessThan(real.stdout.indexOf("1 sessions imported"));
    expect(real.stdout).not.toContain("already imported");
  }, 120_000);

  it("refuses durations of unknown unit in one line, exit code 2, and reads them with --unit", async () => {
    const path = file("时长.csv", csv([["手机号", "观看时长"], ["13900139000", "90"], ["13700137000", "45"]]));
    const bad = await cli("import", "attendance", path);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("--unit seconds|minutes");
    const ok = await cli("import", "attendance", path, "--unit", "minutes");
    expect(ok.stdout).toContain("不带单位的时长按命令行指定的“分钟”读取");
    expect(ok.stdout).toContain("2 sessions imported");
  }, 120_000);

  it("says a file that is no table, or a wrong --unit, in one line with exit code 2", async () => {
    for (const args of [["import", "attendance", file("x.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))], ["import", "attendance", file("y.csv", csv([["a"]])), "--unit", "days"], ["import", "quiz", file("z.csv", csv([["手机号"]])), "--unit", "seconds"]]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  }, 120_000);
});
