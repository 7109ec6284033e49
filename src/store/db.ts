import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getTableName, is, sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { PgTable, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema.js";
import { lockDataDir } from "./dataLock.js";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface Store {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
  /**
   * PostgreSQL: whether an error that reached no caller is the driver's own fault after the server went away
   * (postgres.js writes to a closed socket; see renewPool). Such an error is handled by renewing the pool.
   */
  isDriverFault?(e: unknown): boolean;
  /**
   * PostgreSQL: replaces the connection pool once the server answers again; what was waiting on the old one fails then
   * (and is retried by its caller). False when a renewal is already under way.
   */
  renewPool?(): boolean;
}

const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));
// any fixed number: processes sharing one database take turns applying migrations
const MIGRATION_LOCK = 7_202_205;

export interface OpenOptions {
  /** postgres:// URL; without one, PGlite. */
  url?: string;
  /** PGlite data folder; without one, an in-memory database. */
  dataDir?: string;
  /** postgres.js pool size (default 20: concurrent turns each hold a connection for one statement; 10 left them queueing at 50 trainees). */
  max?: number;
}

/**
 * The configured database: postgres.js at DATABASE_URL, else PGlite under DATA_DIR, which one process at a time
 * may open (a lock file there names the holder; see dataLock.ts).
 */
export async function openConfiguredStore(c: { DATABASE_URL?: string; dataDir: string }, command = commandLine()): Promise<Store> {
  if (c.DATABASE_URL) return openStore({ url: c.DATABASE_URL });
  const release = lockDataDir(c.dataDir, command);
  try {
    const s = await openStore({ dataDir: join(c.dataDir, "pglite") });
    return { ...s, close: () => s.close().finally(release) };
  } catch (e) {
    release();
    throw e;
  }
}

const commandLine = () => process.argv.slice(1).map((a, i) => (i === 0 ? basename(a) : a)).join(" ");

/** Opens the database, applies the committed migrations, and returns the drizzle handle. */
export async function openStore(opts: OpenOptions): Promise<Store> {
  return opts.url ? openPostgres(opts.url, opts.max ?? 20) : openPglite(opts.dataDir);
}

/**
 * Seconds a new connection may take to be ready. A connection the server took while shutting down, whose start-up
 * never completes, holds the server's fast shutdown until the client gives up: postgres.js's default of 30 s made a
 * 3 s database restart a 30 s outage.
 */
const CONNECT_TIMEOUT_S = 5;

async function openPostgres(url: string, max: number): Promise<Store> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const lockClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(lockClient), { migrationsFolder: MIGRATIONS });
    await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await lockClient.end();
  }
  // drizzle sets its type parsers on the client it is given: each pool gets them the same way
  const pool = () => {
    const c = postgres(url, { max, onnotice: () => {}, connect_timeout: CONNECT_TIMEOUT_S });
    drizzle(c);
    return c;
  };
  let current = pool();
  let renewing: Promise<void> | undefined;
  // one client for drizzle whose pool can be replaced: postgres.js, when the server goes away mid-transaction, may
  // write the rollback to a socket already closed (a TypeError from a timer, no caller to catch it) and leave
  // connections waiting forever for answers that never come; the way out is a new pool
  const client = new Proxy(function () {} as unknown as typeof current, {
    get: (_t, p) => Reflect.get(current, p),
    apply: (_t, self, args) => Reflect.apply(current as never, self, args),
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  const dialect = new PgDialect();
  PREPARED.set(db, (q) => {
    const { sql: text, params } = dialect.sqlToQuery(q);
    return current.unsafe(text, params as never[], { prepare: true });
  });
  return {
    db, kind: "postgres",
    close: () => current.end({ timeout: 5 }),
    isDriverFault: (e) => e instanceof TypeError && /postgres[\\/](cjs[\\/])?src[\\/]connection\.js/.test(e.stack ?? ""),
    renewPool: () => {
      if (renewing) return false;
      renewing = (async () => {
        // once the server answers again: a pool made while it is away can be left stuck the same way
        while (!(await answers(url))) await new Promise((r) => setTimeout(r, 500));
        const old = current;
        current = pool();
        await old.end({ timeout: 0 }).catch(() => undefined);
      })().finally(() => (renewing = undefined));
      return true;
    },
  };
}

/** Whether the server at `url` answers a query on a connection of its own. */
async function answers(url: string): Promise<boolean> {
  const { default: postgres } = await import("postgres");
  const probe = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 2 });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 0 }).catch(() => undefined);
  }
}

async function openPglite(dataDir?: string): Promise<Store> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  await client.waitReady;
  const pg = drizzle(client, { schema });
  await migrate(pg, { migrationsFolder: MIGRATIONS });
  return { db: pg as unknown as Db, kind: "pglite", close: () => client.close() };
}

const PREPARED = new WeakMap<Db, (q: SQL) => Promise<unknown>>();

/**
 * Runs one autocommitted statement of a hot path as a named prepared statement where the driver has them
 * (postgres.js): parsed and planned once per connection, one round trip each time. drizzle's own `execute` sends an
 * unnamed statement, which postgres.js describes first: two round trips. Elsewhere (PGlite), `db.execute`.
 */
export function execPrepared(db: Db, q: SQL): Promise<unknown> {
  const run = PREPARED.get(db);
  return run ? run(q) : db.execute(q);
}

/** Empties every table (tests share one database per file and reset it between tests). */
export async function resetStore(db: Db): Promise<void> {
  const names = Object.values(schema)
    .filter((t): t is Extract<(typeof schema)[keyof typeof schema], PgTable> => is(t, PgTable))
    .map((t) => getTableName(t));
  await db.execute(sql.raw(`truncate ${names.map((n) => `"${n}"`).join(", ")} restart identity`));
}
