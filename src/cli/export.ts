import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { openConfiguredStore } from "../store/db.js";
import { loadRoster } from "../store/roster.js";
import type { RosterRow } from "../domain/roster.js";
import type { Programme } from "../programme/schema.js";
import { writeCsv, writeJson, writeXlsx } from "../sheets/index.js";
import { rosterColumns, rosterSheets } from "../sheets/roster.js";
import { makeNow } from "../config.js";
import { UsageError } from "./errors.js";
import { commandContext } from "./context.js";
import { exportReceipts } from "./exportReceipts.js";
import { exportFileName } from "../sheets/names.js";

const FORMATS = ["json", "csv", "xlsx"] as const;

/** The roster in one format: XLSX a summary and a sheet per class, CSV the same columns in one table, JSON English keys. */
export async function rosterBytes(rows: RosterRow[], format: (typeof FORMATS)[number], programme: Programme, classIds?: readonly string[]): Promise<Uint8Array> {
  const columns = rosterColumns(programme);
  if (format === "json") return writeJson({ columns, rows });
  if (format === "csv") return writeCsv({ columns, rows, numbered: true });
  return writeXlsx(rosterSheets(programme, rows, classIds));
}

export function registerExport(program: Command) {
  program
    .command("export")
    .argument("<what>", "registrations, or receipts (the stamped scans as a ZIP)")
    .option("--format <format>", "json, csv or xlsx", "json")
    .option("--class <id>", "only this class (its id or name)")
    .option("--out <file>", "write to this file (xlsx: default 报名名单_<班次>_<date>.xlsx here)")
    .description("export the roster of registrations")
    .action(async (what: string, opts: { format: string; class?: string; out?: string }) => {
      if (what === "receipts") return exportReceipts(opts);
      if (what !== "registrations") throw new UsageError(`cannot export "${what}": expected registrations or receipts`);
      if (!FORMATS.includes(opts.format as never)) throw new UsageError(`--format: expected json, csv or xlsx, got "${opts.format}"`);
      const { config, programme, classId } = commandContext(opts.class);
      const now = makeNow(config.clock)();
      const out = opts.out ?? (opts.format === "xlsx" ? exportFileName(programme, "报名名单", classId, now, "xlsx") : undefined);
      const store = await openConfiguredStore(config);
      try {
        const bytes = await rosterBytes(await loadRoster(store.db, classId), opts.format as (typeof FORMATS)[number], programme, classId ? [classId] : undefined);
        if (out) {
          await writeFile(out, bytes);
          if (!opts.out) process.stdout.write(`${out}\n`);
        } else process.stdout.write(bytes);
      } finally {
        await store.close();
      }
    });
}
