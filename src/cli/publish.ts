import type { Command } from "commander";
import { makeNow } from "../config.js";
import { ProgrammeSource } from "../programme/source.js";
import { openConfiguredStore } from "../store/db.js";
import { enqueue } from "../outbox/store.js";
import { publishSelection } from "../selection/publish.js";
import { anythingToSend, previewText, publishedText, registrationStillOpen } from "../selection/publishText.js";
import { audit } from "../coordinator/audit.js";
import { commandContext } from "./context.js";
import { UsageError } from "./errors.js";
import { ask } from "./ask.js";

export function registerPublish(program: Command) {
  program
    .command("publish")
    .option("--class <id>", "only this class, by id or name (default: every class)")
    .option("--yes", "publish without asking, once the preview is printed")
    .option("--force", "publish although registration is still open")
    .description("preview, then freeze the selection and queue the lists to the bound groups and the changed results to trainees")
    .action(async (opts: { class?: string; yes?: boolean; force?: boolean }) => {
      const { config, programme, classId } = commandContext(opts.class);
      const classIds = classId ? [classId] : programme.classes.map((c) => c.id);
      const store = await openConfiguredStore(config);
      const now = makeNow(config.clock)();
      try {
        // the offline time and place coordinators announced since the file was written
        const source = new ProgrammeSource({ db: store.db, base: programme });
        await source.refresh();
        const current = source.current();
        const open = registrationStillOpen(current, now, "请加 --force");
        if (open && !opts.force) throw new UsageError(open);
        const preview = await store.db.transaction((tx) => publishSelection(tx, { programme: current, classIds, actor: "cli", now, dryRun: true }));
        process.stdout.write(`发布预览（尚未发送）：\n${previewText(current, preview.classes)}\n`);
        if (!anythingToSend(preview.classes)) return;
        if (!opts.yes && !(await ask("发布以上名单？输入 yes 确认：", "not a terminal: add --yes to publish what the preview shows"))) {
          process.stdout.write("未发布。\n");
          return;
        }
        const r = await store.db.transaction(async (tx) => {
          const res = await publishSelection(tx, { programme: current, classIds, actor: "cli", now });
          // queued, not sent: the running bot's outbox poller delivers them at each channel's pace
          await enqueue(tx, res.items, undefined, now);
          await audit(tx, { actor: "cli", action: "publish", target: classIds.join(","), allowed: true, detail: { runs: res.classes.map((c) => ({ classId: c.classId, runId: c.runId, skipped: c.skipped ?? null })), force: Boolean(opts.force) }, at: now });
          return res;
        });
        process.stdout.write(`${publishedText(current, r.classes)}\n`);
        if (r.items.length) process.stdout.write("运行中的机器人（npm start）按各渠道的节奏发送这些消息。\n");
      } finally {
        await store.close();
      }
    });
}
