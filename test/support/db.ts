import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { randomBytes } from "node:crypto";
import { openStore, resetStore, type Store } from "../../src/store/db.js";

export type Driver = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const DRIVERS: Driver[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/** A fresh database on the test server, so parallel test files never share tables. */
export async function freshPostgresUrl(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `t_${randomBytes(6).toString("hex")}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const s = postgres(admin, { max: 1, onnotice: () => {} });
      await s.unsafe(`drop database if exists ${name} with (force)`);
      await s.end();
    },
  };
}

/** One store per test file: open it in beforeAll, `reset` it in beforeEach, `close` it in afterAll. */
export type TestStore = Store & { reset(): Promise<void>; url?: string };

export async function testStore(driver: Driver): Promise<TestStore> {
  if (driver === "pglite") {
    const s = await openStore({});
    return { ...s, reset: () => resetStore(s.db) };
  }
  const { url, drop } = await freshPostgresUrl();
  const s = await openStore({ url, max: 5 });
  return {
    ...s,
    url,
    reset: () => resetStore(s.db),
    close: async () => {
      await s.close();
      await drop();
    },
  };
}

/**
 * Two processes' stores on one database, opened before the file's tests and closed after them: on PostgreSQL each
 * has its own pool; PGlite lives in one process, so both share it. Read `store` and `second` inside the tests.
 */
export function twoProcessStores(driver: Driver): { store: TestStore; second: Store } {
  const s = {} as { store: TestStore; second: Store };
  beforeAll(async () => {
    s.store = await testStore(driver);
    s.second = s.store.url ? await openStore({ url: s.store.url, max: 5 }) : s.store;
  });
  afterAll(async () => {
    if (s.second !== s.store) await s.second.close();
    await s.store.close();
  });
  return s;
}
