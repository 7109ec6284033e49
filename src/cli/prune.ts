import type { Command } from "commander";
import { makeNow } from "../config.js";
import { openConfiguredStore } from "../store/db.js";
import { prune } from "../store/retention.js";
import { retentionFromConfig } from "../retention/worker.js";
import { commandContext } from "./context.js";

export function registerPrune(program: Command) {
  program
    .command("prune")
    .option("--dry-run", "count what would go, change nothing")
    .option("--json", "as JSON")
    .description("delete what is kept no longer than RETENTION_*: old inbox ids, delivered messages, unconsented conversations")
    .action(async (opts: { dryRun?: boolean; json?: boolean }) => {
      const { config } = commandContext();
      const store = await openConfiguredStore(config);
      try {
        const r = await prune(store.db, makeNow(config.clock)(), retentionFromConfig(config), Boolean(opts.dryRun));
        const verb = opts.dryRun ? "would go" : "pruned";
        const text = `${verb}: ${r.inbox} inbox ids, ${r.outboxDeleted} delivered messages (${r.outboxEmptied} more kept without their text), ${r.conversations} unconsented conversations`;
        process.stdout.write(opts.json ? `${JSON.stringify({ dryRun: Boolean(opts.dryRun), ...r })}\n` : `${text}\n`);
      } finally {
        await store.close();
      }
    });
}
