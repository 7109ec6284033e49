import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./jsonl.js";

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real CLI in a child process with these variables, and files written into its data folder for it to read. */
export function cliIn(dir: string, env: NodeJS.ProcessEnv) {
  const cli = async (...args: string[]): Promise<CliResult> => {
    try {
      const r = await run(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/index.ts"), ...args], { cwd: ROOT, env });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const x = e as CliResult;
      return { code: x.code, stdout: x.stdout, stderr: x.stderr };
    }
  };
  const file = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  return { cli, file };
}
