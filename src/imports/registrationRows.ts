import type { Programme } from "../programme/schema.js";
import { classOfCity } from "../programme/lookup.js";
import { FIELDS, type Answers, type FieldDef, type FieldKey } from "../domain/fields.js";
import { normaliseText } from "../domain/validators.js";
import { qualityScore } from "../domain/quality.js";
import { mapColumns, type ColumnSpec } from "./columns.js";
import { parseWallTime } from "./wallTime.js";
import { findClassLoose } from "../coordinator/parse.js";

/** Without these a row cannot be a registration at all; other bad answers only cost quality points. */
const ESSENTIAL: readonly FieldKey[] = ["organization", "name", "mobile", "classId"];

type Key = FieldKey | "submittedAt" | "consentPublish";

const EXTRA_NAMES: Partial<Record<FieldKey, string[]>> = {
  mobile: ["手机", "手机号", "手机号码"], officePhone: ["办公电话", "座机"], qq: ["QQ号", "QQ"], email: ["电子邮箱", "邮箱"],
  classId: ["报名班次", "班次"], city: ["所在市州", "市州", "所在城市"], organization: ["单位名称", "单位名称（盖章）", "单位"],
  needs: ["知识产权工作情况及培训需求", "培训需求"], interests: ["感兴趣的课程", "感兴趣的线上课程"],
};

export const REGISTRATION_COLUMNS: ColumnSpec<Key>[] = [
  { key: "submittedAt", names: ["提交答卷时间", "提交时间", "答卷时间"] },
  { key: "consentPublish", names: ["是否同意公布姓名和单位", "同意公布姓名和单位", "同意公布"] },
  ...FIELDS.map((f) => ({ key: f.key as Key, names: [f.label, ...(EXTRA_NAMES[f.key] ?? [])] })),
];

export interface RegistrationValues {
  fields: Partial<Record<FieldKey, string | number | string[]>>;
  consentPublish?: boolean;
  qualityScore: number;
  submittedAt: Date;
}

export type RowResult =
  | { ok: true; value: RegistrationValues; warnings: string[] }
  | { ok: false; reason: string };

const firstLine = (s: string) => s.split("\n")[0]!.replace(/[。；;]?请回复选项前的数字.*$/, "");

function prepare(f: FieldDef, raw: string): string {
  if (f.key === "interests") return raw.replace(/[┋|｜]/g, "；");
  return raw;
}

/** One questionnaire row through the chat's own validators, in the form's order. */
export function parseRegistrationRow(cells: readonly string[], cols: Partial<Record<Key, number>>, p: Programme, now: Date): RowResult {
  const cell = (k: Key) => (cols[k] === undefined ? "" : (cells[cols[k]!] ?? "").trim());
  const answers: Answers = {};
  const warnings: string[] = [];
  let complete = true;
  for (const f of FIELDS) {
    const raw = cell(f.key);
    if (raw === "" && f.optional) continue;
    const loose = f.key === "classId" && raw ? findClassLoose(p, raw)?.id : undefined;
    const r = loose ? { ok: true as const, value: loose } : raw === "" ? { ok: false as const, error: "未填写" } : f.parse(prepare(f, raw), p, answers);
    if (r.ok) {
      answers[f.key] = r.value;
      continue;
    }
    const why = `${f.label}：${firstLine(r.error)}`;
    if (f.key === "classId" && typeof answers.city === "string" && classOfCity(p, answers.city)) {
      answers.classId = classOfCity(p, answers.city)!.id;
      warnings.push(`${why}，按所在市州归入${classOfCity(p, answers.city)!.name.zh}`);
      continue;
    }
    if (ESSENTIAL.includes(f.key)) return { ok: false, reason: why };
    complete = false;
    warnings.push(`${why}（未导入此项，问卷质量分按未完成计）`);
  }
  const rawTime = cell("submittedAt");
  let submittedAt = rawTime ? parseWallTime(rawTime, p.timezone) : now;
  if (!submittedAt) {
    warnings.push(`提交答卷时间“${rawTime}”无法识别，按导入时间计`);
    submittedAt = now;
  }
  const consentRaw = cols.consentPublish === undefined ? undefined : cell("consentPublish");
  const consentPublish = consentRaw === undefined ? undefined : /^(是|同意|愿意|可以|yes|y|1|true|√|✓)/i.test(normaliseText(consentRaw));
  const text = (k: FieldKey) => (typeof answers[k] === "string" ? (answers[k] as string) : null);
  const q = qualityScore({
    complete, qq: text("qq"), officePhone: text("officePhone"), remarks: text("remarks"), needs: text("needs"),
    interests: Array.isArray(answers.interests) ? answers.interests : [],
  });
  const fields = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null && v !== undefined)) as RegistrationValues["fields"];
  return { ok: true, value: { fields, consentPublish, qualityScore: q.score, submittedAt }, warnings };
}

export function registrationColumns(headers: readonly string[]) {
  return mapColumns(headers, REGISTRATION_COLUMNS);
}
