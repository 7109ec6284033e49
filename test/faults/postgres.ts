import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

/**
 * A PostgreSQL server of the suite's own (initdb in a temporary folder, its own port): stopping it mid-load
 * disturbs nobody else's tests. As root, it runs as the `postgres` user, since the server refuses to run as root.
 */
export class PrivatePostgres {
  readonly url: string;
  private readonly dir: string;
  private readonly asUser: string[];

  constructor(readonly port: number) {
    this.dir = mkdtempSync(join(tmpdir(), "faults-pg-"));
    chmodSync(this.dir, 0o777);
    this.asUser = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
    this.url = `postgres://postgres@127.0.0.1:${port}/faults`;
  }

  private run(bin: string, args: string[], quiet = false): void {
    const [cmd, ...rest] = [...this.asUser, join(BIN, bin), ...args];
    const r = spawnSync(cmd!, rest, { stdio: quiet ? "ignore" : ["ignore", "ignore", "pipe"], encoding: "utf8" });
    if (r.status !== 0 && !quiet) throw new Error(`${bin} ${args.join(" ")} failed: ${r.stderr ?? r.error?.message ?? ""}`.trim());
  }

  /**
   * Like run, but without blocking the suite's event loop: the fake Telegram, the trainees and the bots' piped
   * stderr go on meanwhile (a server being stopped does not freeze the rest of the world).
   */
  private runAsync(bin: string, args: string[]): Promise<void> {
    const [cmd, ...rest] = [...this.asUser, join(BIN, bin), ...args];
    return new Promise((resolve, reject) => {
      const c = spawn(cmd!, rest, { stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      c.stderr!.on("data", (d: Buffer) => (err += d.toString()));
      c.once("error", reject);
      c.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(" ")} failed: ${err}`.trim()))));
    });
  }

  init(): void {
    if (!existsSync(join(BIN, "initdb"))) throw new Error(`no initdb in ${BIN} (set PG_BIN to PostgreSQL's bin folder)`);
    this.run("initdb", ["-D", join(this.dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
    this.start();
    this.run("createdb", ["-h", "127.0.0.1", "-p", String(this.port), "-U", "postgres", "faults"]);
  }

  /** Starts the server and waits until it accepts connections (durable commits, as in production). */
  start(): void {
    this.run("pg_ctl", this.startArgs());
  }

  private startArgs(): string[] {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c max_connections=100`;
    return ["-D", join(this.dir, "data"), "-o", opts, "-l", join(this.dir, "log"), "-w", "-t", "60", "start"];
  }

  /** start, during the load (see runAsync). */
  restart(): Promise<void> {
    return this.runAsync("pg_ctl", this.startArgs());
  }

  /** A fast shutdown, as an operator's restart: clients are cut off, committed work is kept (see runAsync). */
  stop(): Promise<void> {
    return this.runAsync("pg_ctl", ["-D", join(this.dir, "data"), "-m", "fast", "-w", "-t", "60", "stop"]);
  }

  destroy(): void {
    this.run("pg_ctl", ["-D", join(this.dir, "data"), "-m", "immediate", "-w", "-t", "30", "stop"], true);
    if (process.env.FAULTS_DEBUG && existsSync(join(this.dir, "log"))) copyFileSync(join(this.dir, "log"), join(tmpdir(), "faults-pg.log"));
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** One SQL statement's rows, tab-separated (psql). */
  query(q: string): string[][] {
    const out = execFileSync(join(BIN, "psql"), ["-XtA", "-F", "\t", "-h", "127.0.0.1", "-p", String(this.port), "-U", "postgres", "-d", "faults", "-c", q], { encoding: "utf8" });
    return out.split("\n").filter(Boolean).map((l) => l.split("\t"));
  }
}
