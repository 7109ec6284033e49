import { createInterface } from "node:readline/promises";
import { UsageError } from "./errors.js";

/** A yes/no asked on the terminal; without one, the usage error says which flag answers it instead. */
export async function ask(question: string, withoutTerminal: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new UsageError(withoutTerminal);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes|是|确认)$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
