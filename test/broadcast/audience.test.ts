import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { audienceKey, describeAudience, messageText, parseAudience, scopeAudience } from "../../src/broadcast/audience.js";
import { reasonOf } from "../../src/broadcast/progress.js";

const p = loadProgramme();

describe("broadcast audiences", () => {
  it.each([
    ["all", { kind: "all" }],
    ["class:wuhan", { kind: "class", classId: "wuhan" }],
    ["class:武汉班", { kind: "class", classId: "wuhan" }],
    ["class:武汉", { kind: "class", classId: "wuhan" }],
    ["selected:宜昌", { kind: "selected", classId: "yijingjingen" }],
    ["registered", { kind: "registered" }],
    ["registered:yijingjingen", { kind: "registered", classId: "yijingjingen" }],
    ["started", { kind: "started" }],
    ["未提交", { kind: "started" }],
    ["selected", { kind: "selected" }],
    ["not-selected:wuhan", { kind: "notSelected", classId: "wuhan" }],
    ["group:telegram:-100123", { kind: "group", channel: "telegram", chatId: "-100123" }],
    ["group:wechat:123@chatroom", { kind: "group", channel: "wechat", chatId: "123@chatroom" }],
  ])("reads %s", (text, audience) => {
    expect(parseAudience(text, p)).toEqual({ ok: true, value: audience });
  });

  it.each(["everyone", "class", "class:mars", "group:telegram", "selected:nowhere"])("refuses %s with the ways to write it", (text) => {
    const r = parseAudience(text, p);
    expect(r.ok).toBe(false);
  });

  it("writes an audience back the way the command line reads it", () => {
    for (const t of ["all", "class:wuhan", "not-selected:wuhan", "group:telegram:-1"]) {
      const r = parseAudience(t, p);
      expect(r.ok && audienceKey(r.value)).toBe(t);
    }
  });

  it("narrows a class coordinator's audience to their class, and refuses another class", () => {
    expect(scopeAudience({ kind: "registered" }, "wuhan")).toEqual({ ok: true, value: { kind: "registered", classId: "wuhan" } });
    expect(scopeAudience({ kind: "class", classId: "yijingjingen" }, "wuhan").ok).toBe(false);
    expect(scopeAudience({ kind: "all" }, null)).toEqual({ ok: true, value: { kind: "all" } });
  });

  it("names the audience in Chinese", () => {
    expect(describeAudience({ kind: "selected", classId: "wuhan" }, p)).toBe("武汉“1+8”城市圈班入选线下培训的学员");
  });

  it("tells news readers how to stop the news, and leaves programme notices as written", () => {
    expect(messageText("新政", "news")).toContain("退订");
    expect(messageText("明天开课", "notice")).toBe("明天开课");
  });

  it("groups failures by what went wrong, not by which chat", () => {
    expect(reasonOf("contact wxid_ab12 not found")).toBe(reasonOf("contact wxid_zz99 not found"));
    expect(reasonOf(null)).toBe("未知原因");
  });
});
