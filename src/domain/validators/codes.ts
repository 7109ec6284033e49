import { ok, err, type Result } from "../result.js";
import { charLength, normaliseText, preview } from "./text.js";

/** GB 32100-2015 character set: digits and capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Letters people type by mistake, and the character they probably meant. */
const LOOKALIKE: Record<string, string> = { I: "1", O: "0", Z: "2", S: "5" };

/** The check character (18th) for the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  WEIGHTS.forEach((w, i) => {
    sum += CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * w;
  });
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from CREDIT_CODE_CHARSET,
 * the last one a mod-31 check character. Lowercase, full-width characters,
 * spaces and dashes are accepted; returns the 18 uppercase characters.
 */
export function parseCreditCode(s: string): Result<string> {
  const t = normaliseText(s).replace(/[\s-]/g, "").toUpperCase();
  if (t === "") return err("请输入18位统一社会信用代码（见营业执照），例如：91420100MA4KL1234M");
  const len = charLength(t);
  if (len !== 18) {
    return err(`统一社会信用代码应为18位（数字和大写字母），您输入了${len}位，请对照营业执照核对`);
  }
  const chars = Array.from(t);
  const pos = chars.findIndex((c) => !CREDIT_CODE_CHARSET.includes(c));
  if (pos >= 0) {
    const c = chars[pos] ?? "";
    const hint = LOOKALIKE[c] ? `，是否应为“${LOOKALIKE[c]}”？` : "";
    return err(
      `统一社会信用代码第${pos + 1}位${preview(c)}不是有效字符：只能由数字和大写字母组成，` +
        `且不含字母 I、O、Z、S、V${hint}`,
    );
  }
  if (creditCodeCheckChar(t) !== t.charAt(17)) {
    return err("统一社会信用代码校验不通过：18位中有字符输错或顺序颠倒，请对照营业执照逐位核对");
  }
  return ok(t);
}

/** QQ number: 5–11 digits, not starting with 0. Spaces and full-width digits accepted. */
export function parseQq(s: string): Result<string> {
  const t = normaliseText(s).replace(/^qq[:：]?/i, "").replace(/[\s-]/g, "");
  if (t === "") return err("请输入QQ号（5到11位数字）");
  if (!/^\d+$/.test(t)) {
    if (t.includes("@")) return err("这看起来是邮箱地址，请在邮箱一栏填写；QQ号应为5到11位数字");
    return err(`QQ号只能由数字组成（5到11位），您输入了${preview(t)}`);
  }
  if (t.startsWith("0")) return err("QQ号不会以0开头，请检查第一位数字");
  if (t.length < 5 || t.length > 11) return err(`QQ号应为5到11位数字，您输入了${t.length}位`);
  return ok(t);
}
