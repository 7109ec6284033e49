import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { stringify } from "csv-stringify/sync";
import { loadProgramme } from "../src/programme/load.js";
import type { Programme } from "../src/programme/schema.js";
import { questionsOf } from "../src/domain/questionnaire/questions.js";
import { runImport } from "../src/imports/run.js";
import { openStore } from "../src/store/db.js";

const LEADING = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"];

/**
 * `n` submissions in 问卷星's "按序号" download with the multiple choice split into 0/1 columns (its widest layout),
 * varied deterministically: every class and city, skipped and blank optional answers, "other" texts, some trainees twice.
 */
export function questionnaireCsv(p: Programme, n: number): Uint8Array {
  const qs = questionsOf(p);
  const head = [...LEADING];
  for (const q of qs) {
    if (q.kind === "multipleChoice") head.push(...q.options!.map((o) => `${q.number}、(${o.label})`));
    else head.push(`${q.number}、${q.label}`);
  }
  head.push(`${qs.length + 1}、是否同意在遴选名单中公布您的姓名及单位？`);
  const rows: string[][] = [head];
  for (let i = 0; i < n; i++) {
    // one in fifty submits a second time
    const who = i % 50 === 49 ? i - 1 : i;
    const row = [String(i + 1), `2022/5/${18 + (i % 14)} ${8 + (i % 12)}:${String(i % 60).padStart(2, "0")}:00`, `${100 + (i % 400)}秒`, "手机提交", "直接访问", `119.96.${i % 250}.${i % 200}(湖北-武汉)`];
    for (const q of qs) {
      const opts = q.options ?? [];
      switch (q.key) {
        case "organization": row.push(`湖北省第${who % 5000}号科技有限公司`); break;
        case "creditCode": row.push("91420100MA4KL1234M"); break;
        case "name": row.push(`学员${"甲乙丙丁戊己庚辛壬癸"[who % 10]}${"子丑寅卯辰巳午未申酉戌亥"[who % 12]}`); break;
        case "mobile": row.push(String(13_000_000_000 + who)); break;
        case "email": row.push(`t${who}@example.com`); break;
        case "qq": row.push(i % 5 === 0 ? "(空)" : i % 5 === 1 ? "无" : String(100_000 + i)); break;
        case "officePhone": row.push(i % 4 === 0 ? "(跳过)" : "027-87654321"); break;
        case "remarks": row.push(i % 3 === 0 ? "(空)" : "需要开具参训证明"); break;
        case "patentCount": row.push(String(i % 40)); break;
        case "needs": row.push("公司现有发明专利若干件，正在筹建知识产权部，希望系统学习专利挖掘与布局、检索分析和维权应对，提升高价值专利培育能力。"); break;
        default:
          if (q.kind === "multipleChoice") row.push(...opts.map((_, k) => ((k + i) % 3 === 0 ? "1" : "0")));
          else if (opts.length) {
            const k = (i * 7 + q.number) % opts.length;
            row.push(opts[k]!.other ? `${k + 1}〖集体企业〗` : String(k + 1));
          } else row.push(q.example ?? `${q.label}${i % 10}`);
      }
    }
    row.push(i % 2 ? "1" : "2");
    rows.push(row);
  }
  return Buffer.from(`\uFEFF${stringify(rows)}`);
}

/** In a process of its own, as the CLI imports: the file imported once into the database at `url` (else PGlite in memory). */
async function importOnce(file: string, url: string | undefined) {
  const p = loadProgramme();
  const store = await openStore({ url, max: 2 });
  try {
    const startRss = process.memoryUsage().rss;
    const peakBefore = process.resourceUsage().maxRSS;
    // a Buffer is a Uint8Array: read once, not copied (the CLI passes it the same way)
    const bytes = readFileSync(file);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const r = await runImport(store.db, { kind: "registrations", bytes, fileName: "bench.csv", programme: p, now: new Date("2022-06-10T10:00:00+08:00"), actor: "bench" });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return {
      rows: r.rows, imported: r.imported, updated: r.updated, refused: r.refused.length, notes: r.notes.length, fileMB: Number((bytes.length / 2 ** 20).toFixed(1)),
      // the machine is shared: this process's own CPU time (the database server's is not in it) next to the wall time
      seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)), rowsPerSecond: Math.round(r.rows / seconds), startRssMB: Math.round(startRss / 2 ** 20),
      peakBeforeMB: Math.round(peakBefore / 1024), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await store.close();
  }
}

const SELF = fileURLToPath(import.meta.url);

/**
 * One import of `n` questionnaire rows into a fresh database, in a child process: wall time and that process's
 * peak RSS (the kernel's high-water mark, getrusage's ru_maxrss: nothing sampled, no peak missed).
 */
export async function benchImportQuestionnaire(o: { url?: string; n?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "wjx-bench-"));
  try {
    const file = join(dir, "bench.csv");
    writeFileSync(file, questionnaireCsv(loadProgramme(), o.n ?? 20_000));
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", SELF, "--child", file], { env: { ...process.env, BENCH_URL: o.url ?? "" }, maxBuffer: 1 << 20 });
    return JSON.parse(stdout.trim().split("\n").pop()!) as Awaited<ReturnType<typeof importOnce>>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && process.argv[2] === "--child") {
  console.log(JSON.stringify(await importOnce(process.argv[3]!, process.env.BENCH_URL || undefined)));
}
