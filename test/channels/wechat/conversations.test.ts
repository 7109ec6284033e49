import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { types } from "wechaty";
import { conversations, inbox, receipts, registrations } from "../../../src/store/schema.js";
import { DRIVERS, testStore } from "../../support/db.js";
import { EXE, PDF, WechatWorld, type ContactMock } from "../../support/wechat.js";

const NEEDS = "公司现有发明专利12件，正在筹建知识产权部，希望系统学习专利挖掘与布局、检索分析和维权应对，提升高价值专利培育能力。";
const ANSWERS = [
  "同意", "同意", "湖北某某科技有限公司", "91420100MA4KL1234M", "荆门", "1", "张明", "男", "知识产权部", "知识产权专员",
  "zm@example.com", "跳过", "跳过", "13800138000", "武汉市洪山区某某路1号", "跳过", "2", "装备制造", "12", "2", "专职",
  "1,4,8", NEEDS,
];

describe.each(DRIVERS)("trainees on WeChat, with the real engine (%s)", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let world: WechatWorld;
  let zhang: ContactMock;

  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => {
    await store.reset();
    world = await new WechatWorld().start(store);
    zhang = world.person("张明");
  });
  afterEach(async () => world.stop());

  async function register(who: ContactMock) {
    await world.say(who, "报名");
    for (const answer of ANSWERS) await world.say(who, answer);
    return world.say(who, "确认提交");
  }

  describe("in a private chat", () => {
    it("takes a whole registration and stores it", async () => {
      expect(NEEDS.length).toBeGreaterThanOrEqual(50);
      const done = await register(zhang);
      expect(done.join("\n")).toContain("报名已提交成功");
      const [row] = await store.db.select().from(registrations).where(eq(registrations.userKey, `wechat:${zhang.id}`));
      expect(row).toMatchObject({
        organization: "湖北某某科技有限公司", creditCode: "91420100MA4KL1234M", city: "jingmen", name: "张明", mobile: "13800138000",
        address: "武汉市洪山区某某路1号", qq: null, officePhone: null, industry: "装备制造", patentCount: 12, role: "fullTime",
        // the domain normalises full-width punctuation
        needs: expect.stringContaining("希望系统学习专利挖掘与布局"), status: "submitted",
      });
    });

    it("shows options as numbered lines, and takes “1” for the first", async () => {
      const [consent] = await world.say(zhang, "报名");
      expect(consent).toContain("回复编号：\n1. 同意\n2. 不同意");
      const next = await world.say(zhang, "1");
      expect(next.join("\n")).toContain("1. 同意公布\n2. 不同意公布");
    });

    it("accepts a PDF as the receipt, and refuses a file that is not PDF, JPG or PNG", async () => {
      await register(zhang);
      const refused = await world.say(zhang, { name: "回执.pdf", bytes: EXE });
      expect(refused.join("\n")).toContain("不是 PDF、JPG 或 PNG");
      const accepted = await world.say(zhang, { name: "回执.pdf", bytes: PDF });
      expect(accepted.join("\n")).toContain("已收到报名回执");
      const [receipt] = await store.db.select().from(receipts).where(eq(receipts.userKey, `wechat:${zhang.id}`));
      expect(receipt).toMatchObject({ fileName: "回执.pdf", mime: "application/pdf", size: PDF.length });
    });

    it("takes a receipt sent as a picture", async () => {
      await register(zhang);
      const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5f40000000049454e44ae426082", "hex");
      const accepted = await world.say(zhang, { name: "IMG_0001.png", bytes: png, type: types.Message.Image });
      expect(accepted.join("\n")).toContain("已收到报名回执");
    });

    it("answers a voice message with what it can take instead", async () => {
      await world.say(zhang, "报名");
      const reply = await world.say(zhang, { name: "voice.silk", bytes: Buffer.from("silk"), type: types.Message.Audio });
      expect(reply.join("\n")).toContain("暂不支持这类消息（语音）");
    });

    it("handles a message emitted twice once", async () => {
      await world.say(zhang, "报名");
      const before = world.received.get(zhang.id)!.length;
      const id = world.post(zhang, world.self, "同意");
      world.replay(id);
      await world.handledTimes(id, 2);
      expect(world.handled.filter((m) => m.messageId === id).map((m) => m.text)).toEqual(["同意", "同意"]);
      expect(world.received.get(zhang.id)!.length - before).toBe(1);
      expect(await store.db.select().from(inbox).where(eq(inbox.messageId, id))).toHaveLength(1);
      const [conv] = await store.db.select().from(conversations).where(eq(conversations.userKey, `wechat:${zhang.id}`));
      expect(conv!.turns).toBe(2);
    });

    it("handles a message replayed after a restart once", async () => {
      await world.say(zhang, "报名");
      const id = world.post(zhang, world.self, "同意");
      await world.handledTimes(id);
      await world.stop();

      world = await new WechatWorld().start(store);
      const again = world.person("张明", zhang.id);
      world.post(again, world.self, "同意", [], id);
      await world.handledTimes(id);
      expect(world.received.get(again.id) ?? []).toEqual([]);
      const [conv] = await store.db.select().from(conversations).where(eq(conversations.userKey, `wechat:${zhang.id}`));
      expect(conv!.turns).toBe(2);
    });

    it("handles a trainee's messages in the order sent, though a file takes longer to fetch than a text", async () => {
      await world.say(zhang, "报名");
      const before = world.received.get(zhang.id)!.length;
      world.post(zhang, world.self, { name: "回执.pdf", bytes: PDF });
      const text = world.post(zhang, world.self, "同意");
      await world.handledTimes(text);
      const [toFile, toText] = world.received.get(zhang.id)!.slice(before);
      // the file arrived while the consent question was open, so its reply repeats that question
      expect(toFile).toContain("个人信息");
      expect(toText).toContain("公布");
    });
  });

  describe("in a group", () => {
    it("answers a question put to the bot with an @-mention", async () => {
      const room = world.room("2022知识产权专员培训交流群", [zhang]);
      const reply = await world.say(zhang, `@${world.self.payload.name}\u2005培训要钱吗？`, room, [world.self]);
      expect(reply.join("\n")).toContain("不得向企业、培训人员收取任何费用");
      const seen = world.handled.at(-1)!;
      expect(seen).toMatchObject({ group: { id: room.id, title: "2022知识产权专员培训交流群" }, mentioned: true, text: "培训要钱吗？" });
    });

    it("stays silent at chatter that does not mention it", async () => {
      const room = world.room("交流群", [zhang]);
      expect(await world.say(zhang, "大家好", room)).toEqual([]);
      expect(world.handled.at(-1)).toMatchObject({ mentioned: false, text: "大家好" });
    });

    it("does not download files posted in a group", async () => {
      const room = world.room("交流群", [zhang]);
      expect(await world.say(zhang, { name: "通知.pdf", bytes: PDF }, room)).toEqual([]);
      expect(world.handled.at(-1)).toMatchObject({ other: "文件" });
      expect(world.handled.at(-1)!.file).toBeUndefined();
    });
  });
});
