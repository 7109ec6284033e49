import type { Command } from "commander";
import { openConfiguredStore } from "../store/db.js";
import { classStats, statsText } from "../coordinator/stats.js";
import { commandContext } from "./context.js";

export function registerStats(program: Command) {
  program
    .command("stats")
    .option("--class <id>", "only this class")
    .option("--json", "as JSON")
    .description("registrations per class, receipts received, eligible and selected")
    .action(async (opts: { class?: string; json?: boolean }) => {
      const { config, programme, classId } = commandContext(opts.class);
      const store = await openConfiguredStore(config);
      try {
        const stats = await classStats(store.db, programme, classId ? [classId] : programme.classes.map((c) => c.id));
        process.stdout.write(opts.json ? `${JSON.stringify(stats, null, 2)}\n` : `${statsText(programme, stats)}\n`);
      } finally {
        await store.close();
      }
    });
}
