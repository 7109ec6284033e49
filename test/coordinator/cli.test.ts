import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliIn } from "../support/cli.js";
import { JsonlBot, tempDataDir } from "../support/jsonl.js";
import { FULL, QUESTIONNAIRE_HEADERS, csv, questionnaireRow } from "../imports/files.js";

const dir = tempDataDir();
const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "warn", BOT_NOW: "2022-06-25T10:00:00+08:00" };
const { cli, file } = cliIn(dir, env);

/** The coordinator's day, through the real CLI and the JSONL chat (PGlite in a temp folder). */
describe("coordinator CLI end to end", () => {
  beforeAll(async () => {
    const rows = [QUESTIONNAIRE_HEADERS, ...["13800138000", "13900139000", "13700137000"].map((m, i) => questionnaireRow(i + 1, `2022/5/2${i} 10:00:00`, { ...FULL, name: ["张明", "李小华", "王五"][i], mobile: m }, i === 0 ? "是" : "否"))];
    expect((await cli("import", "registrations", file("reg.csv", csv(rows)))).stdout).toContain("3 new registrations");
    const sessions = [["手机号", "观看时长"], ["13800138000", "10:00:00"], ["13800138000", "10:00:00"], ["13900139000", "20:00:00"], ["13700137000", "19:59:00"]];
    expect((await cli("import", "attendance", file("att.csv", csv(sessions)))).stdout).toContain("4 sessions imported");
    expect((await cli("import", "quiz", file("quiz.csv", csv([["手机号", "成绩"], ["13800138000", "90"], ["13900139000", "95"]])))).code).toBe(0);
    expect((await cli("coordinators", "add", "console:boss", "--class", "wuhan")).code).toBe(0);
  }, 120_000);

  it("says an unknown kind, a missing file or a bad option in one line, exit code 2", async () => {
    for (const args of [["import", "scores", "x.csv"], ["import", "quiz", join(dir, "none.csv")], ["select", "--format", "pdf"], ["coordinators", "add", "nobody"]]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("lists the selection as JSON and the stats", async () => {
    const rows = JSON.parse((await cli("select", "--format", "json")).stdout) as { name: string; hours: number; eligible: boolean; rank: number | null }[];
    expect(rows.map((r) => [r.name, r.hours, r.eligible, r.rank])).toEqual([["李小华", 20, true, 1], ["张明", 20, true, 2], ["王五", 19.98, false, null]]);
    expect((await cli("stats", "--class", "wuhan")).stdout).toContain("具备资格）2 人");
  });

  it("binds a group, links a trainee, publishes once through the JSONL chat", async () => {
    const bot = new JsonlBot({ DATA_DIR: dir, BOT_NOW: "2022-06-25T10:00:00+08:00" });
    try {
      await bot.send({ user: "zm", text: "你好" });
      expect(await bot.say("boss", "/move 13800138000 console:zm")).toContain("转到 console:zm");
      expect((await bot.send({ user: "boss", group: "g1", text: "/bind wuhan", mentioned: true })).map((o) => o.text).join()).toContain("本群已绑定");
      expect((await bot.send({ user: "boss", group: "g1", text: "/publish" })).map((o) => o.text).join()).toContain("发布预览");
      const out = await bot.send({ user: "boss", group: "g1", text: "确认发布" });
      const list = out.filter((o) => o.group === "g1").map((o) => o.text).join("\n");
      expect(list).toContain("1. 李*华");
      expect(list).toContain("2. 张明（湖北某某科技有限公司）");
      expect(out.some((o) => o.group === "g1" && o.file?.endsWith(".xlsx"))).toBe(true);
      expect(out.filter((o) => o.to === "zm").map((o) => o.text).join()).toContain("恭喜您入选");
      const again = await bot.send({ user: "boss", group: "g1", text: "/publish" });
      expect(again.map((o) => o.text)).toEqual([expect.stringContaining("已发布过")]);
      expect(await bot.say("zm", "我的成绩")).toContain("您已入选线下考核培训");
    } finally {
      await bot.end();
    }
    expect((await cli("publish", "--yes")).stdout.split("\n")).toEqual([
      "发布预览（尚未发送）：",
      "【武汉“1+8”城市圈】名单与已发布的第1号相同，已发布过，无需再发。",
      "",
      "【襄十随神城市群】还没有学员在线学习满20小时（考勤是否已导入？），不能发布。",
      "",
      "【宜荆荆恩城市群】还没有学员在线学习满20小时（考勤是否已导入？），不能发布。",
      "",
    ]);
  });
});

