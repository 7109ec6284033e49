import { performance } from "node:perf_hooks";
import { loadProgramme } from "../src/programme/load.js";
import { answerQuestion } from "../src/answers/index.js";
import { CHATTER, QUESTIONS } from "../test/answers/questions.js";

function percentiles(times: number[]): { p50: number; p99: number } {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 1000) / 1000;
  return { p50: at(0.5), p99: at(0.99) };
}

/**
 * Times answerQuestion over the question table and the chatter after a warm-up round, in milliseconds.
 * p50/p99 are wall-clock (performance.now); cpuP50/cpuP99 count only this process's CPU time,
 * which a loaded machine's preemption does not inflate.
 */
export async function benchAnswers(rounds = 20): Promise<{ p50: number; p99: number; n: number; cpuP50: number; cpuP99: number }> {
  const programme = loadProgramme();
  const inputs = [...QUESTIONS.map((c) => ({ text: c.q, ctx: { programme, ...c.ctx } })), ...CHATTER.map((text) => ({ text, ctx: { programme } }))];
  for (const i of inputs) answerQuestion(i.text, i.ctx);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const i of inputs) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      answerQuestion(i.text, i.ctx);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const w = percentiles(wall);
  const c = percentiles(cpu);
  return { p50: w.p50, p99: w.p99, n: wall.length, cpuP50: c.p50, cpuP99: c.p99 };
}
