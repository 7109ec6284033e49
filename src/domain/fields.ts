import type { Programme } from "../programme/schema.js";
import { classOfCity, cityById, classById } from "../programme/lookup.js";
import type { Option } from "../channels/types.js";
import type { Result } from "./result.js";
import {
  parseChoice, parseCreditCode, parseEmail, parseFreeText, parseGender, parseLandline, parseMobile, parseMultiChoice,
  parseName, parseQq, parseWholeNumber,
} from "./validators.js";

/** The export keys, in the order the form asks them. */
export const FIELD_KEYS = [
  "organization", "creditCode", "city", "classId", "name", "gender", "department", "title", "email", "qq",
  "officePhone", "mobile", "address", "remarks", "enterpriseType", "industry", "patentCount", "ipYears", "role",
  "interests", "needs",
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
export type Answers = { [K in FieldKey]?: string | number | string[] | null };

export const ENTERPRISE_TYPES = ["国有企业", "民营企业", "外资企业", "中外合资企业", "其他"] as const;
export const IP_YEARS = ["不足1年", "1-3年", "3-5年", "5年以上"] as const;

export interface FieldDef {
  key: FieldKey;
  label: string;
  prompt: string;
  example?: string;
  optional?: boolean;
  /** Any text is a valid answer, so a question must be told apart before parsing. */
  freeText?: boolean;
  multi?: boolean;
  options?(p: Programme, a: Answers): Option[];
  parse(text: string, p: Programme, a: Answers): Result<string | number | string[]>;
  show?(value: unknown, p: Programme): string;
}

const list = (values: readonly string[]): Option[] => values.map((v) => ({ label: v, value: v }));
const free = (label: string, min: number, max: number) => (t: string) => parseFreeText(t, { min, max, label });

export function cityOptions(p: Programme): Option[] {
  return p.cities.map((c) => ({ label: c.zh, value: c.id }));
}

/** The class of the trainee's city comes first, so the city suggests the class. */
export function classOptions(p: Programme, a: Answers): Option[] {
  const suggested = typeof a.city === "string" ? classOfCity(p, a.city)?.id : undefined;
  const opts = p.classes.map((c) => ({ label: c.name.zh, value: c.id }));
  return suggested ? [...opts.filter((o) => o.value === suggested), ...opts.filter((o) => o.value !== suggested)] : opts;
}

function classAliases(p: Programme) {
  return p.classes.map((c) => ({ value: c.id, label: c.name.zh, aliases: [c.name.en, ...c.aliases] }));
}

export const FIELDS: readonly FieldDef[] = [
  { key: "organization", label: "单位名称", prompt: "请填写单位全称（与公章一致）。", example: "湖北某某科技有限公司", freeText: true, parse: free("单位名称", 4, 100) },
  { key: "creditCode", label: "统一社会信用代码", prompt: "请填写单位的统一社会信用代码（18位，见营业执照）。", example: "91420100MA4KXXXX0X", parse: parseCreditCode },
  {
    key: "city", label: "所在市州", prompt: "单位所在的市州是？", example: "荆门",
    options: cityOptions,
    parse: (t, p) => parseChoice(t, p.cities.map((c) => ({ value: c.id, label: c.zh, aliases: [c.en, ...c.aliases] }))),
    show: (v, p) => cityById(p, String(v))?.zh ?? String(v),
  },
  {
    key: "classId", label: "报名班次", prompt: "请选择报名班次。", options: classOptions,
    parse: (t, p, a) => parseChoice(t, classOptions(p, a).map((o) => classAliases(p).find((c) => c.value === o.value)!)),
    show: (v, p) => classById(p, String(v))?.name.zh ?? String(v),
  },
  { key: "name", label: "姓名", prompt: "请填写您的姓名。", example: "张明", parse: parseName },
  {
    key: "gender", label: "性别", prompt: "您的性别？", options: () => [{ label: "男", value: "male" }, { label: "女", value: "female" }],
    parse: parseGender, show: (v) => (v === "male" ? "男" : "女"),
  },
  { key: "department", label: "部门", prompt: "您所在的部门？", example: "知识产权部", freeText: true, parse: free("部门", 2, 50) },
  { key: "title", label: "职务职称", prompt: "您的职务或职称？", example: "知识产权专员／工程师", freeText: true, parse: free("职务职称", 2, 50) },
  { key: "email", label: "电子邮箱", prompt: "请填写电子邮箱，用于接收培训通知。", example: "zhangming@example.com", parse: parseEmail },
  { key: "qq", label: "QQ号", prompt: "请填写QQ号（选填，可回复“跳过”）。", example: "12345678", optional: true, parse: parseQq },
  { key: "officePhone", label: "办公电话", prompt: "请填写办公电话，带区号（选填，可回复“跳过”）。", example: "027-87654321", optional: true, parse: parseLandline },
  { key: "mobile", label: "手机", prompt: "请填写您的手机号（每个手机号只能报名一次）。", example: "13800138000", parse: parseMobile },
  { key: "address", label: "通讯地址", prompt: "请填写通讯地址。", example: "武汉市洪山区某某路1号", freeText: true, parse: free("通讯地址", 6, 200) },
  { key: "remarks", label: "备注", prompt: "有需要备注的吗？（选填，可回复“跳过”）", example: "需要开具参训证明", optional: true, freeText: true, parse: free("备注", 1, 500) },
  {
    key: "enterpriseType", label: "企业类型", prompt: "贵单位的企业类型是？", options: () => list(ENTERPRISE_TYPES),
    parse: (t) => parseChoice(t, list(ENTERPRISE_TYPES)),
  },
  { key: "industry", label: "所属行业", prompt: "贵单位所属的行业？", example: "装备制造", freeText: true, parse: free("所属行业", 2, 50) },
  { key: "patentCount", label: "有效专利数量", prompt: "贵单位目前拥有的有效专利数量（件）？没有请填0。", example: "12", parse: (t) => parseWholeNumber(t, { min: 0, max: 1_000_000 }) },
  {
    key: "ipYears", label: "从事知识产权工作年限", prompt: "您从事知识产权工作多久了？", options: () => list(IP_YEARS),
    parse: (t) => parseChoice(t, list(IP_YEARS)),
  },
  {
    key: "role", label: "专职或兼职", prompt: "您是专职还是兼职负责知识产权工作？",
    options: () => [{ label: "专职", value: "fullTime" }, { label: "兼职", value: "partTime" }],
    parse: (t) => parseChoice(t, [{ value: "fullTime", label: "专职", aliases: ["full-time", "full time"] }, { value: "partTime", label: "兼职", aliases: ["part-time", "part time"] }]),
    show: (v) => (v === "fullTime" ? "专职" : "兼职"),
  },
  {
    key: "interests", label: "感兴趣的课程", prompt: "您最感兴趣的线上课程？可多选，回复编号，用逗号隔开，如“1,4,8”，或回复“全部”。",
    multi: true, options: (p) => list(p.courseTopics),
    parse: (t, p) => parseMultiChoice(t, list(p.courseTopics), { min: 1 }),
    show: (v) => (Array.isArray(v) ? v.join("；") : String(v)),
  },
  {
    key: "needs", label: "知识产权工作情况及培训需求",
    prompt: "请简要介绍贵单位的知识产权工作情况和您的培训需求（建议50字以上，填写质量是遴选依据之一）。",
    example: "公司现有发明专利12件，正在筹建知识产权部，希望系统学习专利挖掘与布局、检索分析和维权应对。",
    freeText: true, parse: free("培训需求", 10, 1000),
  },
];

export const fieldByKey = (key: FieldKey): FieldDef => FIELDS.find((f) => f.key === key)!;

/** Finds a field by its Chinese label or a short name ("修改手机号" → mobile). */
export function fieldByName(name: string): FieldDef | undefined {
  const n = name.replace(/\s/g, "").toLowerCase();
  if (!n) return undefined;
  const aliases: Record<string, FieldKey> = {
    单位: "organization", 公司: "organization", 信用代码: "creditCode", 市州: "city", 城市: "city", 班次: "classId",
    手机号: "mobile", 手机号码: "mobile", 电话: "officePhone", 邮箱: "email", 职务: "title", 职称: "title", 地址: "address",
    专利: "patentCount", 专利数量: "patentCount", 年限: "ipYears", 专兼职: "role", 课程: "interests", 兴趣: "interests",
    需求: "needs", 培训需求: "needs", 行业: "industry", 企业类型: "enterpriseType", qq: "qq",
  };
  const byAlias = aliases[n];
  if (byAlias) return fieldByKey(byAlias);
  return FIELDS.find((f) => f.key.toLowerCase() === n || f.label.toLowerCase() === n || f.label.includes(n) && n.length >= 2);
}

export function showValue(f: FieldDef, value: unknown, p: Programme): string {
  if (value === null || value === undefined || value === "") return "（未填）";
  return f.show ? f.show(value, p) : String(value);
}
