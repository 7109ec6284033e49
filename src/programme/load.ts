import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { programmeSchema, type Programme } from "./schema.js";

export const DEFAULT_PROGRAMME_FILE = fileURLToPath(new URL("./hubei-2022.json", import.meta.url));

export class ProgrammeError extends Error {}

/** Reads and checks a programme file; the message names the first bad field. */
export function loadProgramme(file: string = DEFAULT_PROGRAMME_FILE): Programme {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new ProgrammeError(`programme file ${file} cannot be read as JSON: ${(err as Error).message}`, { cause: err });
  }
  const parsed = programmeSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProgrammeError(`programme file ${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}
