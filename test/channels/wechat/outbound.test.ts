import { describe, expect, it } from "vitest";
import { renderText, splitText, toParts } from "../../../src/channels/wechat/outbound.js";

describe("what a WeChat message says", () => {
  it("shows options as numbered lines after the text, since WeChat has no buttons", () => {
    const text = renderText({ text: "是否同意？", options: [{ label: "同意", value: "同意" }, { label: "不同意", value: "不同意" }] });
    expect(text).toBe("是否同意？\n\n回复编号：\n1. 同意\n2. 不同意");
  });

  it("leaves a text without options as it is", () => {
    expect(renderText({ text: "报名已提交成功" })).toBe("报名已提交成功");
    expect(renderText({ text: "好的", options: [] })).toBe("好的");
  });

  it.each([
    ["short texts stay whole", "一行\n两行", 10, ["一行\n两行"]],
    ["long texts break between lines", "aaaa\nbbbb\ncccc", 9, ["aaaa\nbbbb", "cccc"]],
    ["a line longer than the limit is cut", "x".repeat(12), 5, ["xxxxx", "xxxxx", "xx"]],
    ["blank lines at a break are dropped", "aaaa\n\n\nbbbb", 5, ["aaaa", "bbbb"]],
    ["an emoji is never cut in half", "😀😀😀", 2, ["😀😀", "😀"]],
  ])("splits: %s", (_, text, max, pieces) => {
    expect(splitText(text, max)).toEqual(pieces);
  });

  it("keeps every piece of a long summary under the limit and loses no line", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `第${i + 1}项：某某内容`);
    const pieces = splitText(lines.join("\n"), 300);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(Array.from(p).length).toBeLessThanOrEqual(300);
    expect(pieces.join("\n").split("\n")).toEqual(lines);
  });

  it("sends the text first, then the file", () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const parts = toParts({ channel: "wechat", chatId: "u", chatKind: "user", text: "名单如下", file: { name: "名单.pdf", bytes } }, 2000);
    expect(parts).toEqual([{ text: "名单如下" }, { file: { name: "名单.pdf", bytes } }]);
  });

  it("sends only the file when there is no text", () => {
    const parts = toParts({ channel: "wechat", chatId: "u", chatKind: "user", text: "", file: { name: "a.pdf", bytes: new Uint8Array(1) } }, 2000);
    expect(parts).toHaveLength(1);
  });
});
