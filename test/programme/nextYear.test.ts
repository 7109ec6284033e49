/**
 * "Next year without code": a second programme file (test/programme/programme-2023.json, a test file, not a real
 * notice) differs from 2022's in its questionnaire: a 微信号 question and a conditional pair (是否设有知识产权部门 →
 * 知识产权部门人数, asked only after "是") added, 备注 removed, the enterprise types' option list changed (港澳台资企业),
 * and the score rule changed (no remarks rule, a WeChat rule, needs worth 18 of 40). Chat, import, export and selection
 * all follow it with no code change.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadProgramme } from "../../src/programme/load.js";
import { step } from "../../src/conversation/step.js";
import { initialState } from "../../src/conversation/state.js";
import type { Input, State, StepResult } from "../../src/conversation/types.js";
import { qualityMax } from "../../src/domain/quality.js";
import { runImport } from "../../src/imports/run.js";
import { rosterBytes } from "../../src/cli/export.js";
import { loadRoster } from "../../src/store/roster.js";
import { loadSelectionInputs } from "../../src/selection/load.js";
import { ruleOf, selectTrainees } from "../../src/selection/rule.js";
import { DRIVERS, testStore } from "../support/db.js";
import { csv } from "../imports/files.js";
import { submissions, wjxRows } from "../imports/wjxFiles.js";

const p = loadProgramme(fileURLToPath(new URL("./programme-2023.json", import.meta.url)));
const ctx = { now: new Date("2022-05-20T10:00:00+08:00"), programme: p };
const NEEDS = "公司现有发明专利十二件，正在筹建知识产权部，希望系统学习专利挖掘与布局、检索分析和维权应对的方法，提升高价值专利培育能力，并交流本企业的实际案例和经验。";

function chat(answers: string[]): StepResult {
  let r: StepResult = { state: initialState() as State, replies: [], effects: [] };
  for (const a of ["报名", "同意", "同意", ...answers]) {
    r = step(r.state, { kind: "text", text: a } as Input, ctx);
    const check = r.effects.find((e) => e.type === "checkMobile");
    if (check) r = step(r.state, { kind: "mobileChecked", mobile: check.mobile, taken: false }, ctx);
  }
  return r;
}

const before = ["湖北某某科技有限公司", "91420100MA4KL1234M", "荆门", "就按建议的", "张明", "女生", "知识产权部", "知识产权专员", "zm@example.com", "没有"];
const after = ["0724-2345678", "13800138000", "湖北省荆门市东宝区某某路1号", "港资", "装备制造", "12"];

describe("a second programme file: chat", () => {
  it("asks the added questions, not the removed one, the conditional one only after its answer, and scores by the new rule", () => {
    const r = chat([...before, "zhangming_ip", ...after, "有", "3", "3年", "全职", "1,4,8", NEEDS]);
    expect(r.state.phase).toBe("summary");
    const asked = JSON.stringify(r.state);
    expect(r.replies.at(-1)!.text).toContain("微信号：zhangming_ip");
    expect(r.replies.at(-1)!.text).not.toContain("备注");
    expect(asked).not.toContain("remarks");
    const sure = step(r.state, { kind: "text", text: "确认提交" }, ctx);
    const save = sure.effects.find((e) => e.type === "saveRegistration")!;
    expect(save).toMatchObject({
      registration: {
        classId: "yijingjingen",
        answers: { wechat: "zhangming_ip", enterpriseType: "港澳台资企业", hasIpDepartment: "yes", ipStaff: 3, gender: "female", qq: null },
        // 12 complete + 2 phone + 2 WeChat + 4 courses + 18 needs (60+ characters); no QQ
        qualityScore: 38,
      },
    });
    expect(qualityMax(p)).toBe(40);
  });

  it("lists the data it collects in the consent text from the questionnaire", () => {
    const consent = step(initialState(), { kind: "text", text: "报名" }, ctx).replies[0]!.text;
    expect(consent).toContain("微信");
    expect(consent).not.toContain("备注");
  });

  it("does not ask the department's head count when there is no IP department", () => {
    const r = chat([...before, "跳过", ...after, "否", "3年", "全职", "全部", NEEDS]);
    expect(r.state.phase).toBe("summary");
    expect(r.state.answers.ipStaff).toBeUndefined();
    expect(r.state.answers.wechat).toBeNull();
  });

  it("asks the conditional question when an edit opens it, and drops it from the summary when an edit closes it", () => {
    const without = chat([...before, "跳过", ...after, "否", "3年", "全职", "全部", NEEDS]);
    const opened = ["修改知识产权部门", "是"].reduce((r, t) => step(r.state, { kind: "text", text: t }, ctx), without);
    expect(opened.state.field).toBe("ipStaff");
    const back = step(opened.state, { kind: "text", text: "4" }, ctx);
    expect(back.state.phase).toBe("summary");
    expect(back.replies.at(-1)!.text).toContain("知识产权部门人数：4");
    const closed = ["修改知识产权部门", "否"].reduce((r, t) => step(r.state, { kind: "text", text: t }, ctx), back);
    expect(closed.replies.at(-1)!.text).not.toContain("知识产权部门人数");
    const save = step(closed.state, { kind: "text", text: "确认提交" }, ctx).effects[0]!;
    expect(save.type === "saveRegistration" && "ipStaff" in save.registration.answers).toBe(false);
  });

  it("refuses a WeChat id by the pattern the file names", () => {
    const r = chat([...before, "微信 123"]);
    expect(r.replies.map((x) => x.text).join()).toContain("微信号以字母开头");
  });
});

describe.each(DRIVERS)("a second programme file: import, export and selection on %s", (driver) => {
  let store: Awaited<ReturnType<typeof testStore>>;
  beforeAll(async () => {
    store = await testStore(driver);
  });
  afterAll(async () => store.close());
  beforeEach(async () => store.reset());

  const subs = submissions(p, 4).map((s, i) => ({
    ...s,
    answers: { ...s.answers, wechat: i % 2 ? "wx_trainee" : "(空)", hasIpDepartment: i % 2 ? "是" : "否", ipStaff: i % 2 ? "5" : "(跳过)", needs: NEEDS },
  }));

  it("imports the new questions into the answers, follows the option list and the score rule, and exports and selects by them", async () => {
    const rows = wjxRows(p, subs, { byNumber: true, splitMulti: true });
    expect(rows[0]!.some((h) => h.includes("备注"))).toBe(false);
    const r = await runImport(store.db, { kind: "registrations", bytes: csv(rows), fileName: "2023.csv", programme: p, now: ctx.now, actor: "test" });
    expect(r).toMatchObject({ imported: 4, refused: [] });
    expect(r.reading.columns.find((c) => c.header.endsWith("、微信号"))?.usedAs).toBe("wechat");

    const roster = await loadRoster(store.db);
    const json = JSON.parse(Buffer.from(await rosterBytes(roster, "json", p)).toString("utf8")) as Record<string, unknown>[];
    const second = json.find((x) => x.mobile === "13800000001")!;
    expect(second).toMatchObject({ wechat: "wx_trainee", hasIpDepartment: "yes", ipStaff: 5 });
    expect(Object.keys(second)).not.toContain("remarks");
    const first = json.find((x) => x.mobile === "13800000000")!;
    expect(first).toMatchObject({ wechat: null, hasIpDepartment: "no", ipStaff: null });
    const header = Buffer.from(await rosterBytes(roster, "csv", p)).toString("utf8").split("\n")[0]!;
    expect(header).toContain("微信号");
    expect(header).toContain("知识产权部门人数");
    expect(header).not.toContain("备注");

    // the second trainee typed 无 for QQ: 12 + phone 2 + WeChat 2 + courses 4 + needs 18 = 38 of 40
    expect(second.qualityScore).toBe(38);
    const selected = selectTrainees(await loadSelectionInputs(store.db), ruleOf(p));
    const row = selected.find((x) => x.mobile === "13800000001")!;
    expect(row.questionnaire).toBe(28.5);
    const firstRow = selected.find((x) => x.mobile === "13800000000")!;
    expect(firstRow.questionnaire).toBeCloseTo((30 * Number(first.qualityScore)) / 40, 2);
  });
});
