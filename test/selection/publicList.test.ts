import { describe, expect, it } from "vitest";
import { maskName, publicEntry } from "../../src/selection/mask.js";
import { splitMessages } from "../../src/selection/split.js";

describe("names on the public list", () => {
  it.each([
    ["张明", "张*"],
    ["张小明", "张*明"],
    ["欧阳小明", "欧**明"],
    ["买买提·艾力", "买****力"],
    ["John Smith", "J****"],
    ["张", "*"],
  ])("masks %s as %s", (name, masked) => expect(maskName(name)).toBe(masked));

  it("shows name and organization only with consent, never a phone or a score", () => {
    expect(publicEntry({ name: "张小明", organization: "湖北某某科技有限公司", consentPublish: true })).toBe("张小明（湖北某某科技有限公司）");
    expect(publicEntry({ name: "张小明", organization: "湖北某某科技有限公司", consentPublish: false })).toBe("张*明");
  });
});

describe("splitting a list into messages", () => {
  const lines = Array.from({ length: 200 }, (_, i) => `${i + 1}. 张小明（湖北省某某某某某某科技股份有限公司第${i}分公司）`);
  it.each([4096, 2000, 100_000])("keeps every message under %d characters and every line whole", (limit) => {
    const parts = splitMessages("【武汉“1+8”城市圈】遴选名单（共200人）", lines, limit);
    expect(parts.every((m) => m.length <= limit)).toBe(true);
    const body = parts.flatMap((m) => m.split("\n").slice(1));
    expect(body).toEqual(lines);
    if (parts.length > 1) expect(parts[0]).toMatch(/（1\/\d+）/);
  });
});
