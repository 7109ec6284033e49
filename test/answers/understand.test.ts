import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { compact, detectLang, normalise, segment, cnNumber, stem } from "../../src/answers/normalise.js";
import { fuzzyIncludes, withinOneEdit } from "../../src/answers/typos.js";
import { understand } from "../../src/answers/understand.js";
import { isPersonalQuestion, looksLikeQuestion } from "../../src/answers/index.js";
import { isChatter as chatter } from "../../src/answers/question.js";
import { indexOf } from "../../src/answers/programme-index.js";

const programme = loadProgramme();

describe("normalisation", () => {
  it("folds full-width letters, digits and punctuation and lowercases", () => {
    expect(normalise("ＷＵＨＡＮ班邮箱？６月１６日")).toBe("wuhan班邮箱?6月16日");
    expect(normalise("  Hello\u3000 World  ")).toBe("hello world");
    expect(compact(normalise("宜昌 班，邮箱？👍"))).toBe("宜昌班邮箱");
  });

  it("reads Chinese numerals", () => {
    expect(cnNumber("十六")).toBe(16);
    expect(cnNumber("三十一")).toBe(31);
    expect(cnNumber("六")).toBe(6);
    expect(cnNumber("12")).toBe(12);
    expect(Number.isNaN(cnNumber("很多"))).toBe(true);
  });
});

describe("segmentation", () => {
  it("splits Chinese into words and keeps English words whole", () => {
    expect(segment("专利撰写是哪天")).toEqual(["专利", "撰写", "是", "哪", "天"]);
    expect(segment("when is the opening ceremony?")).toEqual(["when", "is", "the", "opening", "ceremony"]);
  });

  it("stems English words lightly", () => {
    expect(stem("fees")).toBe("fee");
    expect(stem("certificates")).toBe("certificate");
    expect(stem("registered")).toBe("register");
  });
});

describe("typo tolerance", () => {
  it("accepts one confusable character in a short keyword", () => {
    expect(fuzzyIncludes("培训废用多少", "费用")).toBeGreaterThan(0);
    expect(fuzzyIncludes("直波链接", "直播")).toBeGreaterThan(0);
    expect(fuzzyIncludes("报名截只日期", "截止")).toBeGreaterThan(0);
  });

  it("refuses swaps that change the meaning or are not confusable", () => {
    expect(fuzzyIncludes("线下培训", "线上培训")).toBe(0);
    expect(fuzzyIncludes("培训班在哪", "培训费")).toBe(0);
    expect(fuzzyIncludes("第二天", "第一天")).toBe(0);
  });

  it("accepts one edit in a long English word", () => {
    expect(withinOneEdit("certficate", "certificate")).toBe(true);
    expect(withinOneEdit("acommodation", "accommodation")).toBe(true);
    expect(withinOneEdit("fee", "free")).toBe(true);
    expect(withinOneEdit("schedule", "scheduling")).toBe(false);
  });
});

describe("language", () => {
  it("tells English from Chinese", () => {
    expect(detectLang(normalise("When is the deadline?"))).toBe("en");
    expect(detectLang(normalise("Wuhan班的联系人"))).toBe("zh");
    expect(detectLang(normalise("What is 四知?"))).toBe("en");
    expect(detectLang(normalise("报名截止"))).toBe("zh");
  });
});

describe("understanding a message", () => {
  it("reads dates in many forms", () => {
    expect(understand("6月16日下午讲什么", programme).dates).toEqual(["2022-06-16"]);
    expect(understand("十六号上午", programme).dates).toEqual(["2022-06-16"]);
    expect(understand("6.15有课吗", programme).dates).toEqual(["2022-06-15"]);
    expect(understand("What is on June 14?", programme).dates).toEqual(["2022-06-14"]);
    expect(understand("周三讲什么", programme).dates).toEqual(["2022-06-15"]);
    expect(understand("鄂知发〔2022〕12号是什么", programme).dates).toEqual([]);
    expect(understand("周末有课吗", programme).dateNamed).toBe(true);
  });

  it("reads day numbers, half days and the stage", () => {
    const q = understand("线下第一天下午干什么", programme);
    expect(q.days).toEqual([1]);
    expect(q.halfDays).toEqual(["afternoon"]);
    expect(q.phase).toBe("offline");
    expect(understand("最后一天有什么", programme).days).toEqual([-1]);
    expect(understand("What happens on the third day?", programme).days).toEqual([3]);
  });

  it("finds cities and classes, and a class name is not read as its city", () => {
    const jm = understand("我是荆门的企业找谁", programme);
    expect(jm.cities.map((c) => c.id)).toEqual(["jingmen"]);
    expect(jm.classes.map((c) => c.id)).toEqual(["yijingjingen"]);
    const yc = understand("宜昌班邮箱", programme);
    expect(yc.cities).toEqual([]);
    expect(yc.classes.map((c) => c.id)).toEqual(["yijingjingen"]);
    expect(understand("Which class is Shennongjia in?", programme).classes.map((c) => c.id)).toEqual(["xiangshisuishen"]);
  });

  it("tells what kind of thing is asked", () => {
    expect(understand("开班仪式什么时候", programme).askWhen).toBe(true);
    expect(understand("线下培训在哪", programme).askPlace).toBe(true);
    expect(understand("几点开始", programme).askClock).toBe(true);
    expect(understand("第三天讲什么", programme).askWhat).toBe(true);
  });

  it("builds the programme index once per programme value", () => {
    expect(indexOf(programme)).toBe(indexOf(programme));
    expect(indexOf(structuredClone(programme))).not.toBe(indexOf(programme));
  });
});

describe("questions, chatter and personal questions", () => {
  it("recognises questions", () => {
    for (const t of ["几号开始", "要钱吗", "在哪呢", "怎么报名", "谁负责", "多少人", "是否免费", "能不能带家属", "啥时候", "What time?", "how do I register", "Is it free"]) {
      expect(looksLikeQuestion(t), t).toBe(true);
    }
    for (const t of ["好的", "收到", "第三天上午", "thanks"]) expect(looksLikeQuestion(t), t).toBe(false);
  });

  it("recognises chatter", () => {
    for (const t of ["大家好", "谢谢老师！", "好的👍", "哈哈哈", "ok thanks", "明天见"]) expect(chatter(t), t).toBe(true);
    for (const t of ["报名截止", "你好，怎么报名"]) expect(chatter(t), t).toBe(false);
  });

  it("recognises personal questions and leaves general ones alone", () => {
    for (const t of ["我的报名状态", "我报名成功了吗", "我入选了吗", "我的成绩", "my status", "did I pass"]) expect(isPersonalQuestion(t), t).toBe(true);
    for (const t of ["怎样才算报名成功", "我是荆门的企业找谁", "我的回执发到哪个邮箱", "what counts as registration"]) expect(isPersonalQuestion(t), t).toBe(false);
  });
});
