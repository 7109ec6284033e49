import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SECRET = "faults_secret_0123456789";

/** One bot process (`src/main.ts`, webhook mode) that the suite kills with SIGKILL and starts again on its port. */
export class BotProcess {
  readonly url: string;
  private child?: ChildProcess;
  private stderr = "";
  starts = 0;
  /** Exits nobody asked for: a start while the database is down ends with one line and exit code 2, then its supervisor (here: this class, as systemd would) starts it again. */
  crashes = 0;
  private killing = false;
  private stopping = false;

  constructor(private readonly o: { port: number; databaseUrl: string; apiRoot: string; token: string; now: () => string; name: string }) {
    this.url = `http://127.0.0.1:${o.port}/telegram/hook`;
  }

  start(): void {
    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: this.o.databaseUrl, BOT_NOW: this.o.now(), BOT_NOW_SINCE: String(Date.now()), LOG_LEVEL: process.env.FAULTS_LOG_LEVEL ?? "error", CONSOLE: "false",
      TELEGRAM_BOT_TOKEN: this.o.token, TELEGRAM_API_ROOT: this.o.apiRoot, TELEGRAM_WEBHOOK_URL: this.url,
      TELEGRAM_WEBHOOK_PORT: String(this.o.port), TELEGRAM_WEBHOOK_HOST: "127.0.0.1", TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_RATE_GLOBAL_PER_SEC: "100000", TELEGRAM_RATE_CHAT_PER_SEC: "100000", TELEGRAM_RATE_GROUP_PER_MIN: "100000",
    };
    this.starts++;
    this.killing = false;
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: ROOT, env, stdio: ["ignore", process.env.FAULTS_LOG_LEVEL ? "inherit" : "ignore", "pipe"] });
    child.stderr!.on("data", (d: Buffer) => { this.stderr = (this.stderr + d.toString()).slice(-4000); if (process.env.FAULTS_LOG_LEVEL) process.stderr.write(d); });
    child.once("exit", () => {
      if (this.child === child) this.child = undefined;
      if (this.killing || this.stopping) return;
      this.crashes++;
      setTimeout(() => !this.stopping && !this.child && this.start(), 1000).unref();
    });
    this.child = child;
  }

  alive(): boolean {
    return this.child !== undefined;
  }

  /** kill -9: whatever it was doing stops mid-way. */
  async kill9(): Promise<void> {
    const c = this.child;
    if (!c) return;
    this.killing = true;
    const gone = new Promise((r) => c.once("exit", r));
    c.kill("SIGKILL");
    await gone;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const c = this.child;
    if (!c) return;
    this.killing = true;
    const gone = new Promise((r) => c.once("exit", r));
    c.kill("SIGTERM");
    const t = setTimeout(() => c.kill("SIGKILL"), 10_000);
    await gone;
    clearTimeout(t);
  }

  log(): string {
    return `${this.o.name}: ${this.stderr.trim().split("\n").slice(-5).join("\n  ")}`;
  }
}
