import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { openStore, type Store } from "../../src/store/db.js";
import { DRIVERS, freshPostgresUrl } from "../support/db.js";
import { seedBroadcast, waitFor } from "./support.js";

const CHILD = fileURLToPath(new URL("./child/sender.ts", import.meta.url));
const N = 400;
const IN_FLIGHT = 2;

function startSender(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return child;
}
const exited = (c: ChildProcess) => new Promise<number | null>((r) => (c.exitCode !== null ? r(c.exitCode) : c.once("exit", (code) => r(code))));
const lines = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : []);

describe.each(DRIVERS)("a sender killed mid-broadcast on %s", (driver) => {
  const dir = mkdtempSync(join(tmpdir(), "outbox-kill-"));
  const out = join(dir, "received.txt");
  let db: { url?: string; pgliteDir?: string; drop?: () => Promise<void> } = {};
  const openDb = (): Promise<Store> => openStore(db.url ? { url: db.url, max: 2 } : { dataDir: db.pgliteDir! });

  beforeAll(async () => {
    if (driver === "postgres") {
      const f = await freshPostgresUrl();
      db = { url: f.url, drop: f.drop };
    } else db = { pgliteDir: join(dir, "pglite") };
    const store = await openDb();
    await seedBroadcast(store.db, N);
    await store.close();
  });
  afterAll(async () => {
    await db.drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("delivers to every recipient exactly once after a restart, but for the messages in flight when it was killed", async () => {
    const dbEnv: Record<string, string> = db.url ? { DB_URL: db.url } : { PGLITE_DIR: db.pgliteDir! };
    const first = startSender({ ...dbEnv, OUT_FILE: out, WORKER: "first", IN_FLIGHT: String(IN_FLIGHT), RATE: "300" });
    await waitFor(async () => lines(out).length >= N / 4, 60_000, 10);
    first.kill("SIGKILL");
    await exited(first);
    const atKill = lines(out).length;
    expect(atKill).toBeLessThan(N);

    // the restarted bot: on PostgreSQL two processes share the rest; rows the dead one held come back after the lease
    const restarted = (db.url ? ["a", "b"] : ["a"]).map((w) =>
      startSender({ ...dbEnv, OUT_FILE: out, WORKER: `again-${w}`, IN_FLIGHT: String(IN_FLIGHT), RATE: "300", LEASE_MS: "1500", EXIT_WHEN_DONE: "1" }));
    expect(await Promise.all(restarted.map(exited))).toEqual(restarted.map(() => 0));

    const got = lines(out);
    const per = new Map<string, number>();
    for (const c of got) per.set(c, (per.get(c) ?? 0) + 1);
    const twice = [...per.values()].filter((n) => n === 2).length;
    expect(per.size).toBe(N);
    expect([...per.values()].every((n) => n === 1 || n === 2)).toBe(true);
    // the killed process had at most IN_FLIGHT messages on the wire
    expect(twice).toBeLessThanOrEqual(IN_FLIGHT);
    expect(got.length).toBe(N + twice);

    const store = await openDb();
    const res = await store.db.execute(sql`select status, count(*)::int as n from outbox group by status`);
    await store.close();
    const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { status: string; n: number }[];
    expect(rows).toEqual([{ status: "sent", n: N }]);
  });
});
