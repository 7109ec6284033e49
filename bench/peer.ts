import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Options of `npm run bench -- peer [--runs=3] [--seconds=20] [--users=1,50,200]`. */
export interface PeerBenchOptions {
  runs: number;
  seconds: number;
  users: number[];
  /** The harness folder (../shared/bench-peer beside the repository, or BENCH_PEER_DIR). */
  dir?: string;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PORT = 8130; // perf11's port range
const SECRET = "bench-secret-0123456789";

/**
 * Runs the shared peer harness (grammY + conversations, the null bot, pgbench) with our bot in the same run,
 * so the ratios are measured side by side; the harness prints the table of medians. Bounded in time: the whole
 * run is killed after its expected length plus a margin.
 */
export async function benchPeer(o: PeerBenchOptions): Promise<number> {
  const dir = o.dir ?? process.env.BENCH_PEER_DIR ?? [`${ROOT}../shared/bench-peer`, "/work/shared/bench-peer"].find((d) => existsSync(`${d}/run-baseline.sh`));
  if (!dir) throw new Error("peer harness not found: set BENCH_PEER_DIR to the folder holding run-baseline.sh");
  // the role `bench` and its databases; pg-setup.sh needs root (su postgres)
  const setup = spawnSync("bash", [`${dir}/pg-setup.sh`, "ours", "bench", "benchlimit"], { stdio: "inherit" });
  if (setup.status !== 0) throw new Error(`${dir}/pg-setup.sh failed (it needs root): run it once as root, then again`);
  const env = {
    ...process.env,
    REPEAT: String(o.runs), SECONDS_EACH: String(o.seconds), USERS: o.users.join(" "),
    OURS_CMD: `OURS_PORT=${PORT} OURS_SECRET=${SECRET} bash ${ROOT}bench/peer-ours.sh`,
    OURS_URL: `http://127.0.0.1:${PORT}/telegram/webhook`, OURS_SECRET: SECRET,
  };
  // rounds of (warmup + seconds) for three bots and each user count, 2 × 15 s of pgbench per round, start-up
  const budgetMs = (o.runs * 3 * o.users.length * (o.seconds + 8) + o.runs * 40 + 240) * 1000;
  const child = spawn("bash", [`${dir}/run-baseline.sh`], { env, stdio: "inherit", detached: true });
  const timer = setTimeout(() => {
    process.stderr.write(`peer bench: over its ${Math.round(budgetMs / 1000)} s budget, stopped\n`);
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }, budgetMs);
  const code = await new Promise<number>((r) => child.once("exit", (c) => r(c ?? 1)));
  clearTimeout(timer);
  return code;
}
