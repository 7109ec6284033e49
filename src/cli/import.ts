import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import cliProgress from "cli-progress";
import { loadConfig, makeNow } from "../config.js";
import { loadProgramme } from "../programme/load.js";
import { openConfiguredStore } from "../store/db.js";
import { IMPORT_KINDS, runImport, type ImportKind, type ImportReport } from "../imports/run.js";
import { TableError } from "../imports/read.js";
import { UsageError } from "./errors.js";

/** Below this many rows a bar only flickers. */
const BAR_FROM = 2000;
const NOTES_SHOWN = 30;

export function formatReport(r: ImportReport): string {
  if (r.alreadyImported) return `${r.fileName}: already imported (same content); nothing changed.\n`;
  const head = r.kind === "registrations"
    ? `${r.fileName}: ${r.rows} rows; ${r.imported} new registrations, ${r.updated} updated, ${r.refused.length} refused.`
    : `${r.fileName}: ${r.rows} rows; ${r.imported} ${r.kind === "quiz" ? "results" : "sessions"} imported, ${r.refused.length} refused.`;
  const lines = [head];
  if (r.refused.length) lines.push("Refused rows:", ...r.refused.map((i) => `  line ${i.line}: ${i.reason}`));
  if (r.notes.length) {
    lines.push(`Notes (${r.notes.length}):`, ...r.notes.slice(0, NOTES_SHOWN).map((i) => `  line ${i.line}: ${i.reason}`));
    if (r.notes.length > NOTES_SHOWN) lines.push(`  … and ${r.notes.length - NOTES_SHOWN} more`);
  }
  return `${lines.join("\n")}\n`;
}

export function registerImport(program: Command) {
  program
    .command("import")
    .argument("<kind>", "registrations, attendance or quiz")
    .argument("<file>", "CSV (UTF-8, with or without BOM; GBK also read) or XLSX")
    .option("--max <n>", "quiz: full marks (default 100)")
    .description("import the questionnaire export, livestream attendance or quiz results; a file is imported once")
    .action(async (kind: string, file: string, opts: { max?: string }) => {
      if (!IMPORT_KINDS.includes(kind as ImportKind)) throw new UsageError(`cannot import "${kind}": expected registrations, attendance or quiz`);
      if (opts.max !== undefined && kind !== "quiz") throw new UsageError("--max: only for quiz imports");
      const max = opts.max === undefined ? 100 : Number(opts.max);
      if (!Number.isFinite(max) || max <= 0) throw new UsageError(`--max: expected a positive number, got "${opts.max}"`);
      const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${file}: ${e.code ?? e.message}`);
      });
      const config = loadConfig();
      const programme = loadProgramme(config.PROGRAMME_FILE);
      const store = await openConfiguredStore(config);
      const bar = new cliProgress.SingleBar({ stream: process.stderr, format: "importing {bar} {value}/{total} rows" }, cliProgress.Presets.shades_classic);
      let started = false;
      try {
        const report = await runImport(store.db, {
          kind: kind as ImportKind, bytes: new Uint8Array(bytes), fileName: basename(file), programme, now: makeNow(config.clock)(),
          actor: "cli", maxScore: max,
          progress: (done, total) => {
            if (total < BAR_FROM) return;
            if (!started) bar.start(total, 0);
            started = true;
            bar.update(done);
          },
        });
        if (started) bar.stop();
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
