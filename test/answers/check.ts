import type { Answer } from "../../src/answers/index.js";
import type { Case } from "./questions.js";

/** Why an answer fails its case, or undefined when it passes. */
export function failure(c: Case, a: Pick<Answer, "text" | "lang" | "unknown"> | null): string | undefined {
  if (!a) return "no answer";
  const missing = c.facts.filter((f) => !a.text.includes(f));
  if (missing.length) return `missing ${missing.join(", ")}`;
  if (c.en && a.lang !== "en") return "answered in Chinese";
  if (c.unknown !== undefined && Boolean(a.unknown) !== c.unknown) return c.unknown ? "not marked unknown" : "marked unknown";
  if (!c.unknown && a.unknown) return "marked unknown";
  return undefined;
}
