import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { cardsOf } from "../../src/answers/cards.js";
import { retrieve, outsideSubject, terms } from "../../src/answers/retrieve.js";
import { answerQuestion, groupDecision } from "../../src/answers/index.js";

const programme = loadProgramme();

/** The value at a card's source path ("online.schedule[3]"). */
function at(path: string): unknown {
  let v: unknown = programme;
  for (const part of path.match(/[^.[\]]+/g) ?? []) v = (v as Record<string, unknown>)[part];
  return v;
}

describe("fact cards", () => {
  const cards = cardsOf(programme);

  it("gives every card a source path that exists in the programme", () => {
    expect(cards.length).toBeGreaterThan(80);
    for (const c of cards) expect(at(c.source), c.source).not.toBeUndefined();
  });

  it("quotes the programme's own wording", () => {
    const travel = cards.find((c) => c.source === "logistics.travel")!;
    expect(travel.zh).toBe(programme.logistics.travel.zh);
    expect(cards.find((c) => c.source === "online.schedule[7]")!.zh).toContain("高质量专利撰写实务");
  });

  it("marks exactly the programme's empty fields as not stated", () => {
    const empty = cards.filter((c) => c.empty).map((c) => c.source);
    expect(empty).toContain("offline.place");
    expect(empty).toContain("offline.startDate");
    expect(empty).toContain("provincialContact.emails");
    for (const s of empty) {
      const v = at(s);
      expect(v === null || (Array.isArray(v) && v.length === 0), s).toBe(true);
    }
    const set = structuredClone(programme);
    set.offline.place = "十堰市人民大道1号";
    expect(cardsOf(set).some((c) => c.source === "offline.place" && c.empty)).toBe(false);
    expect(cardsOf(set).find((c) => c.source === "offline.place")!.zh).toBe("十堰市人民大道1号");
  });
});

describe("retrieval over the cards", () => {
  it("reads Chinese as bigrams with their pinyin, and English as words", () => {
    expect(terms("直播链接")).toEqual(expect.arrayContaining(["直播", "播链", "链接", "~zhibo"]));
    expect(terms("the training fees")).toEqual(["train", "fee"]);
  });

  it.each([
    ["以后评职称能帮忙吗", "services.items[3]"],
    ["实战课用的啥系统", "新一代专利信息检索与分析系统"],
    ["有没有教写专利的课", "专利撰写"],
    ["线下培训地点在哪里", "offline.place"], ["省局邮箱", "provincialContact.emails"],
  ])("finds %s in the card of %s", (q, where) => {
    const best = retrieve(programme, q)[0]!;
    expect(`${best.card.source} ${best.card.zh}`).toContain(where);
  });

  it("finds nothing for words no card holds", () => {
    expect(retrieve(programme, "公积金能取吗")).toEqual([]);
  });
});

describe("declining", () => {
  it.each(["明天武汉下雨不", "商标被驳回了怎么办", "你们能帮我代理商标注册吗", "发明专利申请费要多少钱", "社保怎么交", "what's the weather like tomorrow"])(
    "says %s is outside what the bot handles, and stays silent about it in a group",
    (t) => {
      const a = answerQuestion(t, { programme })!;
      expect(a.outside).toBe(true);
      expect(a.text).toMatch(/不在我能解答的范围内|outside what I handle/);
      expect(groupDecision(t, { mentioned: false }, { programme }).action).toBe("silent");
    },
  );

  it("keeps a training question that names an outside word ('培训期间下雨怎么办') about the training", () => {
    expect(outsideSubject(programme, "培训期间下雨怎么办")).toBe("下雨");
    expect(answerQuestion("培训期间下雨怎么办", { programme })?.outside).toBeUndefined();
  });

  it("says what the notice does not state, with the asker's class contact", () => {
    const a = answerQuestion("直播有回放吗", { programme, classId: "yijingjingen" })!;
    expect(a.unknown).toBe(true);
    expect(a.text).toContain("黄夏");
    expect(a.text).not.toContain("陈炫如");
  });

  it("says that a field the programme leaves empty is not stated, from the field itself", () => {
    expect(answerQuestion("省局邮箱是多少", { programme })!.text).toContain("通知中没有说明省知识产权局联系人的邮箱");
    const withMail = structuredClone(programme);
    withMail.provincialContact.emails = ["office@example.org"];
    const a = answerQuestion("省局邮箱是多少", { programme: withMail })!.text;
    expect(a).toContain("office@example.org");
    expect(a).not.toContain("没有说明");
  });

  it("answers both questions of one message", () => {
    const a = answerQuestion("培训免费吗 管饭吗", { programme })!;
    expect(a.text).toContain("不得向企业、培训人员收取任何费用");
    expect(a.text).toContain("食宿统一安排");
  });
});
