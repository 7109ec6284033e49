import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { placesOf } from "../../src/answers/places.js";
import { understand } from "../../src/answers/understand.js";
import gazetteer from "../../src/answers/data/hubei-places.json" with { type: "json" };

const programme = loadProgramme();
const classOf = (text: string) => understand(text, programme).classes.map((c) => c.id);

describe("places: counties, districts and areas resolve to their prefecture and class", () => {
  it("covers every prefecture-level division of the programme", () => {
    const named = Object.keys(gazetteer.prefectures);
    for (const c of programme.cities) expect(named, c.zh).toContain(c.zh);
  });

  it("lists the 99 county-level divisions under the prefectures (Hubei has 103 with the four directly administered)", () => {
    const divisions = Object.values(gazetteer.prefectures).flatMap((p) => p.divisions);
    expect(new Set(divisions).size).toBe(divisions.length);
    expect(divisions.length).toBe(99);
  });

  it.each([
    ["我在枣阳", "xiangshisuishen"], ["广水的找谁", "xiangshisuishen"], ["当阳的企业", "yijingjingen"], ["钟祥", "yijingjingen"],
    ["大冶的", "wuhan"], ["麻城市", "wuhan"], ["赤壁", "wuhan"], ["利川的企业", "yijingjingen"], ["丹江口", "xiangshisuishen"],
    ["松滋", "yijingjingen"], ["汉川市", "wuhan"], ["光谷", "wuhan"], ["汉口", "wuhan"], ["东湖高新区", "wuhan"],
    ["长阳土家族自治县", "yijingjingen"], ["随县", "xiangshisuishen"], ["房县", "xiangshisuishen"], ["公安县", "yijingjingen"],
    ["神农架松柏镇", "xiangshisuishen"], ["鄂城区", "wuhan"],
  ])("%s → %s", (text, cls) => {
    expect(classOf(text)).toEqual([cls]);
  });

  it("does not read a place's short name inside ordinary words", () => {
    expect(classOf("线下陆续通知吗")).toEqual([]);
    expect(classOf("对应城市群是哪个")).toEqual([]);
    expect(classOf("公安局开证明")).toEqual([]);
  });

  it("follows the programme's cities: a prefecture the programme does not have gives no places", () => {
    const fewer = structuredClone(programme);
    fewer.cities = fewer.cities.filter((c) => c.id !== "xiangyang");
    expect(placesOf(fewer).some((p) => p.name === "枣阳")).toBe(false);
    expect(placesOf(programme).find((p) => p.name === "枣阳")?.full).toBe("枣阳市");
  });
});
