import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { contextOf } from "./questions.js";
import { failure } from "./check.js";
import { PROBE19 } from "./probe19.js";

const programme = loadProgramme();

describe("probe19: a tenth set typed as in WeChat groups, written after probe18 was fixed", () => {
  it("answers every probe", () => {
    const failed = PROBE19.map((c) => ({ c, why: failure(c, answerQuestion(c.q, contextOf(c, programme))) })).filter((x) => x.why);
    expect(failed.map((x) => `${x.c.q}: ${x.why}`)).toEqual([]);
  });
});
