import { describe, expect, it } from "vitest";
import { progressText, type Progress } from "../../src/broadcast/progress.js";

const draft: Progress = {
  id: 1, createdBy: "cli:boss", kind: "notice", total: 12, sent: 0, failed: 0, blocked: 0, left: 12,
  createdAt: new Date("2022-06-25T02:00:00Z"), confirmedAt: null, finishedAt: null, lastSentAt: null,
};

describe("a draft broadcast's status", () => {
  it("tells a chat user to reply /confirm", () => {
    expect(progressText(draft, new Date())).toContain("回复 /confirm 1 发送");
  });

  it("tells a command-line user what they can do there, not to reply /confirm", () => {
    const t = progressText(draft, new Date(), "cli");
    expect(t).toContain("还是草稿（12 人），尚未发送");
    expect(t).toContain("--yes");
    expect(t).not.toContain("/confirm");
  });
});
