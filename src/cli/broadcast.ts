import { userInfo } from "node:os";
import { Option, type Command } from "commander";
import { loadConfig, makeNow, type Config } from "../config.js";
import { loadProgramme } from "../programme/load.js";
import { ProgrammeSource } from "../programme/source.js";
import { openConfiguredStore, type Store } from "../store/db.js";
import { audienceKey, describeAudience, parseAudience, type BroadcastKind } from "../broadcast/audience.js";
import { confirmBroadcast, draftBroadcast } from "../broadcast/create.js";
import { previewText } from "../broadcast/preview.js";
import { failuresOf, progressOf, progressText, reportText } from "../broadcast/progress.js";
import { watchBroadcast } from "../broadcast/watch.js";
import { finishBroadcasts } from "../broadcast/finish.js";
import { runDueReminders } from "../reminders/run.js";
import { announceOffline } from "../reminders/announce.js";
import { UsageError } from "./errors.js";
import { ask } from "./ask.js";
import { commandContext } from "./context.js";
import { parseOfflineArgs } from "../coordinator/announceArgs.js";

const actor = () => `cli:${userInfo().username}`;

/** The store, the clock and the programme as the running bot sees it (file plus announced changes). */
async function open(): Promise<{ config: Config; store: Store; now: () => Date; source: ProgrammeSource }> {
  const config = loadConfig();
  const base = loadProgramme(config.PROGRAMME_FILE);
  const store = await openConfiguredStore(config);
  const source = new ProgrammeSource({ db: store.db, base });
  await source.refresh();
  return { config, store, now: makeNow(config.clock), source };
}

async function waitAndReport(store: Store, id: number, now: () => Date): Promise<void> {
  if (store.kind === "pglite") {
    process.stdout.write("PGlite: the bot sends it when it runs (npm start); only PostgreSQL lets this command watch a running bot.\n");
    return;
  }
  await watchBroadcast(store.db, id, { now });
  await finishBroadcasts(store.db, now());
  process.stdout.write(`${reportText((await progressOf(store.db, id))!, await failuresOf(store.db, id))}\n`);
}

export function registerBroadcast(program: Command) {
  const cmd = program
    .command("broadcast")
    .description("send a message to an audience: shows the count and a preview, and asks before sending")
    .option("--audience <who>", "all | class:<id> | registered | started | selected | not-selected | group:<channel>:<chatId> (the first five take :<class>)")
    .option("--text <text>", "the message")
    .addOption(new Option("--kind <kind>", "notice (always sent) or news (not to those who opted out)").choices(["notice", "news"]).default("notice"))
    .option("--yes", "send without asking")
    .option("--wait", "show progress until it is sent, then the report")
    .action(async (opts: { audience?: string; text?: string; kind: BroadcastKind; yes?: boolean; wait?: boolean }) => {
      if (!opts.audience || !opts.text?.trim()) throw new UsageError("--audience and --text are required");
      const { store, now, source } = await open();
      try {
        const programme = source.current();
        const audience = parseAudience(opts.audience, programme);
        if (!audience.ok) throw new UsageError(`--audience: ${audience.error}`);
        const request = { actor: actor(), audience: audience.value, kind: opts.kind, text: opts.text.trim(), now: now(), programme, coordinatorClass: null };
        const draft = await store.db.transaction((tx) => draftBroadcast(tx, request));
        if (!draft.ok) throw new UsageError(draft.error);
        const id = draft.value.id;
        process.stdout.write(`${previewText({ ...request, id, resolved: draft.value.resolved, audienceText: describeAudience(audience.value, programme) }, false)}\n`);
        if (!opts.yes && !(await ask(`发送给 ${draft.value.resolved.recipients.length} 人？输入 yes 确认：`, "not a terminal: add --yes to send without asking"))) {
          process.stdout.write(`未发送（草稿 #${id} 保留1小时，可再用 --yes 重新发起）。\n`);
          return;
        }
        const sent = await store.db.transaction((tx) => confirmBroadcast(tx, id, request.actor, now(), programme, null));
        if (!sent.ok) throw new UsageError(sent.error);
        process.stdout.write(`broadcast #${id} (${audienceKey(audience.value)}): ${sent.value.total} queued; the running bot sends them at each channel's pace.\n`);
        if (opts.wait) await waitAndReport(store, id, now);
      } finally {
        await store.close();
      }
    });

  cmd
    .command("status")
    .argument("<id>", "the broadcast's number")
    .option("--watch", "show progress until it is sent, then the report")
    .description("how far a broadcast has got")
    .action(async (idText: string, opts: { watch?: boolean }) => {
      const id = Number(idText.replace(/^#/, ""));
      if (!Number.isInteger(id)) throw new UsageError(`<id>: expected a number, got "${idText}"`);
      const { store, now } = await open();
      try {
        const p = await progressOf(store.db, id);
        if (!p) throw new UsageError(`no broadcast #${id}`);
        if (opts.watch && p.confirmedAt) await waitAndReport(store, id, now);
        else process.stdout.write(`${progressText(p, now(), "cli")}\n`);
      } finally {
        await store.close();
      }
    });
}

export function registerReminders(program: Command) {
  program
    .command("reminders")
    .argument("<what>", "run")
    .description("fire the reminders that are due now (each goes once, whoever fires it) and report finished broadcasts")
    .action(async (what: string) => {
      if (what !== "run") throw new UsageError(`reminders ${what}: expected "run"`);
      const { store, now, source } = await open();
      try {
        const fired = await runDueReminders(store.db, source.current(), now());
        for (const f of fired) process.stdout.write(`${f.key}: ${f.broadcastId ? `broadcast #${f.broadcastId}, ${f.total} queued` : `nobody to tell (${f.note})`}\n`);
        if (!fired.length) process.stdout.write("no reminder due now that has not gone already\n");
        for (const f of await finishBroadcasts(store.db, now())) process.stdout.write(`${f.report}\n`);
      } finally {
        await store.close();
      }
    });
}

export function registerAnnounce(program: Command) {
  program
    .command("announce")
    .argument("<what>", "offline")
    .argument("<date>", "the first day: 2022-07-05, 2022/07/05, 7月5日, 7.5 (then 上午/下午 if you like)")
    .argument("<place...>", "where")
    .option("--class <id>", "only this class, by id or name (default: every class)")
    .description("announce the offline training's date and place: the bot answers with it, and selected trainees are told")
    .action(async (what: string, date: string, place: string[], opts: { class?: string }) => {
      if (what !== "offline") throw new UsageError(`announce ${what}: expected "offline"`);
      const { classId } = commandContext(opts.class);
      const { store, now, source } = await open();
      try {
        const at = now();
        const args = parseOfflineArgs(`${date} ${place.join(" ")}`, source.current());
        if (!args.ok) throw new UsageError(args.error);
        const { startDate, place: where } = args.value;
        const r = await store.db.transaction((tx) =>
          announceOffline(tx, { actor: actor(), coordinatorClass: null, classId: classId ?? null, startDate, place: where, now: at, programme: source.current() }));
        if (!r.ok) throw new UsageError(r.error);
        const f = r.value.fired;
        process.stdout.write(`programme update #${r.value.updateId}: offline from ${startDate}, ${where}; ${f?.broadcastId ? `broadcast #${f.broadcastId} to ${f.total} selected trainee(s)` : `nobody told (${f?.note ?? "no selected trainee"})`}\n`);
      } finally {
        await store.close();
      }
    });
}
