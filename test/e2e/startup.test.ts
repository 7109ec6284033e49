import { afterEach, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { JsonlBot, ROOT, tempDataDir } from "../support/jsonl.js";
import { LOCK_FILE } from "../../src/store/dataLock.js";

// each case starts one to three processes that compile TypeScript and open PGlite: slow on a busy machine
const SLOW = 300_000;
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
/** Every variable this file's commands read, cleared: the machine's own must not leak in. */
const CLEAN = { DATABASE_URL: "", TELEGRAM_BOT_TOKEN: "", WECHATY_PUPPET: "", ENV_FILE: "", LOG_LEVEL: "warn" };

function run(script: "main" | "cli", args: string[], env: Record<string, string>, cwd = ROOT) {
  const file = join(ROOT, script === "main" ? "src/main.ts" : "src/cli/index.ts");
  const r = spawnSync(process.execPath, ["--import", TSX, file, ...args], { cwd, env: { ...process.env, ...CLEAN, ...env }, encoding: "utf8", input: "", timeout: SLOW });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split("\n").filter(Boolean) };
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

describe("a failure to start", { timeout: SLOW }, () => {
  it.each([
    ["a bad variable", { TELEGRAM_WEBHOOK_PORT: "eighty" }, "TELEGRAM_WEBHOOK_PORT"],
    ["a WeChat puppet service without its token", { WECHATY_PUPPET: "wechaty-puppet-service" }, "WECHATY_PUPPET_SERVICE_TOKEN"],
  ])("is one line and exit code 2: %s", (_what, env, names) => {
    const r = run("main", [], { DATA_DIR: tempDataDir(), ...env });
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(new RegExp(`^error: .*${names}`));
  });

  it("is one line and exit code 2 when the Bot API cannot be reached", async () => {
    const port = await closedPort();
    const r = run("main", [], { DATA_DIR: tempDataDir(), TELEGRAM_BOT_TOKEN: "123456:ABC", TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(/^error: telegram: could not start: .*ECONNREFUSED/)]);
  });

  it("is one line and exit code 2 when PostgreSQL cannot be reached", async () => {
    const port = await closedPort();
    const r = run("main", [], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nothing` });
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(/^error: .*ECONNREFUSED/)]);
  });

  it("leaves the data folder free for the next start", () => {
    const dir = tempDataDir();
    run("main", [], { DATA_DIR: dir, TELEGRAM_WEBHOOK_PORT: "eighty" });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(run("cli", ["stats", "--json"], { DATA_DIR: dir }).code).toBe(0);
  });
});

describe("one process per embedded database", { timeout: SLOW }, () => {
  let holder: ChildProcessWithoutNullStreams | undefined;
  afterEach(() => {
    holder?.kill("SIGKILL");
    holder = undefined;
  });

  /** `npm start` in a terminal, holding DATA_DIR until its input ends. */
  async function startBot(dir: string) {
    const child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], { cwd: ROOT, env: { ...process.env, ...CLEAN, DATA_DIR: dir } });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.stderr.on("data", (d) => (out += String(d)));
    // started once its terminal greets (the lock is taken before the database opens)
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => out.includes("演练模式") && resolve());
      child.on("exit", (code) => reject(new Error(`the bot exited (${code}): ${out}`)));
    });
    return child;
  }

  it("refuses a second process with one line naming the holder and what to do instead, exit code 2", async () => {
    const dir = tempDataDir();
    holder = await startBot(dir);
    const r = run("cli", ["stats"], { DATA_DIR: dir });
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toContain(`in use by process ${holder.pid}`);
    expect(r.lines[0]).toMatch(/in a chat/);
    expect(r.lines[0]).toContain("DATABASE_URL");
    // the holder is unharmed: it still answers
    holder.stdin.write("培训要钱吗\n");
    holder.stdin.end();
    const code = await new Promise<number | null>((r) => holder!.on("exit", r));
    expect(code).toBe(0);
    holder = undefined;
    expect(run("cli", ["stats", "--json"], { DATA_DIR: dir }).code).toBe(0);
  });

  it("takes over the lock of a process that was killed", async () => {
    const dir = tempDataDir();
    const bot = new JsonlBot({ ...CLEAN, DATA_DIR: dir });
    await bot.say("a", "报名");
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(bot.child.pid);
    await bot.kill9();
    expect(run("cli", ["stats", "--json"], { DATA_DIR: dir }).code).toBe(0);
  });
});

describe("the .env file", { timeout: SLOW }, () => {
  it("is read at start, and a variable set in the environment wins over it", () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, ".env"), `DATA_DIR=${join(dir, "data")}\nTELEGRAM_WEBHOOK_PORT=eighty\n`);
    const bad = run("cli", ["stats"], {}, dir);
    expect(bad.code).toBe(2);
    expect(bad.lines).toEqual([expect.stringContaining("TELEGRAM_WEBHOOK_PORT")]);
    const good = run("cli", ["stats", "--json"], { TELEGRAM_WEBHOOK_PORT: "8150" }, dir);
    expect(good.code).toBe(0);
    // DATA_DIR came from the file
    expect(existsSync(join(dir, "data", "pglite"))).toBe(true);
  });

  it("can be named by ENV_FILE, and a missing one named so is an error", () => {
    const dir = tempDataDir();
    expect(run("cli", ["stats"], { ENV_FILE: join(dir, "nothing.env") }).lines).toEqual([expect.stringMatching(/^error: ENV_FILE: no file/)]);
  });
});

describe("cli prune", { timeout: SLOW }, () => {
  it("counts with --dry-run and prunes without it, on the embedded database", () => {
    const dir = tempDataDir();
    const dry = run("cli", ["prune", "--dry-run", "--json"], { DATA_DIR: dir });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({ dryRun: true, inbox: 0, outboxDeleted: 0, outboxEmptied: 0, conversations: 0 });
    const real = run("cli", ["prune"], { DATA_DIR: dir });
    expect(real.stdout).toMatch(/^pruned: 0 inbox ids, 0 delivered messages/);
  });
});
