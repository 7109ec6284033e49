import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadProgramme, ProgrammeError } from "../../src/programme/load.js";
import { classOfCity, findCity } from "../../src/programme/lookup.js";
import { tempDataDir } from "../support/jsonl.js";

const p = loadProgramme();

describe("the 2022 programme value", () => {
  it("has the three classes of the notice, 200 seats each", () => {
    expect(p.classes.map((c) => [c.id, c.name.zh, c.quota])).toEqual([
      ["wuhan", "武汉“1+8”城市圈", 200],
      ["xiangshisuishen", "襄十随神城市群", 200],
      ["yijingjingen", "宜荆荆恩城市群", 200],
    ]);
  });

  it("puts each of Hubei's 17 prefecture-level divisions in exactly one class", () => {
    expect(p.cities).toHaveLength(17);
    const owners = p.cities.map((c) => p.classes.filter((k) => k.cities.includes(c.id)).length);
    expect(owners.every((n) => n === 1)).toBe(true);
    expect(classOfCity(p, findCity(p, "神农架")!.id)!.id).toBe("xiangshisuishen");
    expect(classOfCity(p, findCity(p, "我是荆门的企业")!.id)!.id).toBe("yijingjingen");
  });

  it("holds the contacts, deadlines, schedules and selection weights of the notice", () => {
    expect(p.provincialContact).toMatchObject({ name: "陈炫如", phones: ["027-87520061"] });
    expect(p.classes[0]!.contact).toMatchObject({ name: "林周", phones: ["027-87865011", "17786398350"], emails: ["whfw011@163.com"] });
    expect(new Date(p.registration.formDeadline).toISOString()).toBe("2022-06-05T15:59:59.000Z");
    expect(p.registration.contactListDeadline.slice(0, 10)).toBe("2022-05-26");
    expect(p.online.schedule).toHaveLength(10);
    expect(p.online.schedule.at(-1)).toMatchObject({ date: "2022-06-17", halfDay: "afternoon", topics: ["知识产权考核答疑互动"] });
    expect(p.courseTopics).toHaveLength(10);
    expect(p.selection).toMatchObject({ weights: { questionnaire: 30, attendance: 40, quiz: 30 }, requiredHours: 20 });
  });

  it("refuses a programme file whose city belongs to two classes, naming the problem", () => {
    const bad = structuredClone(p);
    bad.classes[1]!.cities.push("wuhan");
    const file = join(tempDataDir(), "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    expect(() => loadProgramme(file)).toThrow(ProgrammeError);
    expect(() => loadProgramme(file)).toThrow("city wuhan belongs to both wuhan and xiangshisuishen");
  });
});
