import postgres from "postgres";
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
export async function testStore(driver: Driver): Promise<Store & { reset(): Promise<void>; url?: string }> {
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
