import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { answerQuestion } from "../../src/answers/index.js";
import { contextOf } from "./questions.js";
import { failure } from "./check.js";
import { PROBE12 } from "./probe12.js";

const programme = loadProgramme();

describe("probe12: a third set (chat habits, pinyin), written after probe11 was fixed", () => {
  it("answers every probe", () => {
    const failed = PROBE12.map((c) => ({ c, why: failure(c, answerQuestion(c.q, contextOf(c, programme))) })).filter((x) => x.why);
    expect(failed.map((x) => `${x.c.q}: ${x.why}`)).toEqual([]);
  });
});
