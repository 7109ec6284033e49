/**
 * `npm run test:faults`: kill -9 at random points under load, the database stopped and started mid-load, two
 * processes behind a deliverer that redelivers like Telegram (and sometimes twice at once). PostgreSQL only, on a
 * server of its own (initdb, a free port). Prints tried / lost / duplicated / stale; exits 1 on any loss or duplicate.
 *   npm run test:faults -- [--kills=10] [--outages=2] [--trainees=30] [--seconds=90]
 */
import { parseArgs } from "node:util";
import type { Update } from "node-telegram-bot-api";
import { FakeTelegram } from "../support/fakeTelegram.js";
import { freePort } from "../support/telegramApp.js";
import { PrivatePostgres } from "./postgres.js";
import { BotProcess, SECRET } from "./bots.js";
import { Inbox, judge, trainee, type Deliverer, type Tally } from "./trainees.js";

const { values: a } = parseArgs({
  options: { kills: { type: "string", default: "10" }, outages: { type: "string", default: "2" }, trainees: { type: "string", default: "30" }, seconds: { type: "string", default: "90" } },
});
const KILLS = Number(a.kills), OUTAGES = Number(a.outages), TRAINEES = Number(a.trainees), SECONDS = Number(a.seconds);
const OUTAGE_MS = 3000;
const REPLY_WAIT_MS = 45_000;
// the rehearsal clock, inside the registration window: one timeline for all processes, as real clocks would be (a
// restart at the very same instant, a clock that went backwards, is test/outbox/afterCrash.test.ts's business)
const ORIGIN = Date.parse("2022-05-20T09:00:00+08:00");
const suiteStart = Date.now();
const NOW = () => new Date(ORIGIN + (Date.now() - suiteStart)).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (s: string) => process.stderr.write(`[faults ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

async function post(url: string, u: Update): Promise<number> {
  try {
    const res = await fetch(url, {
      method: "POST", body: JSON.stringify(u), signal: AbortSignal.timeout(10_000),
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/**
 * Telegram behind a proxy in front of the two processes: the proxy picks one at random and, when it refuses the
 * connection, tries the other at once; when neither answers 200 (an error, a timeout) Telegram delivers the update
 * again with growing waits. One update in ten goes to both at once (a redelivery racing the first delivery).
 */
function redeliverer(bots: BotProcess[], stopAt: () => number): Deliverer {
  return {
    async deliver(u) {
      for (let attempt = 0; Date.now() < stopAt(); attempt++) {
        const first = Math.floor(Math.random() * bots.length);
        const order = [bots[first]!, bots[1 - first]!];
        if (Math.random() < 0.1) {
          if ((await Promise.all(order.map((b) => post(b.url, u)))).includes(200)) return true;
        } else {
          for (const b of order) {
            const status = await post(b.url, u);
            if (status === 200) return true;
            if (status !== 0) break; // it answered, with an error: Telegram's own redelivery
          }
        }
        await sleep(Math.min(2000, 100 * 2 ** attempt));
      }
      return false;
    },
  };
}

async function waitListening(bot: BotProcess, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if ((await post(bot.url.replace("/telegram/hook", "/nothing-here"), { update_id: 0 } as Update)) === 404) return;
    await sleep(100);
  }
  throw new Error(`bot did not start: ${bot.log()}`);
}

let cleanup = () => {};

async function main(): Promise<number> {
  const pg = new PrivatePostgres(await freePort());
  cleanup = () => pg.destroy();
  const fake = await FakeTelegram.start();
  const bots: BotProcess[] = [];
  const inbox = new Inbox(fake);
  const tally: Tally = { tried: 0, lost: 0, duplicated: 0, stale: 0, unaccepted: 0, registrations: 0, latencies: [], examples: [] };
  const sentAt = new Map<string, number[]>();
  let outagesDone = 0;
  let killsDone = 0;
  try {
    log(`a PostgreSQL of its own on port ${pg.port}`);
    pg.init();
    for (const name of ["a", "b"]) {
      bots.push(new BotProcess({ port: await freePort(), databaseUrl: pg.url, apiRoot: fake.url, token: fake.token, now: NOW, name }));
    }
    // the first start applies the migrations; the second joins
    bots[0]!.start();
    await waitListening(bots[0]!);
    bots[1]!.start();
    await waitListening(bots[1]!);
    log(`two bot processes up; ${TRAINEES} trainees for ${SECONDS} s, ${KILLS} kills, ${OUTAGES} outages of ${OUTAGE_MS / 1000} s`);

    const loadEnd = Date.now() + SECONDS * 1000;
    const via = redeliverer(process.env.FAULTS_ONE ? [bots[Number(process.env.FAULTS_ONE) - 1]!, bots[Number(process.env.FAULTS_ONE) - 1]!] : bots, () => loadEnd + REPLY_WAIT_MS);
    const load = Promise.all(Array.from({ length: TRAINEES }, (_, i) => trainee(i, { fake, inbox, via, until: () => Date.now() > loadEnd, replyWaitMs: REPLY_WAIT_MS, tally, sentAt })));

    // faults at random times over the first 80% of the load, outages spread between the kills
    const span = SECONDS * 800;
    const events = [
      ...Array.from({ length: KILLS }, () => ({ at: 3000 + Math.random() * (span - 3000), kind: "kill" as const })),
      ...Array.from({ length: OUTAGES }, (_, i) => ({ at: ((i + 1) * span) / (OUTAGES + 1), kind: "outage" as const })),
    ].sort((x, y) => x.at - y.at);
    const t0 = Date.now();
    for (const e of events) {
      await sleep(Math.max(0, t0 + e.at - Date.now()));
      if (e.kind === "kill") {
        // never both at once: one process always serves while the other restarts. A process counts as serving once
        // it answers HTTP again, not when it was merely started (a restart takes seconds under load): the victim's
        // peer must be listening first, so two kills in a row never leave the trainees with nobody at all
        const victim = bots[Math.floor(Math.random() * bots.length)]!;
        const other = bots.find((b) => b !== victim)!;
        await waitListening(other).catch((err: Error) => log(err.message));
        if (!victim.alive()) await waitListening(victim).catch((err: Error) => log(err.message));
        await victim.kill9();
        killsDone++;
        log(`kill -9 #${killsDone}`);
        victim.start();
        void waitListening(victim).catch((err: Error) => log(err.message));
      } else {
        await pg.stop();
        log(`database stopped (#${++outagesDone})`);
        await sleep(OUTAGE_MS);
        await pg.restart();
        log("database started");
      }
    }
    for (const b of bots) if (!b.alive()) b.start();
    await load;
    // replies still owed (a dead process's, after its lease) have time to arrive, and to arrive twice if they would
    await sleep(15_000);
    judge(inbox, sentAt, tally);
    const regs = Number(pg.query("select count(*) from registrations")[0]![0]);
    const crashes = bots.reduce((n, b) => n + b.crashes, 0);
    log(`outbox: ${pg.query("select status || ' ' || count(*) from outbox group by status order by 1").map((r) => r[0]).join(", ")}`);
    if (process.env.FAULTS_DEBUG) {
      for (const r of pg.query("select chat_id, id, status, claimed_by, left(payload->>'text', 20), not_before, created_at, error from outbox where status <> 'sent' order by chat_id, id limit 40")) log(r.join(" | "));
    }
    if (process.env.FAULTS_DEBUG) {
      // each chat with a problem: its rows as the outbox has them
      const chats = [...new Set(tally.examples.map((e) => /chat (\d+)/.exec(e)?.[1]).filter((c): c is string => c !== undefined))];
      for (const c of chats.slice(0, 8)) {
        for (const r of pg.query(`select id, status, attempts, written_by, tried_at, sent_at, claimed_at, left(payload->>'text', 16), error from outbox where chat_id = '${c}' order by id desc limit 6`)) log(`${c} ${r.join(" | ")}`);
        for (const r of pg.query(`select message_id, arrived_at, handled from inbox where user_key = 'telegram:${c}' order by arrived_at desc limit 3`)) log(`${c} in ${r.join(" | ")}`);
        const hms = (t: number) => new Date(t).toISOString().slice(11, 23);
        log(`${c} trainee wrote at ${(sentAt.get(c) ?? []).slice(-6).map(hms).join(", ")}`);
        log(`${c} chat got ${(inbox.byChat.get(c) ?? []).slice(-8).map((m) => `${hms(m.at)} ${m.text.slice(0, 8).replace(/\n/g, " ")}`).join(" / ")}`);
      }
    }
    if (process.env.FAULTS_DEBUG) {
      // rows a dead sender had on the wire, taken as sent: did the platform have them?
      const flat = (t: string) => t.replace(/\s+/g, " ").trim();
      for (const [chat, id, text, error] of pg.query("select chat_id, id, regexp_replace(payload->>'text', '\\s+', ' ', 'g'), error from outbox where status = 'unknown' and error like '%mid-send%' order by id")) {
        const got = (inbox.byChat.get(chat!) ?? []).some((m) => flat(m.text) === flat(text!) || flat(m.text).endsWith(`] ${flat(text!)}`));
        log(`unknown outcome, not sent again: chat ${chat} row ${id} ${got ? "had arrived" : "HAD NOT ARRIVED"} (${error})`);
      }
    }
    report({ ...tally }, { killsDone, outagesDone, regs, crashes });
    for (const b of bots) if (b.crashes) log(`unasked exits: ${b.log()}`);
    const ok = tally.lost === 0 && tally.duplicated === 0 && tally.stale === 0 && killsDone >= Math.min(KILLS, 10) && outagesDone >= Math.min(OUTAGES, 2) && regs === tally.registrations;
    return ok ? 0 : 1;
  } finally {
    inbox.close();
    await Promise.all(bots.map((b) => b.stop().catch(() => undefined)));
    await fake.close();
    pg.destroy();
  }
}

function quantiles(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `${q(0.5)} / ${q(0.99)} / ${s.at(-1) ?? 0}`;
}

function report(t: Tally, f: { killsDone: number; outagesDone: number; regs: number; crashes: number }): void {
  const rows: [string, string | number][] = [
    ["kills (kill -9)", f.killsDone], ["database outages", f.outagesDone], ["updates tried", t.tried], ["lost", t.lost],
    ["duplicated", t.duplicated], ["stale", t.stale], ["not accepted by the end", t.unaccepted],
    ["turn latency p50 / p99 / max (ms)", quantiles(t.latencies)],
    ["registrations (trainees / database)", `${t.registrations} / ${f.regs}`], ["unasked process exits", f.crashes],
  ];
  console.log("\n| fault suite | |\n| --- | --- |");
  for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  const worst = [...t.examples.filter((e) => !e.startsWith("lost")), ...t.examples.filter((e) => e.startsWith("lost"))];
  for (const e of worst.slice(0, 12)) console.log(`  ${e}`);
}

// a run that hangs is stopped: the suite always ends within its budget
const budget = setTimeout(() => {
  log("over its time budget: stopped");
  cleanup();
  process.exit(1);
}, (SECONDS + 300) * 1000);
budget.unref();
process.once("SIGINT", () => (cleanup(), process.exit(130)));
main().then(
  (code) => process.exit(code),
  (e: Error) => {
    log(`error: ${e.message}`);
    process.exit(2);
  },
);
