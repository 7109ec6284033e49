import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { makeLogger } from "../src/log.js";
import { errorDetail } from "../src/channels/telegram/log.js";
import { registrations } from "../src/store/schema.js";
import { DRIVERS, testStore } from "./support/db.js";

const PERSON = { organization: "荆门市雪梅精密机械有限公司", name: "赵雪梅", mobile: "13612345678", email: "zxm@example.cn", address: "湖北省荆门市东宝区雪梅路8号" };

/** A logger at the most talkative level, writing into a string. */
function capture() {
  const out = { text: "" };
  const sink = new Writable({ write: (chunk, _enc, done) => ((out.text += String(chunk)), done()) });
  return { log: makeLogger("trace", sink), out };
}

describe.each(DRIVERS)("logs of a failed query on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  let failure: unknown;
  beforeAll(async () => {
    store = await testStore(driver);
    const row = { ...PERSON, classId: "wuhan", submittedAt: new Date() };
    await store.db.insert(registrations).values(row);
    // the same mobile again: a unique violation, whose error carries every value of the row
    failure = await store.db.insert(registrations).values({ ...row, userKey: "telegram:42" }).then(() => undefined, (e: unknown) => e);
  });
  afterAll(async () => store.close());

  it("starts from an error that does carry the registration", () => {
    expect(String((failure as Error).message)).toContain(PERSON.mobile);
  });

  it.each(["trace", "debug", "info", "warn", "error", "fatal"] as const)("keep no personal value at %s level", (level) => {
    const { log, out } = capture();
    log[level]({ ...errorDetail(failure), raw: (failure as Error).message, cause: failure, update: 1234 }, `update not handled: ${(failure as Error).message}`);
    for (const v of Object.values(PERSON)) expect(out.text).not.toContain(v);
    // what helps an operator stays: the ids and what went wrong
    expect(out.text).toContain("1234");
    expect(out.text).toContain("insert into");
  });
});

describe("redacting log lines", () => {
  it.each([
    ["a mobile in a message", "no contact for 13800138000", "13800138000"],
    ["an e-mail", "bounce from zm@example.com", "zm@example.com"],
    ["a value PostgreSQL quotes", 'invalid input syntax for type integer: "赵雪梅"', "赵雪梅"],
    ["a unique key's detail", "Key (mobile)=(13612345678) already exists.", "13612345678"],
  ])("removes %s", (_what, text, value) => {
    const { log, out } = capture();
    log.error({ detail: { nested: [text] } }, text);
    expect(out.text).not.toContain(value);
  });
});
