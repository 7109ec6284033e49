import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { conversations, inbox, outbox, registrations } from "../../src/store/schema.js";
import { DEFAULT_RETENTION, prune } from "../../src/store/retention.js";
import { DRIVERS, testStore } from "../support/db.js";
import { createApp } from "../../src/app.js";
import { ConfigError, loadConfig } from "../../src/config.js";

const NOW = new Date("2022-06-01T12:00:00Z");
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);

describe.each(DRIVERS)("the retention job on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => store.reset());

  it("keeps message ids through Telegram's 24 h of redelivery and a margin, then drops them", async () => {
    const ages = [1, 23.9, 24.5, 29.9, 30.1, 200];
    await store.db.insert(inbox).values(ages.map((h, i) => ({ channel: "telegram", messageId: `u${i}`, userKey: "telegram:1", receivedAt: ago(h) })));
    const r = await prune(store.db, NOW);
    expect(r.inbox).toBe(2);
    expect((await store.db.select().from(inbox).orderBy(asc(inbox.messageId))).map((x) => x.messageId)).toEqual(["u0", "u1", "u2", "u3"]);
  });

  it.each([
    // status, hours since sent, dedupe key, broadcast, what becomes of it
    ["sent", 2, null, null, "kept"],
    ["sent", 31, null, null, "deleted"],
    ["failed", 31, null, null, "deleted"],
    ["blocked", 31, null, null, "deleted"],
    ["pending", 31, null, null, "kept"],
    ["sending", 31, null, null, "kept"],
    ["sent", 31, "publish:1:user:telegram:1", null, "emptied"],
    ["sent", 31, null, 7, "emptied"],
  ] as const)("a %s message %d h old (dedupe %s, broadcast %s) is %s", async (status, hours, dedupeKey, broadcastId, fate) => {
    const at = ago(hours);
    await store.db.insert(outbox).values({
      channel: "telegram", chatId: "1", payload: { text: "您的遴选得分：总分 88.00/100" }, status, dedupeKey, broadcastId,
      createdAt: at, notBefore: at, sentAt: status === "sent" ? at : null,
    });
    const r = await prune(store.db, NOW);
    const rows = await store.db.select().from(outbox);
    if (fate === "deleted") expect([r.outboxDeleted, rows.length]).toEqual([1, 0]);
    if (fate === "kept") expect(rows.map((x) => x.payload)).toEqual([{ text: "您的遴选得分：总分 88.00/100" }]);
    if (fate === "emptied") {
      expect(r.outboxEmptied).toBe(1);
      expect(rows.map((x) => [x.payload, x.dedupeKey])).toEqual([[{ text: "", erased: true }, dedupeKey]]);
    }
  });

  it("deletes the conversations of people who never consented, after a week without a word", async () => {
    const state = (consentData?: boolean) => ({ v: 1, phase: consentData ? "form" : "consent", answers: {}, history: [], ...(consentData === undefined ? {} : { consentData }) });
    await store.db.insert(conversations).values([
      { userKey: "telegram:quiet-old", state: state(), updatedAt: ago(8 * 24) },
      { userKey: "telegram:declined-old", state: state(false), updatedAt: ago(8 * 24) },
      { userKey: "telegram:quiet-recent", state: state(), updatedAt: ago(6 * 24) },
      { userKey: "telegram:consented-old", state: state(true), updatedAt: ago(30 * 24) },
      // an imported registration linked by /move keeps its conversation whatever its state
      { userKey: "telegram:registered-old", state: state(), updatedAt: ago(30 * 24) },
    ]);
    await store.db.insert(registrations).values({
      userKey: "telegram:registered-old", organization: "某公司", classId: "wuhan", name: "某人", mobile: "13800000001", submittedAt: ago(40 * 24),
    });
    expect((await prune(store.db, NOW, DEFAULT_RETENTION, true)).conversations).toBe(2);
    expect(await store.db.$count(conversations)).toBe(5);
    expect((await prune(store.db, NOW)).conversations).toBe(2);
    expect((await store.db.select().from(conversations).orderBy(asc(conversations.userKey))).map((c) => c.userKey)).toEqual([
      "telegram:consented-old", "telegram:quiet-recent", "telegram:registered-old",
    ]);
  });

  it("runs in the bot with the configured hours", async () => {
    const app = await createApp(loadConfig({ LOG_LEVEL: "silent", RETENTION_INBOX_HOURS: "26" }), { store, now: () => NOW });
    await store.db.insert(inbox).values([
      { channel: "telegram", messageId: "u1", userKey: "telegram:1", receivedAt: ago(25.5) },
      { channel: "telegram", messageId: "u2", userKey: "telegram:1", receivedAt: ago(26.5) },
    ]);
    expect((await app.retention.tick()).inbox).toBe(1);
    expect((await store.db.select().from(inbox)).map((r) => r.messageId)).toEqual(["u1"]);
  });

  it("prunes in batches until nothing old is left", async () => {
    await store.db.insert(inbox).values(Array.from({ length: 7 }, (_, i) => ({ channel: "telegram", messageId: `u${i}`, userKey: "telegram:1", receivedAt: ago(40) })));
    await store.db.insert(outbox).values(Array.from({ length: 5 }, () => ({ channel: "telegram", chatId: "1", payload: { text: "x" }, status: "sent", sentAt: ago(40) })));
    const r = await prune(store.db, NOW, DEFAULT_RETENTION, false, 2);
    expect([r.inbox, r.outboxDeleted]).toEqual([7, 5]);
    expect([await store.db.$count(inbox), await store.db.$count(outbox)]).toEqual([0, 0]);
  });

  it("follows a configured policy", async () => {
    await store.db.insert(inbox).values({ channel: "telegram", messageId: "u1", userKey: "telegram:1", receivedAt: ago(40) });
    expect((await prune(store.db, NOW, { ...DEFAULT_RETENTION, inboxMs: 48 * 3_600_000 })).inbox).toBe(0);
    expect((await prune(store.db, NOW, { ...DEFAULT_RETENTION, inboxMs: 36 * 3_600_000 })).inbox).toBe(1);
  });
});

describe("retention settings", () => {
  it("refuse to forget message ids before Telegram stops redelivering them", () => {
    expect(() => loadConfig({ RETENTION_INBOX_HOURS: "24" })).toThrow(ConfigError);
    expect(() => loadConfig({ RETENTION_INBOX_HOURS: "24" })).toThrow(/RETENTION_INBOX_HOURS/);
  });
});
