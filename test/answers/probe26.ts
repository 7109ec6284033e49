import type { Case } from "./questions.js";
import { q, county } from "./cases.js";

/**
 * probe26: dialect pronouns in compounds and 钱 typed as 前, checked after probe25 was fixed (the first four counties and
 * '需要掏前么' were run first: 俺家在孝昌 找谁 was declined as outside; the rest passed).
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE26: Case[] = [
  county("俺家在孝昌 找谁", WH, [XS, YJ]),
  county("俺们家公司在英山 联系谁", WH, [XS, YJ]),
  county("咱单位在南漳 报哪个班", XS, [WH, YJ]),
  county("俺这儿是巴东 回执发哪", ["446131789@qq.com"], ["whfw011@163.com", "287283496@qq.com"]),
  county("偶们是利川滴 找哪个老师", YJ, [WH, XS]),
  q("需要掏前么", "免费"),
  q("报名收前没", "免费"),
  q("要不要交前呀", "免费"),
  q("回执交前要盖章吗", "盖章"),
];
