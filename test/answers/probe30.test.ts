import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { contextOf } from "./questions.js";
import { failure } from "./check.js";
import { PROBE30, PROBE30B } from "./probe30.js";

const programme = loadProgramme();

describe("probe30: a last short mixed set written after probe29", () => {
  it("answers every probe", () => {
    const failed = [...PROBE30, ...PROBE30B].map((c) => ({ c, why: failure(c, answerQuestion(c.q, contextOf(c, programme))) })).filter((x) => x.why);
    expect(failed.map((x) => `${x.c.q}: ${x.why}`)).toEqual([]);
  });
});
