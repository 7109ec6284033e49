import type { User } from "node-telegram-bot-api";
import type { FakeTelegram, NewUpdate, Sent } from "./fakeTelegram.js";
import { document, photo, tap, text } from "./telegramUpdates.js";

/** The 2022 registration, answer by answer, after "/start". */
export const NEEDS = "公司现有发明专利12件，正在筹建知识产权部，希望系统学习专利挖掘与布局、高价值专利培育、检索分析和侵权风险防范，提升企业知识产权管理水平。";
export const ANSWERS = [
  "同意", "同意", "湖北某某科技有限公司", "91420100MA4KL1234M", "荆门", "1", "张明", "男", "知识产权部", "知识产权专员",
  "zm@example.com", "跳过", "跳过", "13800138000", "武汉市洪山区某某路1号", "跳过", "2", "装备制造", "12", "2", "专职",
  "1,4,8", NEEDS, "确认提交",
] as const;

/** A trainee in a private chat with the bot, as the fake Telegram sees them. */
export class Trainee {
  constructor(readonly fake: FakeTelegram, readonly user: User) {}

  /** Sends a text; resolves once the bot acknowledged it, with the texts it sent back. */
  say(t: string): Promise<string[]> {
    return this.answersTo(text(this.user, t));
  }

  /** Taps the button with this label on the latest message that has one. */
  tap(label: string): Promise<string[]> {
    return this.answersTo(tap(this.user, this.lastWithButton(label), label));
  }

  upload(name: string, bytes: Uint8Array, mime: string): Promise<string[]> {
    return this.answersTo(document(this.user, this.fake.addFile(bytes, name), name, mime));
  }

  uploadPhoto(bytes: Uint8Array): Promise<string[]> {
    return this.answersTo(photo(this.user, this.fake.addFile(bytes, "photo.jpg")));
  }

  async answersTo(u: NewUpdate): Promise<string[]> {
    const before = this.received().length;
    await this.fake.push(u);
    return this.received().slice(before).map((s) => s.text ?? "");
  }

  received(): Sent[] {
    return this.fake.sentTo(this.user.id);
  }

  lastWithButton(label: string): Sent {
    const s = [...this.received()].reverse().find((m) => m.keyboard?.flat().some((b) => b.text === label));
    if (!s) throw new Error(`the bot never offered a “${label}” button`);
    return s;
  }

  /** "/start" and every answer; the consent is given by tapping its button. Returns all the bot said. */
  async register(answers: readonly string[] = ANSWERS): Promise<string[]> {
    const said = [...(await this.say("/start"))];
    said.push(...(await this.tap(answers[0]!)));
    for (const a of answers.slice(1)) said.push(...(await this.say(a)));
    return said;
  }
}
