import { describe, expect, it } from "vitest";
import { loadProgramme } from "../../src/programme/load.js";
import { applyUpdates } from "../../src/programme/source.js";
import { dueReminders, plannedReminders, zonedTime } from "../../src/reminders/schedule.js";
import { offlineText } from "../../src/reminders/announce.js";

const p = loadProgramme();
const at = (s: string) => new Date(s);

describe("reminders the programme calls for", () => {
  it("reads wall-clock times in the programme's time zone", () => {
    expect(zonedTime("2022-06-12", "19:00", "Asia/Shanghai").toISOString()).toBe("2022-06-12T11:00:00.000Z");
    expect(zonedTime("2022-03-27", "09:00", "Europe/Berlin").toISOString()).toBe("2022-03-27T07:00:00.000Z");
  });

  it("reminds those who started the form on the day before the deadline, until the deadline", () => {
    const r = plannedReminders(p).find((x) => x.key === "form-deadline:2022-06-05")!;
    expect(r.audience).toEqual({ kind: "started" });
    expect(r.from.toISOString()).toBe(at("2022-06-04T09:00:00+08:00").toISOString());
    expect(r.until.toISOString()).toBe(at("2022-06-05T23:59:59+08:00").toISOString());
    expect(r.text).toContain("6月5日");
    expect(r.text).toContain("继续");
  });

  it("tells registered trainees each online day's topics at 19:00 the evening before", () => {
    const days = plannedReminders(p).filter((x) => x.key.startsWith("online-day:"));
    expect(days.map((d) => d.key)).toEqual(["2022-06-13", "2022-06-14", "2022-06-15", "2022-06-16", "2022-06-17"].map((d) => `online-day:${d}`));
    const first = days[0]!;
    expect(first.audience).toEqual({ kind: "registered" });
    expect(first.from.toISOString()).toBe(at("2022-06-12T19:00:00+08:00").toISOString());
    expect(first.until.toISOString()).toBe(at("2022-06-13T00:00:00+08:00").toISOString());
    expect(first.text).toContain("上午：培训班开班仪式、知识产权新法政策法规宣讲");
    expect(first.text).toContain("下午：知识产权类课题项目申报书撰写辅导");
  });

  it.each([
    ["2022-06-12T18:59:00+08:00", []],
    ["2022-06-12T19:00:00+08:00", ["online-day:2022-06-13"]],
    ["2022-06-12T23:30:00+08:00", ["online-day:2022-06-13"]],
    ["2022-06-13T00:00:00+08:00", []],
    ["2022-06-04T12:00:00+08:00", ["form-deadline:2022-06-05", "receipt-missing:2022-06-05"]],
    ["2022-06-02T08:59:00+08:00", []],
    ["2022-06-02T09:00:00+08:00", ["receipt-missing:2022-06-05"]],
    ["2022-06-06T00:00:00+08:00", []],
  ])("at %s, %j is due", (now, keys) => {
    expect(dueReminders(p, at(now)).map((r) => r.key)).toEqual(keys);
  });

  it("takes reminders from the programme, so next year's file brings next year's", () => {
    const next = structuredClone(p);
    next.online.schedule = [{ day: 1, date: "2023-06-12", halfDay: "morning", topics: ["开班"] }];
    expect(plannedReminders(next).map((r) => r.key)).toContain("online-day:2023-06-12");
  });

  it("applies announced offline dates and places, the latest winning", () => {
    const q = applyUpdates(p, [
      { kind: "offline", startDate: "2022-07-01", place: "甲酒店" },
      { kind: "offline", startDate: "2022-07-05", place: "武汉市某某酒店" },
    ]);
    expect(q.offline).toMatchObject({ startDate: "2022-07-05", place: "武汉市某某酒店" });
    expect(q.offline.schedule.map((s) => s.date)).toEqual(["2022-07-05", "2022-07-05", "2022-07-05", "2022-07-06", "2022-07-06"]);
    expect(p.offline.startDate).toBeNull();
  });

  it("puts one class's arrangement into the announcement, leaving the common date unset", () => {
    const q = applyUpdates(p, [{ kind: "offline", classId: "yijingjingen", startDate: "2022-07-08", place: "宜昌某宾馆" }]);
    expect(q.offline.startDate).toBeNull();
    expect(q.offline.announcement.zh).toBe("宜荆荆恩城市群：7月8日起，宜昌某宾馆");
  });

  it("tells selected trainees when, where, and what to bring", () => {
    const text = offlineText(p, "wuhan", "2022-07-05", "武汉市某某酒店");
    expect(text).toContain("武汉“1+8”城市圈线下考核暨实战培训");
    expect(text).toContain("7月5日起，共2天，7月5日中午学员报到");
    expect(text).toContain("地点：武汉市某某酒店");
    expect(text).toContain("笔记本电脑");
  });
});
