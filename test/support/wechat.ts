import type { EventEmitter } from "node:events";
import { FileBox } from "file-box";
import { types, WechatyBuilder, type Wechaty } from "wechaty";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import { loadConfig } from "../../src/config.js";
import { createApp, type App } from "../../src/app.js";
import type { InboundMessage } from "../../src/channels/types.js";
import { WechatChannel, type WechatChannelOptions } from "../../src/channels/wechat/index.js";
import type { WechatLog } from "../../src/channels/wechat/lifecycle.js";
import type { Store } from "../../src/store/db.js";

export type Mocker = InstanceType<typeof mock.Mocker>;
export type ContactMock = ReturnType<Mocker["createContact"]>;
export type RoomMock = ReturnType<Mocker["createRoom"]>;

/** Inside the 2022 registration window. */
export const IN_WINDOW = new Date("2022-05-20T10:00:00+08:00");

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
export const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

type MockMessage = { id: string; talker(): { id: string }; text(): string | undefined; type(): types.Message };

export type Said = string | { name: string; bytes: Buffer; type?: types.Message };

export const quietLog = (): WechatLog & { lines: string[] } => {
  const lines: string[] = [];
  const put = (o: object, m: string) => void lines.push(`${m} ${JSON.stringify(o)}`);
  return { lines, info: put, warn: put, error: put };
};

const until = async (what: string, ok: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

/**
 * The remote side of WeChat: real Wechaty over wechaty-puppet-mock's Mocker, logged in as the bot,
 * with the real engine behind the channel. People speak through `say`, which waits until the
 * engine has handled the message and returns what the bot answered in that chat.
 */
export class WechatWorld {
  readonly mocker: Mocker = new mock.Mocker();
  readonly puppet = new PuppetMock({ mocker: this.mocker });
  readonly wechaty: Wechaty = WechatyBuilder.build({ puppet: this.puppet });
  readonly log = quietLog();
  readonly channel: WechatChannel;
  /** Every message that reached the engine, duplicates included. */
  readonly handled: InboundMessage[] = [];
  /** Replies per chat (contact or room id), in order. */
  readonly received = new Map<string, string[]>();
  /** The files the bot sent per chat, as the puppet keeps them (FileBox JSON), in order. */
  private readonly sentFiles = new Map<string, string[]>();
  app?: App;
  self!: ContactMock;

  constructor(opts: Partial<WechatChannelOptions> = {}) {
    this.channel = new WechatChannel({ wechaty: this.wechaty, pacing: { intervalMs: 0, jitterMs: 0, dailyCap: 500 }, log: this.log, showQr: () => {}, ...opts });
  }

  /** With a store, the real engine answers; without one, messages are only recorded. */
  async start(store?: Store): Promise<this> {
    if (store) {
      // no pace in functional tests: the outbox would space replies by seconds, as in production
      const config = loadConfig({ LOG_LEVEL: "silent", WECHATY_PUPPET: "wechaty-puppet-mock", WECHAT_SEND_INTERVAL_MS: "0", WECHAT_SEND_JITTER_MS: "0" });
      this.app = await createApp(config, { channels: [this.channel], store, now: () => IN_WINDOW });
    }
    await this.channel.start(async (m) => {
      try {
        await this.app?.engine.handle(m);
      } finally {
        this.handled.push(m);
      }
    });
    this.self = this.mocker.createContact({ id: "bot-self", name: "报名助手" });
    this.mocker.login(this.self);
    await until("login", () => this.wechaty.isLoggedIn);
    return this;
  }

  async stop(): Promise<void> {
    await this.channel.stop();
  }

  person(name: string, id?: string): ContactMock {
    const c = this.mocker.createContact(id ? { id, name } : { name });
    this.listen(c, c.id);
    return c;
  }

  room(topic: string, members: ContactMock[]): RoomMock {
    const r = this.mocker.createRoom({ topic, memberIdList: [this.self.id, ...members.map((m) => m.id)] });
    this.listen(r, r.id);
    return r;
  }

  // the mock's emitters are typed through a package that is not installed: their `on` is invisible to tsc
  private listen(who: ContactMock | RoomMock, chat: string) {
    (who as unknown as EventEmitter).on("message", (m: MockMessage) => this.record(chat, m));
  }

  private record(chat: string, m: MockMessage) {
    if (m.talker().id !== this.self.id) return;
    const text = m.type() === types.Message.Text ? (m.text() ?? "") : `[file]`;
    this.received.set(chat, [...(this.received.get(chat) ?? []), text]);
    const file = this.mocker.cacheFileBoxPayload.get(m.id);
    if (text === "[file]" && file) this.sentFiles.set(chat, [...(this.sentFiles.get(chat) ?? []), m.id]);
  }

  /** The files the bot sent in a chat: their names and bytes as the recipient downloads them. */
  async filesIn(chat: string): Promise<{ name: string; bytes: Buffer }[]> {
    return Promise.all((this.sentFiles.get(chat) ?? []).map(async (id) => {
      const box = FileBox.fromJSON(this.mocker.cacheFileBoxPayload.get(id)!);
      return { name: box.name, bytes: await box.toBuffer() };
    }));
  }

  /** Posts a message as the puppet would receive it from WeChat; returns its id. */
  post(from: ContactMock, to: ContactMock | RoomMock, what: Said, mentions: ContactMock[] = [], id = `wx-${Math.random().toString(36).slice(2)}`): string {
    const where = "memberIdList" in to.payload ? { roomId: to.id, mentionIdList: mentions.map((c) => c.id) } : { listenerId: to.id };
    const base = { id, talkerId: from.id, timestamp: Date.now(), ...where };
    if (typeof what === "string") this.mocker.MessageMock.create({ ...base, type: types.Message.Text, text: what } as never);
    else {
      this.mocker.cacheFileBoxPayload.set(id, FileBox.fromBase64(what.bytes.toString("base64"), what.name).toJSON());
      this.mocker.MessageMock.create({ ...base, type: what.type ?? types.Message.Attachment } as never);
    }
    this.replay(id);
    return id;
  }

  /** The puppet announces the message (again): what a double emit or a replay after a restart looks like. */
  replay(id: string): void {
    this.puppet.emit("message", { messageId: id });
  }

  /** Resolves once the engine has finished with message `id` `times` times. */
  async handledTimes(id: string, times = 1): Promise<void> {
    await until(`message ${id} handled ${times}×`, () => this.handled.filter((m) => m.messageId === id).length >= times);
  }

  /** Says something and returns the bot's answers in that chat. */
  async say(from: ContactMock, what: Said, to?: RoomMock, mentions: ContactMock[] = []): Promise<string[]> {
    const chat = to ?? this.self;
    const key = to ? to.id : from.id;
    const before = this.received.get(key)?.length ?? 0;
    const id = this.post(from, chat, what, mentions);
    await this.handledTimes(id);
    return (this.received.get(key) ?? []).slice(before);
  }
}
