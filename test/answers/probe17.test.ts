import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { contextOf } from "./questions.js";
import { failure } from "./check.js";
import { PROBE17 } from "./probe17.js";

const programme = loadProgramme();

describe("probe17: an eighth set (own class, English at clock times, every category), written after probe16 was fixed", () => {
  it("answers every probe", () => {
    const failed = PROBE17.map((c) => ({ c, why: failure(c, answerQuestion(c.q, contextOf(c, programme))) })).filter((x) => x.why);
    expect(failed.map((x) => `${x.c.q}: ${x.why}`)).toEqual([]);
  });
});
