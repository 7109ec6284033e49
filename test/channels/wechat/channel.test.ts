import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScanStatus } from "wechaty";
import { PuppetMock } from "wechaty-puppet-mock";
import { loadConfig } from "../../../src/config.js";
import type { OutboundMessage } from "../../../src/channels/types.js";
import { WechatChannel } from "../../../src/channels/wechat/index.js";
import { quietLog, WechatWorld } from "../../support/wechat.js";

const to = (chatId: string, text: string, extra: Partial<OutboundMessage> = {}): OutboundMessage => ({ channel: "wechat", chatId, chatKind: "user", text, ...extra });

describe("the WeChat channel, without the engine", () => {
  let world: WechatWorld | undefined;
  afterEach(async () => {
    await world?.stop();
    world = undefined;
  });

  it("shows the login QR code in the terminal when asked to scan, and logs login, logout and a new login", async () => {
    const shown: string[] = [];
    world = new WechatWorld({ showQr: (qr) => shown.push(qr) });
    await world.start();
    world.mocker.scan("https://login.weixin.qq.com/l/abc", ScanStatus.Waiting);
    await world.puppet.logout("kicked out");
    world.mocker.login(world.self);
    await new Promise((r) => setTimeout(r, 50));
    expect(shown).toEqual(["https://login.weixin.qq.com/l/abc"]);
    const log = world.log.lines.join("\n");
    expect(log).toContain("scan the QR code");
    expect(log).toMatch(/WeChat logged in \{/);
    expect(log).toContain("WeChat logged out");
    expect(log).toContain("logged in again (reconnected)");
  });

  it("logs an error and keeps taking messages", async () => {
    world = await new WechatWorld().start();
    world.puppet.emit("error", { gerror: "puppet connection lost" });
    const zhang = world.person("张明");
    const id = world.post(zhang, world.self, "你好");
    await world.handledTimes(id);
    expect(world.log.lines.join("\n")).toContain("puppet connection lost");
  });

  it("ignores the bot's own messages", async () => {
    world = await new WechatWorld().start();
    const zhang = world.person("张明");
    await world.channel.send(to(zhang.id, "您好"));
    await new Promise((r) => setTimeout(r, 50));
    expect(world.received.get(zhang.id)).toEqual(["您好"]);
    expect(world.handled).toEqual([]);
  });

  it("splits a text longer than the limit at line breaks", async () => {
    world = await new WechatWorld({ maxText: 60 }).start();
    const zhang = world.person("张明");
    const lines = Array.from({ length: 10 }, (_, i) => `第${i + 1}行：报名信息核对内容`);
    expect(await world.channel.send(to(zhang.id, lines.join("\n")))).toEqual({ ok: true });
    const got = world.received.get(zhang.id)!;
    expect(got.length).toBeGreaterThan(1);
    expect(got.join("\n")).toBe(lines.join("\n"));
  });

  it("sends a file after its text", async () => {
    world = await new WechatWorld().start();
    const zhang = world.person("张明");
    const r = await world.channel.send(to(zhang.id, "遴选名单见附件", { file: { name: "名单.pdf", bytes: new Uint8Array([37, 80, 68, 70]) } }));
    expect(r).toEqual({ ok: true });
    expect(world.received.get(zhang.id)).toEqual(["遴选名单见附件", "[file]"]);
  });

  it("answers blocked for a contact or a room it cannot find, and for a former friend", async () => {
    world = await new WechatWorld().start();
    expect(await world.channel.send(to("nobody", "您好"))).toMatchObject({ ok: false, kind: "blocked" });
    expect(await world.channel.send(to("gone@chatroom", "大家好", { chatKind: "group" }))).toMatchObject({ ok: false, kind: "blocked" });
    const former = world.mocker.createContact({ name: "前好友", friend: false });
    expect(await world.channel.send(to(former.id, "您好"))).toMatchObject({ ok: false, kind: "blocked" });
  });

  it("answers transient while logged out", async () => {
    world = await new WechatWorld().start();
    const zhang = world.person("张明");
    await world.puppet.logout();
    expect(await world.channel.send(to(zhang.id, "您好"))).toMatchObject({ ok: false, kind: "transient" });
  });

  it("paces concurrent sends through one queue, on a fake clock", async () => {
    let t = Date.parse("2022-05-20T10:00:00+08:00");
    const pacing = { intervalMs: 3000, jitterMs: 2000, dailyCap: 500, now: () => t, sleep: async (ms: number) => void (t += ms) };
    world = await new WechatWorld({ pacing }).start();
    const people = ["张明", "李华", "王芳", "赵强", "陈静"].map((n) => world!.person(n));
    const sentAt: number[] = [];
    for (const p of people) (p as unknown as NodeJS.EventEmitter).on("message", () => sentAt.push(t));
    const results = await Promise.all(people.map((p) => world!.channel.send(to(p.id, "您好"))));
    expect(results.every((r) => r.ok)).toBe(true);
    const gaps = sentAt.slice(1).map((s, i) => s - sentAt[i]!);
    expect(gaps).toHaveLength(4);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(3000), expect(g).toBeLessThan(5000);
    expect(world.channel.sentToday).toBe(5);
  });

  it("answers transient until tomorrow once the daily cap is reached", async () => {
    world = await new WechatWorld({ pacing: { intervalMs: 0, jitterMs: 0, dailyCap: 2 } }).start();
    const zhang = world.person("张明");
    expect(await world.channel.send(to(zhang.id, "一"))).toEqual({ ok: true });
    expect(await world.channel.send(to(zhang.id, "二"))).toEqual({ ok: true });
    const capped = await world.channel.send(to(zhang.id, "三"));
    expect(capped).toMatchObject({ ok: false, kind: "transient" });
    expect((capped as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    expect((capped as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(86_400_000);
    expect(world.received.get(zhang.id)).toEqual(["一", "二"]);
  });
});

describe("the WeChat channel from configuration", () => {
  it("loads the puppet named by WECHATY_PUPPET and hands it the service token", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wechat-"));
    const config = loadConfig({
      WECHATY_PUPPET: "wechaty-puppet-mock", WECHATY_PUPPET_SERVICE_TOKEN: "puppet_workpro_test", WECHATY_NAME: join(dir, "session"), LOG_LEVEL: "silent",
    });
    const channel = WechatChannel.fromConfig(config, quietLog());
    await channel.start(async () => {});
    const puppet = channel.wechaty!.puppet;
    expect(puppet).toBeInstanceOf(PuppetMock);
    expect((puppet as PuppetMock).options.token).toBe("puppet_workpro_test");
    await channel.stop();
  });

  it("names the variable when the puppet cannot be loaded", async () => {
    const config = loadConfig({ WECHATY_PUPPET: "wechaty-puppet-not-installed", LOG_LEVEL: "silent" });
    const channel = WechatChannel.fromConfig(config, quietLog());
    await expect(channel.start(async () => {})).rejects.toThrow("WECHATY_PUPPET=wechaty-puppet-not-installed");
  });

  it("refuses to be built without a puppet", () => {
    expect(() => new WechatChannel({})).toThrow("WECHATY_PUPPET");
  });
});
