import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

export const ROOT = join(import.meta.dirname, "..", "..");
/** Inside the 2022 registration window. */
export const IN_WINDOW = "2022-05-20T10:00:00+08:00";

export interface Out {
  to?: string;
  group?: string;
  text?: string;
  options?: string[];
  file?: string;
  handled?: number;
  error?: string;
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), "ipbot-"));

/** The bot's JSONL chat in a child process, driven one line at a time. */
export class JsonlBot {
  readonly child: ChildProcessWithoutNullStreams;
  private lineNo = 0;
  private readonly pending: Out[] = [];
  private waiters: (() => void)[] = [];
  stderr = "";
  readonly exited: Promise<number | null>;

  constructor(env: Record<string, string | undefined>, args: string[] = []) {
    this.child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/index.ts"), "chat", "--jsonl", ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn", BOT_NOW: IN_WINDOW, ...env },
    });
    this.child.stderr.on("data", (d) => (this.stderr += String(d)));
    createInterface({ input: this.child.stdout }).on("line", (l) => {
      this.pending.push(JSON.parse(l) as Out);
      for (const w of this.waiters.splice(0)) w();
    });
    this.exited = new Promise((r) => this.child.on("exit", (code) => r(code)));
  }

  /** Sends one input line and returns everything written until it is handled. */
  async send(obj: object | string): Promise<Out[]> {
    const n = ++this.lineNo;
    this.child.stdin.write(`${typeof obj === "string" ? obj : JSON.stringify(obj)}\n`);
    const out: Out[] = [];
    for (;;) {
      const next = this.pending.shift();
      if (next) {
        if (next.handled === n) return out;
        out.push(next);
        continue;
      }
      const gone = await Promise.race([new Promise<boolean>((r) => this.waiters.push(() => r(false))), this.exited.then(() => true)]);
      if (gone && !this.pending.length) throw new Error(`bot exited before line ${n} was handled: ${this.stderr}`);
    }
  }

  /** Text of the replies to one line, joined. */
  async say(user: string, text: string): Promise<string> {
    return (await this.send({ user, text })).map((o) => o.text ?? o.error ?? "").join("\n");
  }

  async end(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }

  kill9(): Promise<number | null> {
    this.child.kill("SIGKILL");
    return this.exited;
  }
}

/** A valid set of answers, in the order the form asks. */
export const GOOD_ANSWERS: [string, string][] = [
  ["consent", "同意"],
  ["publish", "同意"],
  ["organization", "湖北某某科技有限公司"],
  ["creditCode", "91420100MA4KL1234M"],
  ["city", "荆门"],
  ["classId", "1"],
  ["name", "张明"],
  ["gender", "男"],
  ["department", "知识产权部"],
  ["title", "知识产权专员"],
  ["email", "zm@example.com"],
  ["qq", "12345678"],
  ["officePhone", "0724-2345678"],
  ["mobile", "13800138000"],
  ["address", "湖北省荆门市东宝区某某路1号"],
  ["remarks", "跳过"],
  ["enterpriseType", "2"],
  ["industry", "装备制造"],
  ["patentCount", "12"],
  ["ipYears", "2"],
  ["role", "专职"],
  ["interests", "1,4,8"],
  ["needs", "公司现有发明专利12件，正在筹建知识产权部，希望系统学习专利挖掘与布局、检索分析和维权应对，提升高价值专利培育能力。"],
];
