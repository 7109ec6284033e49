import { describe, expect, it } from "vitest";
import { parseUserKey } from "../../src/channels/types.js";

describe("an identity typed by a coordinator (/move, coordinators add)", () => {
  it.each([
    ["telegram:123456789", { channel: "telegram", userId: "123456789" }],
    ["wechat:wxid_abc123", { channel: "wechat", userId: "wxid_abc123" }],
    ["wechat:@3f2a9c", { channel: "wechat", userId: "@3f2a9c" }],
    ["console:newphone", { channel: "console", userId: "newphone" }],
  ])("accepts %s", (key, parsed) => {
    expect(parseUserKey(key)).toEqual(parsed);
  });

  it.each([
    ["a Telegram id that is not a number", "telegram:abc"],
    ["a Telegram id of an object", "telegram:[object Object]"],
    ["a Telegram id of undefined", "telegram:undefined"],
    ["a negative Telegram id (a group, not a person)", "telegram:-100123"],
    ["a Telegram id past 52 bits", "telegram:99999999999999999"],
    ["a Telegram id with a leading zero", "telegram:0123"],
    ["an id with spaces", "wechat:wxid abc"],
    ["an id with a control character", "console:a\u0007b"],
    ["an empty id", "telegram:"],
    ["an unknown channel", "qq:12345"],
    ["no channel", "12345"],
  ])("refuses %s", (_what, key) => {
    expect(parseUserKey(key)).toBeUndefined();
  });
});
