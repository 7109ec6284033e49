import { describe, expect, it } from "vitest";
import { GOOD_ANSWERS, JsonlBot, tempDataDir } from "../support/jsonl.js";

// child processes start slowly on a busy 2-core machine
describe("a conversation survives crashes, redelivery and odd input", { timeout: 300_000 }, () => {
  it("resumes at the same question after kill -9 between two messages", async () => {
    const env = { DATA_DIR: tempDataDir() };
    const first = new JsonlBot(env);
    await first.say("k", "报名");
    for (const [, value] of GOOD_ANSWERS.slice(0, 6)) await first.say("k", value);
    const asked = (await first.say("k", "帮助")).split("\n").at(-1);
    await first.kill9();

    const second = new JsonlBot(env);
    const again = await second.say("k", "帮助");
    expect(again.split("\n").at(-1)).toBe(asked);
    expect(again).toContain("（5/21）请填写您的姓名");
    expect(await second.say("k", "张明")).toContain("您的性别");
    expect(await second.end()).toBe(0);
  });

  it("handles a redelivered message once", async () => {
    const bot = new JsonlBot({ DATA_DIR: tempDataDir() });
    await bot.say("d", "报名");
    expect((await bot.send({ user: "d", text: "同意", id: "m-1" })).length).toBe(1);
    expect(await bot.send({ user: "d", text: "同意", id: "m-1" })).toEqual([]);
    expect(await bot.say("d", "同意")).toContain("单位全称");
    await bot.end();
  });

  it("answers any input with a clear reply and never crashes", async () => {
    const bot = new JsonlBot({ DATA_DIR: tempDataDir() });
    await bot.say("x", "报名");
    await bot.say("x", "同意");
    await bot.say("x", "同意");
    const inputs = ["", "   ", "😀🎉", "\u0000\u0007\u001b[31m", "<b>x</b>*_[", "x".repeat(100_000), "' OR 1=1; --"];
    for (const text of inputs) {
      const out = await bot.send({ user: "x", text });
      expect(out.length, JSON.stringify(text.slice(0, 20))).toBeGreaterThan(0);
      expect(out.every((o) => o.text && o.text.length < 2000)).toBe(true);
    }
    expect((await bot.send({ user: "x", other: "sticker" }))[0]!.text).toContain("暂不支持");
    expect((await bot.send("{not json")).at(0)?.error).toContain("line");
    expect(await bot.say("x", "湖北某某科技有限公司")).toContain("统一社会信用代码");
    expect(await bot.end()).toBe(0);
  });

  it("after the deadline refuses new registrations and changes, and gives the class contact", async () => {
    const dir = tempDataDir();
    const open = new JsonlBot({ DATA_DIR: dir, BOT_NOW: "2022-06-05T20:00:00+08:00" });
    await open.say("late", "报名");
    for (const [, value] of GOOD_ANSWERS) await open.say("late", value);
    expect(await open.say("late", "确认提交")).toContain("报名已提交成功");
    await open.end();

    const closed = new JsonlBot({ DATA_DIR: dir, BOT_NOW: "2022-06-06T09:00:00+08:00" });
    const change = await closed.say("late", "修改手机号");
    expect(change).toContain("报名已于6月5日截止");
    expect(change).toContain("黄夏");
    expect(change).toContain("15871601325");
    expect(await closed.say("late", "我的报名")).toContain("已提交");
    const fresh = await closed.say("new", "报名");
    expect(fresh).toContain("截止");
    expect(fresh).toContain("027-87520061");
    await closed.end();
  });
});
