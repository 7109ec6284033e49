import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TelegramChannel } from "../../../src/channels/telegram/index.js";
import type { InboundMessage } from "../../../src/channels/types.js";
import { FakeTelegram } from "../../support/fakeTelegram.js";
import { SECRET, freePort, quiet } from "../../support/telegramApp.js";
import { document, groupChat, migrated, person, photo, sticker, text } from "../../support/telegramUpdates.js";

/** The channel alone, with a handler the test controls: how it takes updates in, by webhook and by polling. */
let fake: FakeTelegram;
let channel: TelegramChannel;
let seen: InboundMessage[];
let migrations: [string, string][];
beforeEach(async () => {
  fake = await FakeTelegram.start();
  seen = [];
  migrations = [];
});
afterEach(async () => {
  await channel.stop();
  await fake.close();
});

async function open(mode: "polling" | "webhook", handler: (m: InboundMessage) => Promise<void> = async () => {}) {
  const port = await freePort();
  const webhook = mode === "webhook" ? { url: `http://127.0.0.1:${port}/tg/${SECRET.slice(0, 6)}`, secret: SECRET, host: "127.0.0.1", port } : undefined;
  channel = new TelegramChannel({
    token: fake.token, apiRoot: fake.url, webhook, log: quiet,
    onGroupMigrated: async (from, to) => void migrations.push([from, to]),
  });
  await channel.start(async (m) => {
    seen.push(m);
    await handler(m);
  });
  return webhook;
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const ana = person(6101, "Ana");

describe("by webhook", () => {
  it("registers the URL with its secret token at start", async () => {
    const w = await open("webhook");
    expect(fake.webhook).toEqual({ url: w!.url, secret: SECRET });
  });

  it("answers 200 only once the update is handled", async () => {
    const gate = deferred();
    await open("webhook", () => gate.promise);
    let status = 0;
    const posted = fake.push(text(ana, "你好")).then(([s]) => (status = s!));
    await fake.until(() => seen.length === 1, "the handler to start");
    expect(status).toBe(0);
    gate.resolve();
    await posted;
    expect(status).toBe(200);
  });

  it("answers 500 when handling fails, so Telegram delivers the same update again", async () => {
    let failures = 1;
    await open("webhook", async () => {
      if (failures-- > 0) throw new Error("database unavailable");
    });
    expect(await fake.push(text(ana, "你好"))).toEqual([200]);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.messageId).toBe(seen[0]!.messageId);
  });

  it("answers 404 off the webhook's path", async () => {
    const w = await open("webhook");
    const other = new URL(w!.url);
    other.pathname = "/elsewhere";
    expect(await fake.deliver({ update_id: 1, ...text(ana, "x") } as never, { url: other.toString(), secret: SECRET })).toBe(404);
  });

  it("lets an update in flight finish before it stops", async () => {
    const gate = deferred();
    await open("webhook", () => gate.promise);
    const posted = fake.push(text(ana, "你好"));
    await fake.until(() => seen.length === 1, "the handler to start");
    const stopped = channel.stop();
    setTimeout(gate.resolve, 50);
    await stopped;
    expect(await posted).toEqual([200]);
  });
});

describe("by long polling", () => {
  it("removes any webhook so getUpdates works", async () => {
    fake.webhook = { url: "https://old.example/hook" };
    await open("polling");
    expect(fake.callsOf("deleteWebhook")).toHaveLength(1);
  });

  it("fetches an update again when handling it failed, and the offset moves on only after", async () => {
    let failures = 1;
    await open("polling", async () => {
      if (failures-- > 0) throw new Error("database unavailable");
    });
    await fake.push(text(ana, "一"), text(ana, "二"));
    expect(seen.map((m) => m.text)).toEqual(["一", "一", "二"]);
  });

  it("lets an update in flight finish before it stops", async () => {
    const gate = deferred();
    await open("polling", () => gate.promise);
    const pushed = fake.push(text(ana, "你好"));
    await fake.until(() => seen.length === 1, "the handler to start");
    let stopped = false;
    const stopping = channel.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    gate.resolve();
    await stopping;
    void pushed.catch(() => {});
  });
});

describe("what an update becomes", () => {
  it("a document's bytes, downloaded through getFile", async () => {
    await open("polling");
    const bytes = new TextEncoder().encode("%PDF-1.4 receipt");
    await fake.push(document(ana, fake.addFile(bytes, "回执.pdf"), "回执.pdf", "application/pdf"));
    expect(seen[0]!.file).toEqual({ name: "回执.pdf", bytes });
  });

  it("a photo's largest size", async () => {
    await open("polling");
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await fake.push(photo(ana, fake.addFile(bytes, "p.jpg")));
    expect(seen[0]!.file!.bytes).toEqual(bytes);
    expect(fake.callsOf("getFile")[0]!.params.file_id).toBe("file-1");
  });

  it("a sticker: something other than text or a file", async () => {
    await open("polling");
    await fake.push(sticker(ana));
    expect(seen[0]).toMatchObject({ userId: "6101", other: "贴纸" });
    expect(seen[0]!.text).toBeUndefined();
  });

  it("the update id as the message id, so a redelivery is recognised", async () => {
    await open("polling");
    await fake.push({ ...text(ana, "你好"), update_id: 777_001 });
    expect(seen[0]!.messageId).toBe("777001");
  });

  it("a group turned supergroup: the hook moves its binding, nothing reaches the conversation", async () => {
    await open("polling");
    await fake.push(migrated(groupChat(-4001, "荆门班"), -1004001, ana));
    expect(migrations).toEqual([["-4001", "-1004001"]]);
    expect(seen).toHaveLength(0);
  });
});
