import { performance } from "node:perf_hooks";
import { loadProgramme } from "../src/programme/load.js";
import { answerQuestion } from "../src/answers/index.js";
import { CHATTER, QUESTIONS, contextOf } from "../test/answers/questions.js";
import { HELDOUT5 } from "../test/answers/heldout5.js";

/**
 * Times answerQuestion over the question table, the fifth held-out batch and the chatter after a warm-up round;
 * wall-clock milliseconds per call. `best*` takes each input's fastest of the rounds: on a machine shared with
 * other work the plain p99 measures the scheduler as much as the code.
 */
export async function benchAnswers(rounds = 20): Promise<{ p50: number; p99: number; bestP50: number; bestP99: number; n: number }> {
  const programme = loadProgramme();
  const inputs = [...QUESTIONS, ...HELDOUT5].map((c) => ({ text: c.q, ctx: contextOf(c, programme) }));
  inputs.push(...CHATTER.map((text) => ({ text, ctx: { programme } })));
  for (const i of inputs) answerQuestion(i.text, i.ctx);
  const times: number[] = [];
  const best = inputs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    inputs.forEach((i, k) => {
      const t0 = performance.now();
      answerQuestion(i.text, i.ctx);
      const t = performance.now() - t0;
      times.push(t);
      best[k] = Math.min(best[k]!, t);
    });
  }
  const at = (xs: number[], q: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 1000) / 1000;
  };
  return { p50: at(times, 0.5), p99: at(times, 0.99), bestP50: at(best, 0.5), bestP99: at(best, 0.99), n: times.length };
}
