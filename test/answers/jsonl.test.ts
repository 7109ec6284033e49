import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHATTER, QUESTIONS } from "./questions.js";
import { failure } from "./check.js";

const ROOT = join(import.meta.dirname, "..", "..");

interface Out {
  to?: string;
  group?: string;
  text?: string;
  handled?: number;
  error?: string;
}

/** Feeds every line to one `chat --jsonl` child process and groups its output by the input line it answers. */
async function runJsonl(lines: object[]): Promise<Out[][]> {
  const dir = mkdtempSync(join(tmpdir(), "answers-jsonl-"));
  try {
    const child = spawn("npx", ["tsx", "src/cli/index.ts", "chat", "--jsonl"], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: "warn", DATABASE_URL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((r) => child.on("close", r));
    child.stdin.end(lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const code = await exited;
    expect(code, stderr).toBe(0);
    const byLine: Out[][] = lines.map(() => []);
    let current: Out[] = [];
    for (const raw of stdout.split("\n").filter(Boolean)) {
      const o = JSON.parse(raw) as Out;
      if (o.handled !== undefined) {
        byLine[o.handled - 1] = current;
        current = [];
      } else current.push(o);
    }
    return byLine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("answers through the JSONL chat channel", () => {
  it("answers the table's questions in private chats with the same facts, and keeps quiet on group chatter", { timeout: 600_000 }, async () => {
    // the context-dependent cases need a registration behind them, which a fresh user does not have
    const cases = QUESTIONS.filter((c) => !c.ctx);
    const lines: object[] = [
      ...cases.map((c, i) => ({ user: `q${i}`, text: c.q })),
      ...CHATTER.map((text, i) => ({ user: `c${i}`, group: "g1", text, mentioned: false })),
      { user: "p1", group: "g1", text: "我的报名状态怎么样？", mentioned: false },
    ];
    const out = await runJsonl(lines);
    expect(out.filter((o) => o.some((x) => x.error))).toEqual([]);

    const failed: string[] = [];
    cases.forEach((c, i) => {
      const text = out[i]!.filter((o) => o.to === `q${i}`).map((o) => o.text ?? "").join("\n");
      const why = failure(c, text ? { text, lang: c.en ? "en" : "zh", unknown: c.unknown } : null);
      if (why) failed.push(`${c.q}: ${why}`);
    });
    console.log(`answers via jsonl: ${cases.length - failed.length}/${cases.length} passed`);
    if (failed.length) console.log(failed.join("\n"));
    expect((cases.length - failed.length) / cases.length).toBeGreaterThanOrEqual(0.95);

    CHATTER.forEach((t, i) => expect(out[cases.length + i]!.filter((o) => o.group === "g1"), t).toEqual([]));
    const personal = out[cases.length + CHATTER.length]!;
    const groupReply = personal.filter((o) => o.group === "g1").map((o) => o.text).join("");
    expect(groupReply).toMatch(/私聊/);
    expect(groupReply).not.toMatch(/\d{5,}|@/);
    expect(personal.some((o) => o.to === "p1")).toBe(true);
  });
});
