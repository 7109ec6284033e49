/**
 * Logs carry ids, never the values of personal fields (PIPL). A database error is the usual leak: drizzle's
 * "Failed query: … params: <every value of the row>", PostgreSQL's "invalid input syntax: "<value>"". These turn
 * such text into its safe part; `redactValue` does it to every string of a log line, at any depth.
 */
const PARAMS = /\n?params:[\s\S]*$/;
const QUOTED_VALUE = /(:\s*)"[^"]*"/g;
const KEY_VALUE = /(Key \([^)]*\))=\([^)]*\)/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

export function redactText(s: string): string {
  return s.replace(PARAMS, " params: [redacted]").replace(KEY_VALUE, "$1=(…)").replace(QUOTED_VALUE, '$1"…"').replace(MOBILE, "1**********").replace(EMAIL, "***@***");
}

/** An error as a log may show it: its message (and its causes') without values. */
export function safeError(e: unknown): string {
  const parts: string[] = [];
  for (let c: unknown = e, i = 0; c && i < 5; c = (c as { cause?: unknown }).cause, i++) {
    const code = typeof (c as { code?: unknown }).code === "string" ? ` [${(c as { code: string }).code}]` : "";
    const text = c instanceof Error ? c.message : String(c);
    // a wrapper often repeats its cause's message
    if (!parts.some((p) => p.includes(text))) parts.push(`${text}${code}`);
    if (!(c instanceof Error)) break;
  }
  return redactText(parts.join(" <- "));
}

export function redactValue(v: unknown, depth = 0): unknown {
  if (typeof v === "string") return redactText(v);
  if (v instanceof Error) return safeError(v);
  if (!v || typeof v !== "object" || depth > 6) return v;
  if (Array.isArray(v)) return v.map((x) => redactValue(x, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactValue(x, depth + 1)]));
}
