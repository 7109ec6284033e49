import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { contextOf } from "./questions.js";
import { failure } from "./check.js";
import { PROBE14 } from "./probe14.js";

const programme = loadProgramme();

describe("probe14: a fifth set (outside and unstated in new words), written after probe13 was fixed", () => {
  it("answers every probe", () => {
    const failed = PROBE14.map((c) => ({ c, why: failure(c, answerQuestion(c.q, contextOf(c, programme))) })).filter((x) => x.why);
    expect(failed.map((x) => `${x.c.q}: ${x.why}`)).toEqual([]);
  });
});
