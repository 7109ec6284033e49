import { Command, CommanderError } from "commander";
import { ConfigError, loadDotEnv } from "../config.js";
import { DataDirLockedError } from "../store/dataLock.js";
import { safeError } from "../redact.js";
import { ProgrammeError } from "../programme/load.js";
import { registerChat } from "./chat.js";
import { registerExport } from "./export.js";
import { registerCoordinators } from "./coordinators.js";
import { registerImport } from "./import.js";
import { registerSelect } from "./select.js";
import { registerPublish } from "./publish.js";
import { registerStats } from "./stats.js";
import { registerAnnounce, registerBroadcast, registerReminders } from "./broadcast.js";
import { registerPrune } from "./prune.js";
import { UsageError } from "./errors.js";

const program = new Command("cli").description("Coordinator tools for the IP specialist training bot");
program.exitOverride();
program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
registerChat(program);
registerExport(program);
registerCoordinators(program);
registerImport(program);
registerSelect(program);
registerPublish(program);
registerStats(program);
registerBroadcast(program);
registerReminders(program);
registerAnnounce(program);
registerPrune(program);

try {
  loadDotEnv();
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
  if (e instanceof ConfigError || e instanceof ProgrammeError || e instanceof UsageError || e instanceof DataDirLockedError) {
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`error: ${safeError(e).replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(1);
}
