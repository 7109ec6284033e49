import { loadConfig, type Config } from "../config.js";
import { loadProgramme } from "../programme/load.js";
import type { Programme } from "../programme/schema.js";
import { findClassLoose } from "../coordinator/parse.js";
import { UsageError } from "./errors.js";

/**
 * The configuration and the programme a command works with, and the `--class` it names by id or by name
 * (wuhan, 武汉, 宜昌班); a class the programme lacks is a usage error.
 */
export function commandContext(classArg?: string): { config: Config; programme: Programme; classId?: string } {
  const config = loadConfig();
  const programme = loadProgramme(config.PROGRAMME_FILE);
  if (classArg === undefined) return { config, programme };
  const cls = findClassLoose(programme, classArg);
  if (!cls) {
    throw new UsageError(`--class: unknown class "${classArg}"; expected one of ${programme.classes.map((c) => `${c.id} (${c.name.zh})`).join(", ")}`);
  }
  return { config, programme, classId: cls.id };
}
