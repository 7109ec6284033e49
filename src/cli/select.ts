import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { openConfiguredStore } from "../store/db.js";
import { loadSelectionInputs } from "../selection/load.js";
import { ruleOf, selectTrainees } from "../selection/rule.js";
import { selectionJson, selectionTable, selectionXlsx } from "../selection/format.js";
import { UsageError } from "./errors.js";
import { commandContext } from "./context.js";

const FORMATS = ["json", "table", "xlsx"] as const;

export function registerSelect(program: Command) {
  program
    .command("select")
    .option("--format <format>", "json, table or xlsx", "table")
    .option("--class <id>", "only this class")
    .option("--out <file>", "write to this file instead of standard output")
    .description("compute the selection now (nothing is published): every registration with its points, rank and outcome")
    .action(async (opts: { format: string; class?: string; out?: string }) => {
      if (!FORMATS.includes(opts.format as never)) throw new UsageError(`--format: expected json, table or xlsx, got "${opts.format}"`);
      if (opts.format === "xlsx" && !opts.out) throw new UsageError("--out: required for xlsx (binary) output");
      const { config, programme } = commandContext(opts.class);
      const store = await openConfiguredStore(config);
      try {
        const rows = selectTrainees(await loadSelectionInputs(store.db, opts.class), ruleOf(programme));
        const out = opts.format === "json" ? selectionJson(rows) : opts.format === "table" ? selectionTable(rows) : await selectionXlsx(rows);
        if (opts.out) await writeFile(opts.out, out);
        else process.stdout.write(out);
      } finally {
        await store.close();
      }
    });
}
