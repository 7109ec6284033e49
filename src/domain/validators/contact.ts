import { ok, err, type Result } from "../result.js";
import { charLength, firstOffending, normaliseText, preview } from "./text.js";

/** Hyphen/dash look-alikes that people (and input methods) type between digit groups. */
const DASHES = /[‐‑‒–—―−﹣]/g;
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Mainland mobile number: 11 digits 1[3-9]xxxxxxxxx. Accepts +86 / 86 / 0086
 * prefixes, spaces, dashes, parentheses and full-width digits; returns the 11 digits.
 */
export function parseMobile(s: string): Result<string> {
  const t = normaliseText(s).replace(DASHES, "-").replace(/[\s\-().]/g, "");
  if (t === "") return err("请输入11位手机号，例如：13812345678");
  let d = t.replace(/^(?:\+86|0086)/, "");
  const bad = firstOffending(d, /\d/);
  if (bad !== undefined) {
    return err(`手机号只能包含数字，您输入的内容中有${preview(bad)}；请填写中国大陆11位手机号，以1开头`);
  }
  if (d.length === 13 && d.startsWith("861")) d = d.slice(2);
  if (d.startsWith("0")) {
    return err("手机号应以1开头，不以0开头；如果这是座机号码，请填写在办公电话一栏");
  }
  if (d.length !== 11) return err(`手机号应为11位数字，以1开头，您输入了${d.length}位`);
  if (!MOBILE.test(d)) return err(`手机号应以13到19开头，您输入的前两位是“${d.slice(0, 2)}”`);
  return ok(d);
}

const EXAMPLE = "例如：027-87520061，有分机时写成 027-87520061转123";
const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*(\d+)$/i;

/**
 * Landline with area code: 0 + 2–3 digit area code, 7–8 digit number,
 * optional extension ("转123", "-123", "ext 123"). Accepts spaces, dashes,
 * parentheses: "(027)87520061" → "027-87520061", "…转123" → "027-87520061-123".
 */
export function parseLandline(s: string): Result<string> {
  let t = normaliseText(s).replace(/\n/g, " ").replace(DASHES, "-");
  if (t === "") return err(`请输入办公电话（带区号），${EXAMPLE}`);
  let ext: string | undefined;
  const m = EXTENSION.exec(t);
  if (m) {
    ext = m[1];
    t = t.slice(0, m.index);
  }
  const bare = t.replace(/\D/g, "").replace(/^(?:00)?86(?=1[3-9]\d{9}$)/, "");
  if (MOBILE.test(bare) && ext === undefined) {
    return err("这是手机号，请填写在手机号一栏；办公电话请填写带区号的座机号码，例如：027-87520061");
  }
  t = t.replace(/^(?:\+|00)86[\s-]*\(?0?/, "0");
  const bad = firstOffending(t, /[\d\s()-]/);
  if (bad !== undefined) {
    return err(`办公电话中不能有${preview(bad)}，只能包含数字、括号和“-”；${EXAMPLE}`);
  }
  if (bare === "") return err(`请输入办公电话号码（带区号），${EXAMPLE}`);
  const groups = t.replace(/[()]/g, "-").split("-").map((g) => g.replace(/\s/g, "")).filter(Boolean);
  let area: string;
  let num: string;
  let dashExt: string | undefined;
  if (groups.length === 1 || (groups.length === 2 && (groups[0] ?? "").length > 4)) {
    const blob = groups[0] ?? "";
    dashExt = groups[1];
    if (!blob.startsWith("0")) return err(`办公电话缺少区号（以0开头），${EXAMPLE}`);
    const areaLen = /^0[12]/.test(blob) ? 3 : 4;
    area = blob.slice(0, areaLen);
    num = blob.slice(areaLen);
  } else if (groups.length === 2 || groups.length === 3) {
    [area = "", num = "", dashExt] = groups;
  } else {
    return err(`这个电话号码的数字分段太多，${EXAMPLE}`);
  }
  if (dashExt !== undefined) {
    if (ext !== undefined) return err(`分机号只需写一次，${EXAMPLE}`);
    ext = dashExt;
  }
  if (!area.startsWith("0")) {
    const n = charLength(area + num);
    if (n >= 7 && n <= 8) return err(`办公电话缺少区号（以0开头），${EXAMPLE}`);
    return err(`区号${preview(area)}不正确：区号以0开头，共3到4位，例如武汉027、襄阳0710`);
  }
  if (!/^0(?:10|2\d|[3-9]\d\d)$/.test(area)) {
    return err(`区号${preview(area)}不正确：区号以0开头，共3到4位，例如武汉027、襄阳0710`);
  }
  if (num.length < 7 || num.length > 8) {
    return err(`区号后面的电话号码应为7到8位，您输入了${num.length}位；${EXAMPLE}`);
  }
  if (!/^[2-9]/.test(num)) return err(`区号后面的电话号码不会以0或1开头，请检查；${EXAMPLE}`);
  if (ext !== undefined && !/^\d{1,6}$/.test(ext)) {
    return err(`分机号应为1到6位数字，您输入了${ext.length}位`);
  }
  return ok(`${area}-${num}${ext !== undefined ? `-${ext}` : ""}`);
}

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Practical e-mail check: local@domain.tld, no spaces, ≤ 254 characters; lower-cases the domain. */
export function parseEmail(s: string): Result<string> {
  const t = normaliseText(s).replace(/[。．]/g, ".");
  const example = "例如：zhangsan@163.com";
  if (t === "") return err(`请输入邮箱地址，${example}`);
  const len = charLength(t);
  if (len > 254) return err(`邮箱地址最长254个字符，您输入了${len}个`);
  if (/\s/.test(t)) return err(`邮箱地址中不能有空格或换行，${example}`);
  const parts = t.split("@");
  if (parts.length === 1) return err(`邮箱地址缺少“@”，${example}`);
  if (parts.length > 2) return err(`邮箱地址中只能有一个“@”，${example}`);
  const [local = "", rawDomain = ""] = parts;
  if (local === "") return err(`“@”前面缺少用户名，${example}`);
  if (local.length > 64) return err(`邮箱“@”前面的部分最长64个字符，您输入了${charLength(local)}个`);
  if (!LOCAL.test(local) || local.startsWith(".") || local.endsWith(".") || local.includes("..")) {
    return err(`邮箱“@”前面的部分${preview(local)}格式不正确，只能使用英文字母、数字和 . _ - +`);
  }
  const domain = rawDomain.toLowerCase();
  if (domain === "") return err(`“@”后面缺少邮箱域名，例如：qq.com、163.com`);
  const labels = domain.split(".");
  if (labels.length < 2) return err(`邮箱域名${preview(domain)}缺少后缀（如 .com、.cn），例如：qq.com`);
  if (!labels.every((l) => LABEL.test(l))) {
    return err(`邮箱域名${preview(domain)}格式不正确，只能使用英文字母、数字、“-”和“.”，例如：qq.com`);
  }
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/.test(labels[labels.length - 1] ?? "")) {
    return err(`邮箱域名的后缀不正确，应为 .com、.cn 之类的字母后缀，${example}`);
  }
  return ok(`${local}@${domain}`);
}
