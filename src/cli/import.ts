import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { makeNow } from "../config.js";
import { openConfiguredStore } from "../store/db.js";
import { IMPORT_KINDS, runImport, type ImportKind, type ImportReport } from "../imports/run.js";
import { TableError } from "../imports/read.js";
import { formatReading, type ImportReading } from "../imports/reading.js";
import type { Unit } from "../imports/duration.js";
import { commandContext } from "./context.js";
import { UsageError } from "./errors.js";

/** Below this many rows a bar only flickers. */
const BAR_FROM = 2000;
const NOTES_SHOWN = 30;
const UNITS: Record<string, Unit> = { seconds: "second", second: "second", s: "second", minutes: "minute", minute: "minute", min: "minute", hours: "hour", hour: "hour", h: "hour", milliseconds: "millisecond", ms: "millisecond" };

/** What was written; the reading (printed before) already listed the refused rows. */
export function formatReport(r: ImportReport): string {
  if (r.alreadyImported) return `${r.fileName}: already imported (same content); nothing changed.\n`;
  const done = r.dryRun ? "would be" : "";
  const head = r.kind === "registrations"
    ? `${r.fileName}: ${r.rows} rows; ${r.imported} new registrations, ${r.updated} updated, ${r.refused.length} refused.`
    : `${r.fileName}: ${r.rows} rows; ${r.imported} ${r.kind === "quiz" ? "results" : "sessions"} ${done ? `${done} ` : ""}imported, ${r.refused.length} refused.`;
  const lines = [head];
  for (const x of r.replaced) lines.push(`Replaced the earlier import of the same report: ${x.fileName} (${x.sessions} sessions removed).`);
  if (r.notes.length) {
    lines.push(`Notes (${r.notes.length}):`, ...r.notes.slice(0, NOTES_SHOWN).map((i) => `  line ${i.line}: ${i.reason}`));
    if (r.notes.length > NOTES_SHOWN) lines.push(`  … and ${r.notes.length - NOTES_SHOWN} more`);
  }
  if (r.dryRun) lines.push("Dry run: nothing was written.");
  return `${lines.join("\n")}\n`;
}

interface ImportOpts {
  max?: string;
  unit?: string;
  dryRun?: boolean;
}

export function registerImport(program: Command) {
  program
    .command("import")
    .argument("<kind>", "registrations, attendance or quiz")
    .argument("<file>", "CSV (UTF-8, with or without BOM; GBK also read) or XLSX")
    .option("--max <n>", "quiz: full marks (default 100)")
    .option("--unit <unit>", "attendance: the unit of durations written as plain numbers (seconds or minutes), when neither the header nor the values tell")
    .option("--dry-run", "print how the file is read (columns, rows accepted and refused) and write nothing")
    .description("import the questionnaire export, livestream attendance or quiz results; prints its reading first; a file is imported once, a corrected attendance report replaces the earlier one")
    .action(async (kind: string, file: string, opts: ImportOpts) => {
      if (!IMPORT_KINDS.includes(kind as ImportKind)) throw new UsageError(`cannot import "${kind}": expected registrations, attendance or quiz`);
      if (opts.max !== undefined && kind !== "quiz") throw new UsageError("--max: only for quiz imports");
      if (opts.unit !== undefined && kind !== "attendance") throw new UsageError("--unit: only for attendance imports");
      const unit = opts.unit === undefined ? undefined : UNITS[opts.unit.toLowerCase()];
      if (opts.unit !== undefined && !unit) throw new UsageError(`--unit: expected seconds, minutes or hours, got "${opts.unit}"`);
      const max = opts.max === undefined ? 100 : Number(opts.max);
      if (!Number.isFinite(max) || max <= 0) throw new UsageError(`--max: expected a positive number, got "${opts.max}"`);
      const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file}: ${e.code ?? e.message}`);
      });
      const { config, programme } = commandContext();
      const store = await openConfiguredStore(config);
      const bar = new cliProgress.SingleBar({ stream: process.stderr, format: "importing {bar} {value}/{total} rows" }, cliProgress.Presets.shades_classic);
      let started = false;
      let printed = false;
      const print = (r: ImportReading) => {
        printed = true;
        process.stdout.write(formatReading(r));
      };
      try {
        const report = await runImport(store.db, {
          kind: kind as ImportKind, bytes, fileName: basename(file), programme, now: makeNow(config.clock)(),
          actor: "cli", maxScore: max, unit, dryRun: opts.dryRun, onReading: print,
          progress: (done, total) => {
            if (total < BAR_FROM || opts.dryRun) return;
            if (!started) bar.start(total, 0);
            started = true;
            bar.update(done);
          },
        });
        if (started) bar.stop();
        if (!printed && !report.alreadyImported) print(report.reading);
        process.stdout.write(formatReport(report));
      } catch (e) {
        if (started) bar.stop();
        if (e instanceof TableError) throw new UsageError(`${file}: ${e.message}`);
        throw e;
      } finally {
        await store.close();
      }
    });
}
