import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { contextOf } from "./questions.js";
import { failure } from "./check.js";
import { PROBE16 } from "./probe16.js";

const programme = loadProgramme();

describe("probe16: a seventh set typed carelessly, written after probe15 was fixed", () => {
  it("answers every probe", () => {
    const failed = PROBE16.map((c) => ({ c, why: failure(c, answerQuestion(c.q, contextOf(c, programme))) })).filter((x) => x.why);
    expect(failed.map((x) => `${x.c.q}: ${x.why}`)).toEqual([]);
  });
});
