import { normaliseText } from "../validators/text.js";

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** "十二" → 12, "两" → 2, "一百零五" → 105, "三万" → 30000; undefined if not a numeral. */
export function chineseNumeral(s: string): number | undefined {
  if (!s || !/^[零〇一二两俩三四五六七八九十百千万]+$/.test(s)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
      continue;
    }
    const u = UNIT[c]!;
    if (u === 10000) {
      total += (section + (digit ?? 0)) * u;
      section = 0;
    } else section += (digit ?? 1) * u;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}

/** Chinese numerals inside a text as digits: "十二件" → "12件", "两个" → "2个". */
export function digitsFor(s: string): string {
  return s.replace(/[零〇一二两俩三四五六七八九十百千万]+/g, (m) => {
    const n = chineseNumeral(m);
    return n === undefined ? m : String(n);
  });
}

/**
 * An amount of years in an answer: "3年" 3, "两年" 2, "半年" 0.5, "一年多" 1.5, "不到一年" 0.5,
 * "8年多了" 8.5, "4" 4; undefined when the text gives no amount.
 */
export function yearsIn(text: string): number | undefined {
  const t = digitsFor(normaliseText(text).replace(/\s/g, ""));
  if (/^(?:半年|半年多|几个月|\d+个月)$/.test(t)) return 0.5;
  const m = /^(不到|不足|未满|少于|没到|还不到)?(\d+(?:\.\d+)?)(?:年)?(多|半|以上|出头)?(?:了|吧|的样子|左右)?$/.exec(t.replace(/^(?:大概|大约|约|差不多|已经|有|做了|干了)/, ""));
  if (!m) return undefined;
  const n = Number(m[2]);
  if (m[1]) return Math.max(0, n - 0.5);
  if (m[3]) return n + 0.5;
  return n;
}
