import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { Sessions } from "../../src/imports/sessionRows.js";

// the key stored with each session since the first attendance import: a corrected file must find the same keys
const storedKey = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

describe("sessions as columns", () => {
  it("keys a session by mobile, start and seconds, and a repeat of it by how many came before", () => {
    const s = new Sessions(4, true);
    s.push(2, "13800138000", 5400, "2022-06-13 09:00:00");
    s.push(3, "13800138000", 5400, "2022-06-13 09:00:00");
    s.push(4, "13900139000", 5400, "2022-06-13 09:00:00");
    s.push(5, "13800138000", 5400, "2022-06-13 09:00:00");
    expect([...s].map((r) => r.rowKey)).toEqual([
      storedKey("13800138000|2022-06-13 09:00:00|5400|1"),
      storedKey("13800138000|2022-06-13 09:00:00|5400|2"),
      storedKey("13900139000|2022-06-13 09:00:00|5400|1"),
      storedKey("13800138000|2022-06-13 09:00:00|5400|3"),
    ]);
    expect(s.at(1)).toEqual({ line: 3, mobile: "13800138000", seconds: 5400, rowKey: storedKey("13800138000|2022-06-13 09:00:00|5400|2") });
    expect(s.at(4)).toBeUndefined();
  });

  it("has no keys without start times, and a filtered copy keeps the rows and keys it keeps", () => {
    const plain = new Sessions(2, false);
    plain.push(2, "13800138000", 60);
    expect(plain.rowKey(0)).toBeNull();
    const s = new Sessions(3, true);
    for (const [line, start] of [[2, "09:00"], [3, "10:00"], [4, "11:00"]] as const) s.push(line, "13800138000", 60, start);
    const kept = s.filter((i) => i !== 1);
    expect([...kept]).toEqual([s.at(0), s.at(2)]);
    expect(() => s.push(5, "13800138000", 60, "12:00")).toThrow(RangeError);
  });
});
