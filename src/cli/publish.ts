import type { Command } from "commander";
import { makeNow } from "../config.js";
import { ProgrammeSource } from "../programme/source.js";
import { openConfiguredStore } from "../store/db.js";
import { enqueue } from "../outbox/store.js";
import { publishSelection } from "../selection/publish.js";
import { audit } from "../coordinator/audit.js";
import { commandContext } from "./context.js";

export function registerPublish(program: Command) {
  program
    .command("publish")
    .option("--class <id>", "only this class (default: every class)")
    .description("freeze the selection and queue the lists to the bound groups and the outcome to each trainee")
    .action(async (opts: { class?: string }) => {
      const { config, programme } = commandContext(opts.class);
      const classIds = opts.class ? [opts.class] : programme.classes.map((c) => c.id);
      const store = await openConfiguredStore(config);
      const now = makeNow(config.clock)();
      try {
        // the offline time and place coordinators announced since the file was written
        const source = new ProgrammeSource({ db: store.db, base: programme });
        await source.refresh();
        const current = source.current();
        const r = await store.db.transaction(async (tx) => {
          const res = await publishSelection(tx, { programme: current, classIds, actor: "cli", now });
          // queued, not sent: the running bot's outbox poller delivers them at each channel's pace
          await enqueue(tx, res.items, undefined, now);
          await audit(tx, { actor: "cli", action: "publish", target: classIds.join(","), allowed: true, detail: { runs: res.classes }, at: now });
          return res;
        });
        for (const c of r.classes) {
          if (c.skipped) {
            process.stdout.write(`${c.classId}: nobody has the required hours yet (attendance imported?); not published\n`);
            continue;
          }
          const what = c.reused ? (c.groupMessages + c.privateMessages ? `unchanged, run ${c.runId} reused` : `unchanged since run ${c.runId}: already published, nothing queued`) : `run ${c.runId} frozen`;
          process.stdout.write(
            `${c.classId}: ${what}; ${c.selected} selected; ${c.groups} bound group(s), ${c.groupMessages} group message(s) and ${c.privateMessages} private message(s) queued; ${c.unreachable} trainee(s) cannot be told privately\n`,
          );
        }
        if (r.items.length) process.stdout.write("The running bot sends queued messages (npm start).\n");
      } finally {
        await store.close();
      }
    });
}
