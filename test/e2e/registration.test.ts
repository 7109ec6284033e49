import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DRIVERS, freshPostgresUrl } from "../support/db.js";
import { GOOD_ANSWERS, JsonlBot, ROOT, tempDataDir } from "../support/jsonl.js";

/** A refused answer for each field, and words the reason must contain. */
const BAD: Record<string, [string, string][]> = {
  organization: [["ab", "至少"]],
  creditCode: [["12345", "18位"], ["91420100MA4KL1234A", "校验"], ["91420100MA4KL1234I", "字符"]],
  city: [["火星", "市州"]],
  classId: [["9", "没有第9项"]],
  name: [["张3", "数字"], ["😀😀", "姓名"]],
  gender: [["未知", "性别"]],
  department: [["", "没有收到"]],
  email: [["zm@", "域名"], ["zm example.com", "邮箱"]],
  qq: [["012345", "0开头"], ["12", "QQ"]],
  officePhone: [["87520061", "区号"], ["13800138000", "手机"]],
  mobile: [["1380013800", "11位"], ["23800138000", "13到19开头"]],
  address: [["武汉", "通讯地址"]],
  enterpriseType: [["7", "没有第7项"]],
  industry: [["x", "行业"]],
  patentCount: [["-1", "负数"], ["很多", "阿拉伯数字"]],
  // a number is years here, never an option's position
  ipYears: [["很久", "从事知识产权工作年限"]],
  role: [["都不是", "专职"]],
  interests: [["1,99", "没有第99项"]],
  needs: [["太短", "培训需求"]],
};

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

// child processes start slowly on a busy 2-core machine
describe.each(DRIVERS)("registration by chat, end to end (%s)", { timeout: 300_000 }, (driver) => {
  let env: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = tempDataDir();
    if (driver === "postgres") {
      const db = await freshPostgresUrl();
      drop = db.drop;
      env = { DATABASE_URL: db.url, BOT_NOW: "2022-05-20T10:00:00+08:00" };
    } else env = { DATA_DIR: dir };
    writeFileSync(join(dir, "回执.pdf"), PDF);
    writeFileSync(join(dir, "virus.exe"), EXE);
    writeFileSync(join(dir, "renamed.pdf"), EXE);
  });
  afterAll(async () => drop?.());

  it("refuses every field's bad values with a reason, answers a side question, corrects at the summary, takes a PDF receipt and exports what was typed", async () => {
    const bot = new JsonlBot(env);
    expect(await bot.say("a", "报名")).toContain("个人信息");
    for (const [key, value] of GOOD_ANSWERS) {
      for (const [bad, reason] of BAD[key] ?? []) {
        const reply = await bot.say("a", bad);
        expect(reply, `${key} accepted "${bad}"`).toContain(reason);
        expect(reply, `${key} moved on after "${bad}"`).toMatch(/（\d+\/21）/);
      }
      if (key === "department") {
        const side = await bot.say("a", "培训要钱吗？");
        expect(side).toContain("不得向企业、培训人员收取任何费用");
        expect(side).toContain("您所在的部门");
      }
      await bot.say("a", value);
    }
    let summary = await bot.say("a", "修改手机号");
    expect(summary).toContain("手机号");
    summary = await bot.say("a", "139 0013 9000");
    expect(summary).toContain("手机：13900139000");
    expect(summary).toContain("确认提交");

    const refusedExe = (await bot.send({ user: "a", file: { path: join(dir, "virus.exe") } })).map((o) => o.text).join();
    expect(refusedExe).toContain("不是 PDF、JPG 或 PNG");
    const refusedRenamed = (await bot.send({ user: "a", file: { path: join(dir, "renamed.pdf") } })).map((o) => o.text).join();
    expect(refusedRenamed).toContain("不是 PDF、JPG 或 PNG");

    const done = await bot.say("a", "确认提交");
    expect(done).toContain("报名已提交成功");
    const accepted = (await bot.send({ user: "a", file: { path: join(dir, "回执.pdf") } })).map((o) => o.text).join();
    expect(accepted).toContain("已收到报名回执");

    // a second identity with the same mobile is refused without learning whose it is
    await bot.say("b", "报名");
    for (const [key, value] of GOOD_ANSWERS) {
      if (key === "mobile") {
        const refused = await bot.say("b", "13900139000");
        expect(refused).toContain("已被其他账号用于报名");
        expect(refused).not.toContain("张明");
        await bot.say("b", "13700137000");
      } else await bot.say("b", key === "name" ? "李华" : value);
    }
    expect(await bot.say("b", "确认提交")).toContain("报名已提交成功");
    const status = await bot.say("a", "我的报名");
    expect(status).toContain("已提交");
    expect(status).toContain("回执.pdf");
    expect(await bot.end()).toBe(0);

    const exported = JSON.parse(
      execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/index.ts"), "export", "registrations", "--format", "json"], {
        cwd: ROOT, env: { ...process.env, ...env, LOG_LEVEL: "warn" }, encoding: "utf8",
      }),
    ) as Record<string, unknown>[];
    expect(exported).toHaveLength(2);
    const a = exported.find((r) => r.mobile === "13900139000")!;
    expect(a).toMatchObject({
      organization: "湖北某某科技有限公司", creditCode: "91420100MA4KL1234M", city: "jingmen", classId: "yijingjingen",
      name: "张明", gender: "male", department: "知识产权部", title: "知识产权专员", email: "zm@example.com", qq: "12345678",
      officePhone: "0724-2345678", address: "湖北省荆门市东宝区某某路1号", remarks: null, enterpriseType: "民营企业",
      industry: "装备制造", patentCount: 12, ipYears: "1to3", role: "fullTime", status: "submitted", consentPublish: true,
      receipt: "回执.pdf", qualityScore: 28,
    });
    expect(a.interests).toEqual(["知识产权新法政策法规宣讲", "知识产权检索查新技能实务", "高质量专利撰写实务"]);
    expect(a.needs).toBe(GOOD_ANSWERS.at(-1)![1]);
  });
});
