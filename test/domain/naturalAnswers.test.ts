import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { parseAnswer } from "../../src/domain/questionnaire/answer.js";
import { questionByKey } from "../../src/domain/questionnaire/questions.js";
import type { AnswerResult } from "../../src/domain/questionnaire/result.js";
import { readChatAnswer } from "../../src/conversation/chatAnswer.js";
import { NATURAL_CASES, type NaturalCase } from "./naturalAnswers.js";

const p = loadProgramme();

function read(c: NaturalCase): AnswerResult {
  const q = questionByKey(p, c.q)!;
  const answers = { ...(c.before ?? {}) };
  return c.mode === "import" ? parseAnswer(q, c.text, { programme: p, answers }) : readChatAnswer(q, c.text, p, answers);
}

/** The result in the table's notation. */
function notation(r: AnswerResult): string {
  switch (r.type) {
    case "value":
      return Array.isArray(r.value) ? `=[${r.value.join(",")}]` : `=${r.value}`;
    case "skip":
      return "skip";
    case "error":
      return "refuse";
    case "ask":
      return `?${r.options.map((o) => o.label).join("|")}`;
    case "confirm":
      return `confirm=${r.value}`;
  }
}

// First runs of this table (103 cases, written before the parsers below):
// - on the code before this issue (commit 909664c's chat parsers, with its number shortcut): 49/103;
// - on the new parsers, written after the table by the same engineer (so not held out): 102/103. The miss,
//   "明营企业", was asked back (国营 is one slip away too); fixed generally by comparing fuzzy pinyin (-n/-ng, l/n…).
describe("natural chat answers per kind (2022 questionnaire)", () => {
  it.each(NATURAL_CASES.map((c) => [c.q, c.text, c.want, c] as const))("%s: %j → %s", (_q, _t, want, c) => {
    expect(notation(read(c))).toBe(want);
  });

  it("never says 无法识别, and a refusal says what is wrong", () => {
    for (const c of NATURAL_CASES) {
      const r = read(c);
      if (r.type === "error") {
        expect(r.error).not.toContain("无法识别");
        expect(r.error.length).toBeGreaterThan(4);
      }
    }
  });
});
