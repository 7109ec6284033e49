import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { loadProgramme } from "../src/programme/load.js";
import { runImport } from "../src/imports/run.js";
import { openStore } from "../src/store/db.js";
import { registrations } from "../src/store/schema.js";
import { sql } from "drizzle-orm";
import { freshPostgresUrl } from "../test/support/db.js";

export interface ImportAttendanceBenchOptions {
  /** PostgreSQL to use; without one, an in-memory PGlite. */
  url?: string;
  /** Distinct viewers; each watches `perDay` sessions on each of five days. */
  viewers?: number;
  perDay?: number;
  /** How many of the viewers registered (the rest are kept as not yet registered). */
  registered?: number;
}

const DAYS = ["2022-06-13", "2022-06-14", "2022-06-15", "2022-06-16", "2022-06-17"];
const mobileOf = (i: number) => String(13_900_000_000 + i);
const pad = (n: number) => String(n).padStart(2, "0");
const mb = (b: number) => Math.round(b / 2 ** 20);

/**
 * A five-day 保利威 观看详情 export of an unlimited livestream audience, one CSV (UTF-8 with BOM) of
 * viewers × 5 × perDay rows: 频道号, 场次, 昵称, 真实姓名, 手机号, 单位, times, 观看时长（秒）.
 */
export function livestreamCsv(viewers: number, perDay: number): Uint8Array {
  // written by hand, not through csv-stringify: no cell needs quoting
  const lines = ["\uFEFF频道号,场次ID,观众昵称,真实姓名,手机号,单位名称,进入时间,离开时间,观看时长（秒）,观看终端"];
  for (const [d, day] of DAYS.entries()) {
    for (let s = 0; s < perDay; s++) {
      const hour = 9 + s * 3;
      for (let i = 0; i < viewers; i++) {
        const seconds = 600 + ((i * 7919 + d * 104_729 + s * 15_485) % 9000);
        const m = pad(i % 60);
        lines.push(`2270342,fv${d}${s},观众${i},学员${i},${mobileOf(i)},单位${i % 5000},${day} ${pad(hour)}:${m}:00,${day} ${pad(hour + 2)}:${m}:00,${seconds},${i % 3 ? "移动端" : "PC"}`);
      }
    }
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

/** CPU seconds the database's server processes for this database have used (PostgreSQL on this machine; else 0). */
async function serverCpuSeconds(store: Awaited<ReturnType<typeof openStore>>): Promise<number> {
  if (store.kind !== "postgres") return 0;
  const rows = (await store.db.execute(sql`select pid from pg_stat_activity where datname = current_database()`)) as unknown as { pid: number }[];
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 a second)
      const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // a server on another machine: not measured
    }
  }
  return ticks / 100;
}

/** The registrations the sessions are matched against: `registered` of the viewers. */
async function register(store: Awaited<ReturnType<typeof openStore>>, registered: number) {
  const now = new Date("2022-06-20T10:00:00+08:00");
  for (let i = 0; i < registered; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, registered - i) }, (_, k) => ({
      organization: `单位${(i + k) % 5000}`, classId: "wuhan", name: `学员${i + k}`, mobile: mobileOf(i + k), source: "import", submittedAt: now,
    }));
    await store.db.insert(registrations).values(batch);
  }
}

/**
 * In a process of its own, as the CLI imports: its peak RSS is the import's. On PostgreSQL the registrations are
 * written before, by the parent; PGlite in memory is this process's own, so they are written here first.
 */
async function importOnce(file: string, url: string | undefined, registered: number) {
  const store = await openStore({ url, max: 2 });
  try {
    const now = new Date("2022-06-20T10:00:00+08:00");
    if (!url) await register(store, registered);
    const rssBefore = process.memoryUsage().rss;
    // the peak before the import (start-up, migrations, PGlite's registrations): the import's peak is above it
    const peakBefore = process.resourceUsage().maxRSS;
    // a Buffer is a Uint8Array: read once, not copied (the CLI passes it the same way)
    const bytes = readFileSync(file);
    // a pool of two: both connections are open before the import, so their server processes are measured
    await Promise.all([store.db.execute(sql`select 1`), store.db.execute(sql`select 1`)]);
    const serverBefore = await serverCpuSeconds(store);
    const cpuBefore = process.cpuUsage();
    const t0 = performance.now();
    const r = await runImport(store.db, { kind: "attendance", bytes, fileName: "观看详情.csv", programme: loadProgramme(), now, actor: "bench" });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const serverCpu = (await serverCpuSeconds(store)) - serverBefore;
    return {
      store: store.kind, rows: r.rows, imported: r.imported, refused: r.refused.length, fileMB: mb(bytes.length), seconds: Number(seconds.toFixed(2)),
      rowsPerSec: Math.round(r.rows / seconds), nodeCpuSec: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)), serverCpuSec: Number(serverCpu.toFixed(2)), rssBeforeMB: mb(rssBefore),
      peakBeforeMB: Math.round(peakBefore / 1024), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await store.close();
  }
}

const SELF = fileURLToPath(import.meta.url);

/**
 * Writes the export, then imports it in a child process: wall time of runImport and that process's peak RSS
 * (the kernel's high-water mark, getrusage's ru_maxrss: nothing sampled, no peak missed).
 */
export async function benchImportAttendance(o: ImportAttendanceBenchOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), "att-bench-"));
  try {
    if (o.url) {
      const store = await openStore({ url: o.url, max: 2 });
      await register(store, o.registered ?? 20_000).finally(() => store.close());
    }
    const file = join(dir, "观看详情.csv");
    writeFileSync(file, livestreamCsv(o.viewers ?? 30_000, o.perDay ?? 2));
    const args = ["--import", "tsx", SELF, "--child", file, String(o.registered ?? 20_000)];
    const { stdout } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, BENCH_URL: o.url ?? "" }, maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split("\n").pop()!) as Awaited<ReturnType<typeof importOnce>>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/importAttendance.ts [viewers]`: a fresh database on TEST_DATABASE_URL's server, else DATABASE_URL itself, else PGlite
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv[2] === "--child") {
    console.log(JSON.stringify(await importOnce(process.argv[3]!, process.env.BENCH_URL || undefined, Number(process.argv[4]))));
  } else {
    const viewers = Number(process.argv[2] ?? 30_000);
    const fresh = process.env.TEST_DATABASE_URL ? await freshPostgresUrl() : undefined;
    try {
      console.log(JSON.stringify(await benchImportAttendance({ url: fresh?.url ?? process.env.DATABASE_URL, viewers })));
    } finally {
      await fresh?.drop();
    }
  }
}
