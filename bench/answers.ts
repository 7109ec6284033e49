import { performance } from "node:perf_hooks";
import { loadProgramme } from "../src/programme/load.js";
import { answerQuestion } from "../src/answers/index.js";
import { CHATTER, QUESTIONS } from "../test/answers/questions.js";

/** Times answerQuestion over the question table and the chatter after a warm-up round; wall-clock milliseconds per call. */
export async function benchAnswers(rounds = 20): Promise<{ p50: number; p99: number; n: number }> {
  const programme = loadProgramme();
  const inputs = [...QUESTIONS.map((c) => ({ text: c.q, ctx: { programme, ...c.ctx } })), ...CHATTER.map((text) => ({ text, ctx: { programme } }))];
  for (const i of inputs) answerQuestion(i.text, i.ctx);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const i of inputs) {
      const t0 = performance.now();
      answerQuestion(i.text, i.ctx);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 1000) / 1000;
  return { p50: at(0.5), p99: at(0.99), n: times.length };
}
