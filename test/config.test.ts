import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { loadConfig, makeNow, REHEARSAL_NOW } from "../src/config.js";
import { ROOT } from "./support/jsonl.js";

describe("configuration", () => {
  it("with nothing set is a rehearsal on PGlite under ./data, inside the registration window", () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.dataDir).toBe(join(process.cwd(), "data"));
    expect(c.clock).toEqual({ kind: "offset", at: new Date(REHEARSAL_NOW), rehearsal: true });
    expect(c.channels).toEqual({ telegram: false, wechat: false, console: true });
  });

  it("uses the real clock once deployed, and BOT_NOW when given", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://x@localhost/db" }).clock).toEqual({ kind: "real" });
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "123:abc" }).clock).toEqual({ kind: "real" });
    expect(loadConfig({ BOT_NOW: "2022-06-01T00:00:00+08:00" }).clock).toMatchObject({ kind: "offset", rehearsal: false });
    expect(loadConfig({ BOT_NOW: "real" }).clock).toEqual({ kind: "real" });
  });

  it("treats empty strings as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", BOT_NOW: " " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: expected a postgres:// URL"],
    [{ BOT_NOW: "tomorrow" }, "BOT_NOW: expected an ISO timestamp"],
    [{ TELEGRAM_WEBHOOK_PORT: "http" }, "TELEGRAM_WEBHOOK_PORT: expected a number"],
    [{ TELEGRAM_BOT_TOKEN: "x", }, "TELEGRAM_BOT_TOKEN: expected a bot token"],
    [{ TELEGRAM_BOT_TOKEN: "1:a", TELEGRAM_WEBHOOK_URL: "https://bot.example/hook" }, "TELEGRAM_WEBHOOK_SECRET: required"],
    [{ CONSOLE: "maybe" }, "CONSOLE: expected true or false"],
  ])("refuses %o with one line naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("an offset clock runs on from its start", () => {
    let real = 1_000;
    const now = makeNow({ kind: "offset", at: new Date("2022-05-20T01:00:00Z"), rehearsal: true }, () => real);
    real += 60_000;
    expect(now().toISOString()).toBe("2022-05-20T01:01:00.000Z");
  });

  it("processes started apart share one timeline when BOT_NOW_SINCE says when BOT_NOW held", () => {
    let real = 1_000;
    const clock = loadConfig({ BOT_NOW: "2022-05-20T01:00:00Z", BOT_NOW_SINCE: "1000" }).clock;
    real += 5_000; // this process read its configuration five seconds later
    expect(makeNow(clock, () => real)().toISOString()).toBe("2022-05-20T01:00:05.000Z");
  });

  it("the bot exits with code 2 and one line on a bad variable", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "src/main.ts")], {
        cwd: ROOT, env: { ...process.env, BOT_NOW: "soon" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("BOT_NOW");
  });
});
