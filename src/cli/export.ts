import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { openConfiguredStore } from "../store/db.js";
import { loadRoster } from "../store/roster.js";
import { displayCells, rosterColumns, rosterObject, type RosterRow } from "../domain/roster.js";
import type { Programme } from "../programme/schema.js";
import { UsageError } from "./errors.js";
import { commandContext } from "./context.js";
import { exportReceipts } from "./exportReceipts.js";

const FORMATS = ["json", "csv", "xlsx"] as const;

export async function rosterBytes(rows: RosterRow[], format: (typeof FORMATS)[number], programme: Programme): Promise<Uint8Array> {
  const pick = (r: RosterRow) => displayCells(r, programme);
  if (format === "json") {
    const objs = rows.map((r) => rosterObject(r, programme));
    return Buffer.from(`${JSON.stringify(objs, null, 2)}\n`);
  }
  if (format === "csv") {
    // the BOM lets Excel open UTF-8 Chinese text
    return Buffer.from(`\uFEFF${stringify([rosterColumns(programme).map((c) => c.label), ...rows.map(pick)])}`);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("报名名单");
  ws.addRow(rosterColumns(programme).map((c) => c.label));
  for (const r of rows) ws.addRow(pick(r));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function registerExport(program: Command) {
  program
    .command("export")
    .argument("<what>", "registrations, or receipts (the stamped scans as a ZIP)")
    .option("--format <format>", "json, csv or xlsx", "json")
    .option("--class <id>", "only this class")
    .option("--out <file>", "write to this file instead of standard output")
    .description("export the roster of registrations")
    .action(async (what: string, opts: { format: string; class?: string; out?: string }) => {
      if (what === "receipts") return exportReceipts(opts);
      if (what !== "registrations") throw new UsageError(`cannot export "${what}": expected registrations or receipts`);
      if (!FORMATS.includes(opts.format as never)) throw new UsageError(`--format: expected json, csv or xlsx, got "${opts.format}"`);
      const { config, programme } = commandContext(opts.class);
      if (opts.format === "xlsx" && !opts.out) throw new UsageError("--out: required for xlsx (binary) output");
      const store = await openConfiguredStore(config);
      try {
        const bytes = await rosterBytes(await loadRoster(store.db, opts.class), opts.format as (typeof FORMATS)[number], programme);
        if (opts.out) await writeFile(opts.out, bytes);
        else process.stdout.write(bytes);
      } finally {
        await store.close();
      }
    });
}
