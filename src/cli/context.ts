import { loadConfig, type Config } from "../config.js";
import { loadProgramme } from "../programme/load.js";
import { classById } from "../programme/lookup.js";
import type { Programme } from "../programme/schema.js";
import { UsageError } from "./errors.js";

/** The configuration and the programme a command works with; a `--class` the programme lacks is a usage error. */
export function commandContext(classId?: string): { config: Config; programme: Programme } {
  const config = loadConfig();
  const programme = loadProgramme(config.PROGRAMME_FILE);
  if (classId && !classById(programme, classId)) {
    throw new UsageError(`--class: unknown class "${classId}"; expected one of ${programme.classes.map((c) => c.id).join(", ")}`);
  }
  return { config, programme };
}
