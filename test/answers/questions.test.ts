import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import type { Programme } from "../../src/programme/schema.js";
import { answerQuestion } from "../../src/answers/index.js";
import { CHATTER, FORM_ANSWERS, QUESTIONS, contextOf } from "./questions.js";
import { failure } from "./check.js";

const programme = loadProgramme();

describe("answers from the programme", () => {
  it("has a large enough table", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(170);
    expect(CHATTER.length).toBeGreaterThanOrEqual(30);
  });

  it("answers at least 95% of the table with the facts it must contain", () => {
    const failed: string[] = [];
    for (const c of QUESTIONS) {
      const why = failure(c, answerQuestion(c.q, contextOf(c, programme)));
      if (why) failed.push(`${c.q}: ${why}`);
    }
    const passed = QUESTIONS.length - failed.length;
    const pct = ((passed / QUESTIONS.length) * 100).toFixed(1);
    console.log(`answers: ${passed}/${QUESTIONS.length} passed (${pct}%)`);
    if (failed.length) console.log(failed.join("\n"));
    expect(passed / QUESTIONS.length).toBeGreaterThanOrEqual(0.95);
  });

  it("gives no answer to chatter or form answers", () => {
    for (const t of [...CHATTER, ...FORM_ANSWERS]) expect(answerQuestion(t, { programme }), t).toBeNull();
  });

  it("gives no answer to personal questions, which are answered from the asker's record elsewhere", () => {
    for (const t of ["我的报名状态", "我报名成功了吗？", "my score?"]) expect(answerQuestion(t, { programme }), t).toBeNull();
  });

  it("answers English in English and Chinese in Chinese", () => {
    expect(answerQuestion("Is the training free?", { programme })!.lang).toBe("en");
    expect(answerQuestion("培训免费吗", { programme })!.lang).toBe("zh");
  });

  it("states the offline time and place once a coordinator sets them, and only what is set", () => {
    const set: Programme = structuredClone(programme);
    set.offline.startDate = "2022-07-05";
    set.offline.place = "十堰市人民大道1号";
    const a = answerQuestion("线下培训在哪里，什么时候？", { programme: set })!;
    expect(a.text).toContain("7月5日");
    expect(a.text).toContain("7月6日");
    expect(a.text).toContain("十堰市人民大道1号");
    expect(a.text).not.toContain("另行通知");
    expect(answerQuestion("线下第二天上午讲什么", { programme: set })!.text).toContain("7月6日");

    const dateOnly: Programme = structuredClone(programme);
    dateOnly.offline.startDate = "2022-07-05";
    const b = answerQuestion("线下培训在哪", { programme: dateOnly })!;
    expect(b.text).toContain("7月5日");
    expect(b.text).toContain("地点另行通知");
    expect(answerQuestion("Where is the offline training?", { programme: set })!.text).toContain("十堰市人民大道1号");
  });

  it("follows a changed programme with no code change", () => {
    const next: Programme = structuredClone(programme);
    next.registration.formDeadline = "2023-06-09T23:59:59+08:00";
    next.logistics.travel.zh = "往返交通费由承办单位报销";
    next.classes[2]!.contact = { ...next.classes[2]!.contact, name: "王五", emails: ["next@example.org"] };
    expect(answerQuestion("报名截止到什么时候", { programme: next })!.text).toContain("6月9日");
    expect(answerQuestion("报销路费吗", { programme: next })!.text).toContain("由承办单位报销");
    const yc = answerQuestion("宜昌班邮箱", { programme: next })!.text;
    expect(yc).toContain("next@example.org");
    expect(yc).not.toContain("446131789@qq.com");
  });

  it("says which part is unknown and who to ask", () => {
    const a = answerQuestion("开班仪式几点开始", { programme })!;
    expect(a.text).toContain("6月13日");
    expect(a.text).toContain("没有写具体几点");
    const b = answerQuestion("有停车位吗", { programme, classId: "xiangshisuishen" })!;
    expect(b.unknown).toBe(true);
    expect(b.text).toContain("肖玉杰");
    expect(b.text).not.toContain("陈炫如");
  });
});
