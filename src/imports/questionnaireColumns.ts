import type { Programme } from "../programme/schema.js";
import { normaliseText } from "../domain/validators.js";
import { matchKey } from "../domain/questionnaire/match.js";
import { questionsOf, type Question } from "../domain/questionnaire/questions.js";
import type { ColumnReading } from "./reading.js";

/** What one column of a questionnaire export holds. */
export type ColumnRole =
  | { role: "submittedAt" }
  | { role: "consentPublish" }
  | { role: "question"; key: string }
  /** One option of a multiple choice split into columns of 0/1 ("多选题按选项分列"). */
  | { role: "option"; key: string; value: string }
  | { role: "unused"; note: string };

/** 问卷星's six leading columns: what each is, and why it is not imported when it is not. */
const LEADING: Record<string, ColumnRole> = {
  序号: { role: "unused", note: "问卷星的答卷序号，不导入" },
  提交答卷时间: { role: "submittedAt" },
  提交时间: { role: "submittedAt" },
  答卷时间: { role: "submittedAt" },
  所用时间: { role: "unused", note: "答题用时，不导入" },
  来源: { role: "unused", note: "提交渠道，不导入" },
  来源详情: { role: "unused", note: "提交渠道，不导入" },
  来自ip: { role: "unused", note: "IP地址，不收集" },
  总分: { role: "unused", note: "问卷星的考试得分，不导入" },
};

/** "19、(知识产权新法政策法规宣讲)" → 19 and "(知识产权新法政策法规宣讲)"; a header without a number keeps its text. */
function splitNumber(h: string): { n?: number; text: string } {
  const t = normaliseText(h).replace(/\s+/g, " ").trim();
  const m = /^(?:第\s*)?(\d{1,3})\s*(?:题)?\s*[、.．:：)）]?\s*(.*)$/.exec(t);
  return m && m[2] ? { n: Number(m[1]), text: m[2] } : { text: t };
}

/** A question's text as comparable: no notes in brackets ("【多选题】", "（必填）"), no trailing "？" or "：". */
const questionKey = (s: string) => matchKey(s.replace(/[【〔\[][^】〕\]]*[】〕\]]/g, "").replace(/[（(][^）)]*[）)]\s*$/, ""));

const namesOf = (q: Question) => [q.label, ...q.importNames].map(questionKey).filter((n) => n.length >= 2);

function optionColumn(text: string, n: number | undefined, qs: readonly Question[]): ColumnRole | undefined {
  const m = /^[（(](.+)[）)]$/.exec(text) ?? /^.+?[:：—](.+)$/.exec(text);
  if (!m) return undefined;
  const name = matchKey(m[1]!.replace(/〖.*〗$/, ""));
  const multi = qs.filter((q) => q.kind === "multipleChoice");
  const ranked = [...multi.filter((q) => q.number === n), ...multi.filter((q) => q.number !== n)];
  for (const q of ranked) {
    const o = q.options?.find((x) => [x.label, x.value, ...x.aliases].some((a) => matchKey(a) === name));
    if (o) return { role: "option", key: q.key, value: o.value };
  }
  return undefined;
}

/** Which column is which: the leading columns by name, questions by label or import names (exactly, then as a part). */
export function questionnaireColumns(headers: readonly string[], p: Programme): ColumnRole[] {
  const qs = questionsOf(p);
  const consent = p.questionnaire.publishConsentNames.map(questionKey);
  const taken = new Set<string>();
  const roles: (ColumnRole | undefined)[] = headers.map((h) => {
    const { n, text } = splitNumber(h);
    const lead = LEADING[matchKey(text)];
    if (lead && n === undefined) return lead;
    const option = optionColumn(text, n, qs);
    if (option) return option;
    const k = questionKey(text);
    if (k === "") return { role: "unused", note: "没有表头" };
    if (consent.some((c) => c === k || (c.length >= 4 && k.includes(c)))) return { role: "consentPublish" };
    return undefined;
  });
  const exact = headers.map((h, i) => {
    if (roles[i]) return undefined;
    const k = questionKey(splitNumber(h).text);
    return qs.find((q) => namesOf(q).includes(k));
  });
  exact.forEach((q, i) => {
    if (q && !taken.has(q.key)) {
      roles[i] = { role: "question", key: q.key };
      taken.add(q.key);
    }
  });
  // then a name inside a longer header, the longest names first
  const loose = qs.flatMap((q) => namesOf(q).map((name) => ({ q, name }))).sort((a, b) => b.name.length - a.name.length);
  headers.forEach((h, i) => {
    if (roles[i]) return;
    const k = questionKey(splitNumber(h).text);
    const hit = loose.find(({ q, name }) => !taken.has(q.key) && (k.includes(name) || (k.length >= 4 && name.includes(k))));
    if (hit) {
      roles[i] = { role: "question", key: hit.q.key };
      taken.add(hit.q.key);
    }
  });
  return roles.map((r, i) => r ?? { role: "unused", note: exact[i] ? "与前面的列是同一道题，只用第一列" : "问卷中没有这道题" });
}

/** The columns as the reading prints them. */
export function columnReadings(headers: readonly string[], roles: readonly ColumnRole[], p: Programme, byNumber: boolean): ColumnReading[] {
  const qs = questionsOf(p);
  return headers.map((header, index) => {
    const r = roles[index]!;
    switch (r.role) {
      case "submittedAt":
        return { index, header, usedAs: "submittedAt", note: "提交时间，重复提交时保留第一次的名次" };
      case "consentPublish":
        return { index, header, usedAs: "consentPublish", note: byNumber ? "1＝同意，2＝不同意" : "是／同意＝同意公布" };
      case "question": {
        const q = qs.find((x) => x.key === r.key)!;
        const numbered = byNumber && q.options && q.kind !== "wholeNumber" ? "，选项编号按问卷中的顺序" : "";
        return { index, header, usedAs: r.key, note: `${q.label}${numbered}` };
      }
      case "option": {
        const q = qs.find((x) => x.key === r.key)!;
        const label = q.options?.find((o) => o.value === r.value)?.label ?? r.value;
        return { index, header, usedAs: r.key, note: `多选题按选项分列：${label}（1＝选中）` };
      }
      case "unused":
        return { index, header, usedAs: null, note: r.note };
    }
  });
}
