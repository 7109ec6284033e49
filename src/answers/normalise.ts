import * as OpenCC from "opencc-js/t2cn";
import type { Lang } from "./types.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[a-z]{2,}/g;
const ZH_GRAMMAR = /[吗呢几哪啥怎谁么要是没]/;

// Traditional characters (Taiwan and Hong Kong forms both) folded to simplified by OpenCC's tables.
const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
const HANT = /[\u3400-\u9fff]/;

/** NFKC folds full-width letters, digits and punctuation to their half-width forms. */
export function normalise(text: string): string {
  const n = text.normalize("NFKC");
  return (HANT.test(n) ? toSimplified(n) : n)
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .replace(MONEY_SLIP, "$1钱")
    .trim();
}

// "要交前不", "收前吗": 前 after a verb of paying, ending its clause, is 钱 typed by its sound ("交前要盖章" is "before")
const MONEY_SLIP = /([交收花掏付缴退给])前(?=[啊呀吗么嘛呢不没吧哇]|[\s\p{P}]|$)/gu;

/** The normalised text without spaces, punctuation or emoji: what Chinese keywords are matched against. */
export function compact(norm: string): string {
  return norm.replace(/[\s\p{P}\p{Extended_Pictographic}\ufe0f]/gu, "").replace(/[“”‘’]/g, "");
}

/** English when the text is mostly Latin words: no Chinese, or a few Chinese terms inside an English sentence. */
export function detectLang(norm: string): Lang {
  const cjk = norm.match(CJK)?.length ?? 0;
  const words = norm.match(LATIN_WORD)?.length ?? 0;
  if (cjk === 0) return words > 0 ? "en" : "zh";
  // Chinese grammar around English words ("offline培训要带laptop吗") is a Chinese sentence
  if (ZH_GRAMMAR.test(norm)) return "zh";
  return cjk <= 6 && (words >= 3 || (words >= 2 && /^[a-z]/.test(norm))) ? "en" : "zh";
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Word-like segments; Latin words come out whole, Chinese as dictionary words. */
export function segment(norm: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(norm)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Very light English stemming so "fees", "certificates" and "registered" meet their keywords. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  // a plural of an -ing or -ed word ("recordings") loses both endings, as its singular does
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return /(?:ing|ed)s$/.test(word) && word.length > 6 ? stem(word.slice(0, -1)) : word.slice(0, -1);
  return word;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "十六" → 16, "三十一" → 31, "5" → 5; NaN for anything else. */
export function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 0) return NaN;
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? NaN);
  const rest = s.slice(ten + 1);
  const ones = rest === "" ? 0 : (CN_DIGITS[rest] ?? NaN);
  return tens * 10 + ones;
}
