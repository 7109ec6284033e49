import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandHandlers } from "../../src/commands.js";
import { loadProgramme } from "../../src/programme/load.js";
import { coordinators } from "../../src/store/schema.js";
import { DRIVERS, testStore } from "../support/db.js";

const NOW = new Date("2022-05-20T10:00:00+08:00");
const programme = loadProgramme();
// the commands of every handler, some with arguments, and slash texts that are no handler's
const TEXTS = [
  "/start", "/register", "/status", "/cancel", "/help", "/help@bench_bot", "／help", "/whoami", "/我是谁", "/stats", "/stats wuhan", "/select",
  "/名单 武汉", "/导出", "/roster wuhan", "/publish", "/publish_confirm", "/import_confirm", "/bind wuhan", "/move 13800138000 telegram:9",
  "/broadcast all 明天开班", "/confirm 1", "/announce offline 7月5日 武汉", "/foo", "a/b", "2022/05/20", "https://example.com/x",
];

class Rollback extends Error {}

describe.each(DRIVERS)("which slash texts the command handlers take, on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  beforeAll(async () => {
    store = await testStore(driver);
    await store.db.insert(coordinators).values({ userKey: "telegram:coord", classId: null });
  });
  afterAll(async () => store.close());

  it.each(["telegram:coord", "telegram:trainee"])("declares every slash text it answers for %s, so only the others take the quick path", async (userKey) => {
    const undeclared: string[] = [];
    for (const text of TEXTS) {
      for (const [i, h] of commandHandlers.entries()) {
        // each handler's answer in a transaction of its own, rolled back: it may audit or write
        const answered = await store.db
          .transaction(async (tx) => {
            const msg = { channel: "telegram" as const, messageId: `m-${text}-${i}`, userId: userKey.slice(9), text };
            const r = await h({ tx, msg, userKey, text, now: NOW, programme });
            throw new Rollback(r ? "yes" : "no");
          })
          .catch((e: unknown) => (e instanceof Rollback ? e.message === "yes" : Promise.reject(e)));
        if (answered && !h.slash?.(text)) undeclared.push(`${i}: ${text}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it("leaves the conversation's own commands to the quick path", () => {
    for (const text of ["/start", "/register", "/status", "/foo", "2022/05/20"]) expect(commandHandlers.filter((h) => h.slash?.(text))).toEqual([]);
  });
});
