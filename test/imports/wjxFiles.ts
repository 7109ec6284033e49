/**
 * Questionnaire exports laid out as 问卷星 (wjx.cn) writes them from "下载答卷数据":
 * - six leading columns: 序号, 提交答卷时间, 所用时间 ("320秒"), 来源 ("手机提交"), 来源详情 ("直接访问"), 来自IP ("119.96.x.x(湖北-武汉)");
 * - then one column per question headed "N、题目" in the questionnaire's order (N its number);
 * - "按文本" (by option text): a choice is its option's text, a multiple choice its texts joined by "┋",
 *   "other, please specify" is "其他〖…〗", a question skipped by logic is "(跳过)" and a blank one "(空)";
 * - "按序号" (by option number): a choice is its option's number in the questionnaire's own order, joined by "┋",
 *   "5〖…〗" for the other option; with "多选题按选项分列" a multiple choice becomes one column per option,
 *   headed "N、(选项)", holding 1 (chosen) or 0, and -3 (skipped by logic) or -2 (not shown) in every column.
 */
import type { Programme } from "../../src/programme/schema.js";
import { questionsOf, type Question } from "../../src/domain/questionnaire/questions.js";

export const LEADING = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"];
export const CONSENT_HEADER = "是否同意在遴选名单中公布您的姓名及单位？";

/** One trainee's submission: answers by key as the trainee chose them (option texts; a list for a multiple choice). */
export interface Submission {
  submitted: string;
  answers: Record<string, string | string[]>;
  consent: "是" | "否";
}

/** The 2022 questionnaire's own wording of some headers (as the office typed them on 问卷星). */
const WORDING: Record<string, string> = { role: "专职/兼职", interests: "最希望学习的课程", classId: "报名班次（请选择）" };

const header = (q: Question) => `${q.number}、${WORDING[q.key] ?? q.label}`;
const SKIPPED = "(跳过)";
const BLANK = "(空)";

function byNumber(q: Question, v: string): string {
  if (v === SKIPPED || v === BLANK || v === "") return v === "" ? BLANK : v;
  const m = /^(.*?)(〖.*〗)?$/.exec(v)!;
  const i = q.options!.findIndex((o) => o.label === m[1]);
  if (i < 0) throw new Error(`fixture: ${v} is not an option of ${q.key}`);
  return `${i + 1}${m[2] ?? ""}`;
}

export function wjxRows(p: Programme, subs: Submission[], how: { byNumber?: boolean; splitMulti?: boolean } = {}): string[][] {
  const qs = questionsOf(p);
  const split = (q: Question) => how.splitMulti && q.kind === "multipleChoice";
  const head = [...LEADING];
  for (const q of qs) {
    if (split(q)) head.push(...q.options!.map((o) => `${q.number}、(${o.label})`));
    else head.push(header(q));
  }
  head.push(`${qs.length + 1}、${CONSENT_HEADER}`);
  const rows = subs.map((s, n) => {
    const row = [String(n + 1), s.submitted, `${200 + n}秒`, "手机提交", "直接访问", `119.96.${n % 250}.${n % 200}(湖北-武汉)`];
    for (const q of qs) {
      const v = s.answers[q.key] ?? "";
      const list = Array.isArray(v) ? v : [v];
      if (split(q)) {
        const skipped = v === SKIPPED;
        row.push(...q.options!.map((o) => (skipped ? "-3" : list.some((x) => x.replace(/〖.*〗$/, "") === o.label) ? "1" : "0")));
      } else if (how.byNumber && q.options && q.kind !== "wholeNumber") {
        row.push(list.map((x) => byNumber(q, x)).join("┋"));
      } else row.push(v === "" ? BLANK : list.join("┋"));
    }
    row.push(how.byNumber ? (s.consent === "是" ? "1" : "2") : s.consent);
    return row;
  });
  return [head, ...rows];
}

/** Sixty trainees' submissions, varied: every class, skipped and blank optional answers, "other" texts, none typed. */
export function submissions(p: Programme, count = 60): Submission[] {
  const qs = questionsOf(p);
  const opt = (key: string, i: number) => {
    const os = qs.find((q) => q.key === key)!.options!;
    return os[i % os.length]!.label;
  };
  return Array.from({ length: count }, (_, i) => {
    const city = p.cities[i % p.cities.length]!;
    const answers: Record<string, string | string[]> = {
      organization: `湖北第${i + 1}科技有限公司`, creditCode: "91420100MA4KL1234M", city: city.zh,
      // by option: the class the trainee picked, in the questionnaire's order, not necessarily their city's
      classId: p.classes[(i * 7) % p.classes.length]!.name.zh,
      name: `学员${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"子丑寅卯辰巳午未申酉戌亥"[i % 12]}`, gender: opt("gender", i),
      department: "知识产权部", title: "专员", email: `t${i}@example.com`,
      qq: i % 5 === 0 ? "" : i % 5 === 1 ? "无" : `${100000 + i}`,
      officePhone: i % 4 === 0 ? SKIPPED : "027-87654321",
      mobile: `138${String(i).padStart(8, "0")}`, address: "武汉市洪山区某某路1号",
      remarks: i % 3 === 0 ? BLANK : i % 3 === 1 ? "无" : "需要开具参训证明",
      enterpriseType: i % 6 === 5 ? "其他〖集体企业〗" : opt("enterpriseType", i), industry: "装备制造", patentCount: String(i % 9),
      ipYears: opt("ipYears", i), role: opt("role", i),
      interests: qs.find((q) => q.key === "interests")!.options!.filter((_, k) => (k + i) % 3 === 0).map((o) => o.label),
      needs: "公司现有发明专利若干件，正在筹建知识产权部，希望系统学习专利挖掘与布局、检索分析和维权应对，提升高价值专利培育能力。",
    };
    return { submitted: `2022/5/${20 + (i % 10)} ${10 + (i % 8)}:${String(i % 60).padStart(2, "0")}:00`, answers, consent: i % 2 ? "是" : "否" };
  });
}

let gbkTable: Map<string, number[]> | undefined;
/** Text as GBK bytes, what 问卷星's CSV download and Excel in China write (built by inverting the platform's decoder). */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder("gbk");
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== "\uFFFD" && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`fixture: ${ch} has no GBK code`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
