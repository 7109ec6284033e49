import type { Answer } from "../../src/answers/index.js";
import type { Case } from "./questions.js";

/** Why an answer fails its case, or undefined when it passes. */
export function failure(c: Case, a: Pick<Answer, "text" | "lang" | "unknown" | "outside"> | null): string | undefined {
  if (!a) return "no answer";
  if (c.outside !== undefined && Boolean(a.outside) !== c.outside) return c.outside ? "not declined as outside" : "declined as outside";
  if (!c.outside && a.outside) return "declined as outside";
  const extra = (c.absent ?? []).filter((f) => a.text.includes(f));
  if (extra.length) return `also names ${extra.join(", ")}`;
  const missing = c.facts.filter((f) => !a.text.includes(f));
  if (missing.length) return `missing ${missing.join(", ")}`;
  if (c.en && a.lang !== "en") return "answered in Chinese";
  if (c.unknown !== undefined && Boolean(a.unknown) !== c.unknown) return c.unknown ? "not marked unknown" : "marked unknown";
  if (!c.unknown && a.unknown) return "marked unknown";
  return undefined;
}
