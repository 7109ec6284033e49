import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openStore, type Store } from "../../src/store/db.js";
import { rowsOf } from "../../src/outbox/store.js";
import { freshPostgresUrl } from "../support/db.js";

const pg = process.env.TEST_DATABASE_URL;

describe.skipIf(!pg)("renewing the PostgreSQL pool after the driver lost its footing", () => {
  let db: Awaited<ReturnType<typeof freshPostgresUrl>>;
  let store: Store;
  beforeAll(async () => {
    db = await freshPostgresUrl();
    store = await openStore({ url: db.url, max: 2 });
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it("tells postgres.js's own write to a closed socket from any other error", () => {
    const fault = new TypeError("Cannot read properties of null (reading 'write')");
    fault.stack = `TypeError: ${fault.message}\n    at Immediate.nextWrite (file:///app/node_modules/postgres/src/connection.js:255:22)`;
    expect(store.isDriverFault!(fault)).toBe(true);
    expect(store.isDriverFault!(new TypeError("x is not a function"))).toBe(false);
    expect(store.isDriverFault!(new Error("connection refused"))).toBe(false);
  });

  it("fails what waits on the old pool, so its caller can retry, and serves the next query from a new one", async () => {
    const waiting = store.db.transaction(async (tx) => tx.execute(sql`select pg_sleep(30)`));
    const outcome = waiting.then(() => "answered", () => "failed");
    // the statement is on its way before the pool is renewed
    for (let seen = false; !seen; ) {
      const r = await store.db.execute(sql`select count(*)::int as n from pg_stat_activity where query like '%pg_sleep(30)%' and pid <> pg_backend_pid()`);
      seen = Number(rowsOf<{ n: number }>(r)[0]!.n) > 0;
    }
    expect(store.renewPool!()).toBe(true);
    expect(store.renewPool!()).toBe(false);
    expect(await outcome).toBe("failed");
    expect(rowsOf<{ one: number }>(await store.db.execute(sql`select 1 as one`))).toEqual([{ one: 1 }]);
  });
});
