import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { contextOf } from "./questions.js";
import { failure } from "./check.js";
import { PROBE28 } from "./probe28.js";

const programme = loadProgramme();

describe("probe28: a mixed set written after probe27", () => {
  it("answers every probe", () => {
    const failed = PROBE28.map((c) => ({ c, why: failure(c, answerQuestion(c.q, contextOf(c, programme))) })).filter((x) => x.why);
    expect(failed.map((x) => `${x.c.q}: ${x.why}`)).toEqual([]);
  });
});
