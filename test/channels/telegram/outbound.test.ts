import { describe, expect, it } from "vitest";
import { TelegramApiError, NetworkError } from "node-telegram-bot-api";
import { inlineKeyboard, planText, sendResultOf, splitText } from "../../../src/channels/telegram/outbound.js";

describe("splitText", () => {
  it("leaves a text that fits alone", () => {
    expect(splitText("你好\n世界", 10)).toEqual(["你好\n世界"]);
  });

  it("cuts at the last line break that fits, dropping that break", () => {
    expect(splitText("一二三\n四五六\n七八", 8)).toEqual(["一二三\n四五六", "七八"]);
  });

  it("cuts a single line longer than a message where it must", () => {
    expect(splitText("一二三四五六七", 3)).toEqual(["一二三", "四五六", "七"]);
  });

  it("never cuts between the halves of an emoji", () => {
    const parts = splitText("ab😀cd", 3);
    expect(parts).toEqual(["ab", "😀c", "d"]);
  });

  it("sends no empty message for blank lines at a cut", () => {
    expect(splitText("一二\n\n\n三四", 2)).toEqual(["一二", "三四"]);
  });
});

describe("inlineKeyboard", () => {
  it("uses each option's value as its callback data", () => {
    const k = inlineKeyboard([{ label: "男", value: "male" }, { label: "女", value: "female" }]);
    expect(k.inline_keyboard).toEqual([[{ text: "男", callback_data: "male" }, { text: "女", callback_data: "female" }]]);
  });

  it("falls back to the option's number when its value exceeds 64 bytes", () => {
    const long = "知识产权".repeat(6); // 72 bytes in UTF-8
    const k = inlineKeyboard([{ label: "短", value: "a" }, { label: "长", value: long }]);
    expect(k.inline_keyboard.flat().map((b) => b.callback_data)).toEqual(["a", "2"]);
  });

  it("puts long labels on rows of their own", () => {
    const k = inlineKeyboard([{ label: "武汉“1+8”城市圈", value: "a" }, { label: "襄十随神城市群", value: "b" }, { label: "宜荆荆恩城市群", value: "c" }]);
    expect(k.inline_keyboard.map((r) => r.length)).toEqual([1, 1, 1]);
  });
});

describe("planText", () => {
  it("still asks when there is nothing to say but choices", () => {
    expect(planText("", [{ label: "是", value: "是" }])).toEqual([{ text: "请选择：", reply_markup: { inline_keyboard: [[{ text: "是", callback_data: "是" }]] } }]);
  });
});

describe("sendResultOf", () => {
  it.each([
    [new TelegramApiError(403, "Forbidden: bot was blocked by the user"), { kind: "blocked" }],
    [new TelegramApiError(429, "Too Many Requests", { retry_after: 42 }), { kind: "transient", retryAfterMs: 42_000 }],
    [new TelegramApiError(502, "Bad Gateway"), { kind: "transient" }],
    [new TelegramApiError(400, "Bad Request: chat not found"), { kind: "permanent" }],
    [new NetworkError("Network request failed: sendMessage"), { kind: "transient" }],
  ])("maps %s", (err, expected) => {
    expect(sendResultOf(err)).toMatchObject({ ok: false, ...expected });
  });
});
