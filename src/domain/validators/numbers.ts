import { ok, err, type Result } from "../result.js";
import { normaliseText, preview } from "./text.js";

export interface WholeNumberOptions {
  /** Smallest accepted value; default 0 (negative values are never accepted). */
  min?: number;
  max: number;
  /** What is being counted, for messages: "专利数量". Default "数量". */
  label?: string;
}

/** Units a trainee may write after the number: "3件", "12 个", "5项". */
const UNITS = "件|个|项|篇|份|次|人|名|家|条|类|种";
const NUMBER = new RegExp(`^(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:${UNITS})?$`);
const NONE = /^(?:无|没有|暂无|暂时没有|还没有|none|no)$/i;

/**
 * A whole number min…max written in digits (full-width accepted), optionally
 * with a unit (件/个/项…) and thousands separators. "无"/"没有" mean 0.
 * Negatives, decimals and numbers in words are refused with a reason.
 */
export function parseWholeNumber(s: string, opts: WholeNumberOptions): Result<number> {
  const min = Math.max(0, opts.min ?? 0);
  const { max } = opts;
  const label = opts.label ?? "数量";
  const range = `${min}到${max}之间的整数`;
  const t = normaliseText(s).replace(/\n/g, " ");
  if (t === "") return err(`请输入${label}（${range}），例如：3`);
  if (NONE.test(t)) {
    return min <= 0 ? ok(0) : err(`${label}至少为${min}，请输入${range}`);
  }
  if (/^[-−﹣]\s*\d/.test(t)) return err(`${label}不能是负数，请输入${range}`);
  if (/^\d*[.．]\d+\s*(?:\p{Script=Han})?$/u.test(t)) {
    return err(`${label}应为整数，不能有小数点，您输入了${preview(t)}`);
  }
  const m = NUMBER.exec(t);
  if (!m) {
    if (/^\d+\s*\p{Script=Han}+$/u.test(t)) {
      return err(`${preview(t.replace(/^\d+\s*/, ""))}不是数量的单位，请只输入数字，例如：3`);
    }
    if (/\d/.test(t)) return err(`请只输入一个整数（${range}），您输入了${preview(t)}`);
    return err(`请用阿拉伯数字填写${label}，例如：3（不要写成“三”或“几个”）`);
  }
  const digits = (m[1] ?? "").replace(/,/g, "").replace(/^0+(?=\d)/, "");
  if (digits.length > 15 || Number(digits) > max) {
    return err(`${label}不能超过${max}，您输入了${digits.length > 15 ? "一个过大的数" : digits}，请核对`);
  }
  const n = Number(digits);
  if (n < min) return err(`${label}至少为${min}，您输入了${n}`);
  return ok(n);
}
