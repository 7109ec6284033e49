import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { inbox, outbox } from "../../src/store/schema.js";
import { sendPace } from "../../src/store/schema.js";
import { distrustFuture, enqueue, markTried, releaseStale, renewClaims } from "../../src/outbox/store.js";
import { leaseSlots } from "../../src/outbox/paceStore.js";
import { TRUST_AHEAD_MS } from "../../src/outbox/claim.js";
import { DRIVERS, testStore } from "../support/db.js";

const NOW = new Date("2022-05-20T10:00:00+08:00");
const reply = (chatId: string, text: string) => ({ channel: "telegram", chatId, chatKind: "user" as const, payload: { text } });

describe.each(DRIVERS)("after a sender dies, on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => store.reset());

  const statuses = async () =>
    (await store.db.select({ text: sql<string>`${outbox.payload}->>'text'`, status: outbox.status }).from(outbox).orderBy(asc(outbox.id)))
      .map((r) => `${r.text}:${r.status}`);

  it("sends a reply whose outcome is unknown again only while it is still the latest one to that chat", async () => {
    // turn 8's prompt was on the wire when its sender died; the trainee answered, and turn 9's reply was written since
    await enqueue(store.db, [reply("1", "field 8")], "dead", NOW);
    await enqueue(store.db, [reply("1", "field 9")], "alive", NOW);
    await store.db.update(outbox).set({ status: "sent" }).where(sql`${outbox.payload}->>'text' = 'field 9'`);
    // another chat's last reply died with it too: nothing came after it
    await enqueue(store.db, [reply("2", "field 3")], "dead", NOW);
    expect(await releaseStale(store.db, 0)).toBe(2);
    expect(await statuses()).toEqual(["field 8:unknown", "field 9:sent", "field 3:pending"]);
  });

  it("sends a receipt's file never tried again even after later replies: a file is no prompt that goes stale", async () => {
    await enqueue(store.db, [{ ...reply("1", "your receipt"), payload: { text: "your receipt", render: { kind: "receipt" as const, part: "pdf" as const } } }], "dead", NOW);
    await enqueue(store.db, [reply("1", "later answer")], "alive", NOW);
    await store.db.update(outbox).set({ status: "sent" }).where(sql`${outbox.payload}->>'text' = 'later answer'`);
    expect(await releaseStale(store.db, 0)).toBe(1);
    expect(await statuses()).toEqual(["your receipt:pending", "later answer:sent"]);
  });

  it("keeps a turn's replies together: the earlier of two written by one turn is not superseded by its sibling", async () => {
    await enqueue(store.db, [reply("1", "saved"), reply("1", "next question")], "dead", NOW);
    expect(await releaseStale(store.db, 0)).toBe(2);
    expect(await statuses()).toEqual(["saved:pending", "next question:pending"]);
  });

  const tried = async (text: string, secondsAgo: number) => {
    const [row] = await store.db.select().from(outbox).where(sql`${outbox.payload}->>'text' = ${text}`);
    expect(await markTried(store.db, row!.id, row!.claimedBy!)).toBe(true);
    await store.db.update(outbox).set({ triedAt: sql`now() - make_interval(secs => ${secondsAgo}::float8)` }).where(eq(outbox.id, row!.id));
  };
  const wrote = (chatId: string, messageId: string, secondsAgo = 0) =>
    store.db.insert(inbox).values({ channel: "telegram", messageId, userKey: `telegram:${chatId}`, receivedAt: NOW, arrivedAt: sql`now() - make_interval(secs => ${secondsAgo}::float8)` });

  it("lets a reply tried when its sender died settle first: sent again only once the trainee stayed silent that long", async () => {
    await enqueue(store.db, [reply("1", "prompt 4")], "dead", NOW);
    await tried("prompt 4", 2);
    // the trainee may have it and be answering (a redelivery held up by the restart): not yet
    expect(await releaseStale(store.db, 0, 10_000)).toBe(0);
    expect(await statuses()).toEqual(["prompt 4:sending"]);
    await tried("prompt 4", 11);
    expect(await releaseStale(store.db, 0, 10_000)).toBe(1);
    expect(await statuses()).toEqual(["prompt 4:pending"]);
  });

  it("never sends again a reply tried before its sender died once the trainee wrote after it: they had it", async () => {
    // the answer arrived (recorded, not yet handled): no later reply exists yet, but the trainee moved on
    await wrote("1", "earlier");
    await enqueue(store.db, [reply("1", "prompt 5")], "dead", NOW);
    await tried("prompt 5", 1);
    await wrote("1", "answer to 5");
    await enqueue(store.db, [{ ...reply("1", "receipt"), payload: { text: "receipt", render: { kind: "receipt" as const, part: "docx" as const } } }], "dead", NOW);
    await tried("receipt", 1);
    await wrote("1", "after the receipt");
    // the trainee's message before the try tells nothing; another chat's none either
    await enqueue(store.db, [reply("2", "prompt 2")], "dead", NOW);
    await tried("prompt 2", 20);
    await wrote("2", "before", 30);
    expect(await releaseStale(store.db, 0, 10_000)).toBe(3);
    expect(await statuses()).toEqual(["prompt 5:unknown", "receipt:unknown", "prompt 2:pending"]);
  });

  it("takes a tried reply after which nothing is awaited as sent: a receipt's file, a final reply, a group's answer", async () => {
    // the trainee's registration is submitted: they will not write again, their silence says nothing
    await enqueue(store.db, [{ ...reply("1", "submitted"), payload: { text: "submitted", final: true as const } }], "dead", NOW);
    await enqueue(store.db, [{ ...reply("2", "receipt"), payload: { text: "receipt", render: { kind: "receipt" as const, part: "pdf" as const } } }], "dead", NOW);
    await enqueue(store.db, [{ ...reply("-3", "group answer"), chatKind: "group" as const }], "dead", NOW);
    // the same, never tried, goes: it certainly never went out
    await enqueue(store.db, [{ ...reply("4", "submitted too"), payload: { text: "submitted too", final: true as const } }], "dead", NOW);
    for (const t of ["submitted", "receipt", "group answer"]) await tried(t, 60);
    expect(await releaseStale(store.db, 0, 10_000)).toBe(4);
    expect(await statuses()).toEqual(["submitted:unknown", "receipt:unknown", "group answer:unknown", "submitted too:pending"]);
  });

  it("sends a reply never tried again at once: it never went out, however recently its sender died", async () => {
    await enqueue(store.db, [reply("1", "saved"), reply("1", "next question")], "dead", NOW);
    await tried("saved", 0);
    await store.db.update(outbox).set({ status: "sent" }).where(sql`${outbox.payload}->>'text' = 'saved'`);
    await wrote("1", "typed while it was on its way");
    expect(await releaseStale(store.db, 0, 10_000)).toBe(1);
    expect(await statuses()).toEqual(["saved:sent", "next question:pending"]);
  });

  it("does not mark tried a row that is no longer the sender's", async () => {
    const [row] = await enqueue(store.db, [reply("1", "taken")], "dead", NOW);
    await releaseStale(store.db, 0);
    expect(await markTried(store.db, row!.id, "dead")).toBe(false);
  });

  it("never takes a live sender's claims, however long its send takes, while it renews them", async () => {
    const [held] = await enqueue(store.db, [reply("1", "slow send")], "alive", NOW);
    await renewClaims(store.db, "alive", [held!.id]);
    expect(await releaseStale(store.db, 60_000)).toBe(0);
    expect(await statuses()).toEqual(["slow send:sending"]);
  });

  it("renews only the claims a live sender still holds, so one whose dispatch failed is released, due at once", async () => {
    const [held, dropped] = await enqueue(store.db, [reply("1", "held"), reply("2", "dropped")], "alive", NOW);
    // both claimed a minute ago; the sender renews only the one it still holds
    await store.db.update(outbox).set({ claimedAt: sql`now() - interval '1 minute'` });
    await renewClaims(store.db, "alive", [held!.id]);
    const claims = await store.db.select({ id: outbox.id, age: sql<number>`extract(epoch from now() - ${outbox.claimedAt})::float8` }).from(outbox).orderBy(asc(outbox.id));
    expect(claims.map((c) => Number(c.age) < 30)).toEqual([true, false]);
    await releaseStale(store.db, 0);
    const [row] = await store.db.select().from(outbox).where(eq(outbox.id, dropped!.id));
    expect(row!.status).toBe("pending");
    expect(Number.isFinite(row!.notBefore.getTime())).toBe(false);
  });

  it("does not trust a pace slot a clock that went backwards left ahead, nor queued replies that far ahead", async () => {
    // a fixed BOT_NOW restarts at the same instant: the previous run's slots lie an hour ahead of the new clock
    const later = new Date(NOW.getTime() + 3_600_000);
    await store.db.insert(sendPace).values({ key: "telegram", nextAt: later });
    await enqueue(store.db, [{ ...reply("1", "queued"), notBefore: later }]);
    await distrustFuture(store.db, NOW, TRUST_AHEAD_MS);
    const [pace] = await store.db.select().from(sendPace).where(eq(sendPace.key, "telegram"));
    expect(pace!.nextAt.getTime()).toBe(NOW.getTime());
    const [row] = await store.db.select().from(outbox);
    expect(row!.notBefore.getTime()).toBe(NOW.getTime());
  });

  it("leases slots in blocks from one atomic update, never beyond what it trusts of the shared row", async () => {
    const t = NOW.getTime();
    const first = await leaseSlots(store.db, "telegram", t, 10, 35, TRUST_AHEAD_MS);
    const second = await leaseSlots(store.db, "telegram", t, 10, 35, TRUST_AHEAD_MS);
    expect(first).toBeCloseTo(t, 0);
    // the second block starts where the first ends: two processes never share a slot
    expect(second).toBeCloseTo(t + 350, 0);
    await store.db.update(sendPace).set({ nextAt: new Date(t + 3_600_000) });
    expect(await leaseSlots(store.db, "telegram", t, 1, 35, TRUST_AHEAD_MS)).toBeCloseTo(t, 0);
  });
});
