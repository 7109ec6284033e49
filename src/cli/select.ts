import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { openConfiguredStore } from "../store/db.js";
import { loadSelectionInputs } from "../selection/load.js";
import { ruleOf, selectTrainees } from "../selection/rule.js";
import { selectionJson, selectionTable, selectionXlsx } from "../selection/format.js";
import { exportFileName } from "../sheets/names.js";
import { makeNow } from "../config.js";
import { UsageError } from "./errors.js";
import { commandContext } from "./context.js";

const FORMATS = ["json", "table", "xlsx"] as const;

export function registerSelect(program: Command) {
  program
    .command("select")
    .option("--format <format>", "json, table or xlsx", "table")
    .option("--class <id>", "only this class (its id or name)")
    .option("--out <file>", "write to this file (xlsx: default 遴选名单_<班次>_<date>.xlsx here)")
    .description("compute the selection now (nothing is published): every registration with its points, rank and outcome")
    .action(async (opts: { format: string; class?: string; out?: string }) => {
      if (!FORMATS.includes(opts.format as never)) throw new UsageError(`--format: expected json, table or xlsx, got "${opts.format}"`);
      const { config, programme, classId } = commandContext(opts.class);
      const out = opts.out ?? (opts.format === "xlsx" ? exportFileName(programme, "遴选名单", classId, makeNow(config.clock)(), "xlsx") : undefined);
      const store = await openConfiguredStore(config);
      try {
        const rows = selectTrainees(await loadSelectionInputs(store.db, classId), ruleOf(programme));
        const bytes = opts.format === "json" ? selectionJson(programme, rows) : opts.format === "table" ? selectionTable(programme, rows) : await selectionXlsx(programme, rows, classId ? [classId] : undefined);
        if (out) {
          await writeFile(out, bytes);
          if (!opts.out) process.stdout.write(`${out}\n`);
        } else process.stdout.write(bytes);
      } finally {
        await store.close();
      }
    });
}
