import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { INTENT_IDS, vocabularyOf } from "../../src/answers/intents.js";
import { answerQuestion } from "../../src/answers/index.js";

const programme = loadProgramme();

describe("the wording of questions is data in the programme", () => {
  it("names only answers the code composes", () => {
    const ids: readonly string[] = INTENT_IDS;
    for (const d of programme.answers!.intents) expect(ids, d.id).toContain(d.id);
    for (const t of programme.answers!.unstated) if (t.related) expect(ids, t.related).toContain(t.related);
    expect(vocabularyOf(programme).intents).toHaveLength(programme.answers!.intents.length);
  });

  it("follows a new colloquial word with no code change", () => {
    expect(answerQuestion("要出血吗", { programme })?.intent).not.toBe("fees");
    const next = structuredClone(programme);
    next.answers!.intents.find((d) => d.id === "fees")!.zh.push([0.9, "出血"]);
    expect(answerQuestion("要出血吗", { programme: next })!.text).toContain("不得向企业、培训人员收取任何费用");
  });

  it("follows a new synonym and a new outside subject with no code change", () => {
    const next = structuredClone(programme);
    next.answers!.outside.push("医保");
    expect(answerQuestion("医保怎么报", { programme: next })!.outside).toBe(true);
    next.answers!.synonyms.push(["往返交通费", "打车钱"]);
    expect(answerQuestion("打车钱谁出", { programme: next })!.text).toContain("往返交通费自理");
  });
});
