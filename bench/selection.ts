import { performance } from "node:perf_hooks";
import { loadProgramme } from "../src/programme/load.js";
import { ruleOf, selectTrainees, type SelectionInput } from "../src/selection/rule.js";
import { median } from "./stats.js";

/** Deterministic pseudo-random trainees, spread over the programme's classes. */
export function syntheticTrainees(n: number, classIds: readonly string[]): SelectionInput[] {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const base = Date.parse("2022-05-18T00:00:00+08:00");
  return Array.from({ length: n }, (_, i) => ({
    registrationId: i + 1, classId: classIds[i % classIds.length]!, name: `学员${i}`, organization: `单位${i % 5000}`,
    mobile: String(13_000_000_000 + i), userKey: `console:${i}`, status: "submitted", qualityScore: Math.floor(rnd() * 31),
    consentPublish: rnd() < 0.5, submittedAtMs: base + Math.floor(rnd() * 18 * 86_400_000),
    seconds: Math.floor(rnd() * 30 * 3600), quizRatio: rnd() < 0.9 ? Math.round(rnd() * 100) / 100 : null,
  }));
}

/** The pure selection rule over 100,000 trainees: median and worst of several runs, in milliseconds. */
export async function benchSelection(o: { n?: number; runs?: number } = {}) {
  const n = o.n ?? 100_000;
  const p = loadProgramme();
  const rule = ruleOf(p);
  const inputs = syntheticTrainees(n, p.classes.map((c) => c.id));
  selectTrainees(inputs, rule);
  const times: number[] = [];
  let selected = 0;
  for (let i = 0; i < (o.runs ?? 7); i++) {
    const t0 = performance.now();
    const rows = selectTrainees(inputs, rule);
    times.push(performance.now() - t0);
    selected = rows.filter((r) => r.selected).length;
  }
  return { trainees: n, selected, medianMs: median(times), maxMs: Number(Math.max(...times).toFixed(2)) };
}
