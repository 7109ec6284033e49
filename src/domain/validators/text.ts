import { ok, err, type Result } from "../result.js";

/** Control characters except \n (tabs are turned into spaces first), plus invisible characters: zero-width
 * spaces, bidi overrides and isolates (U+2066–2069), BOM, soft hyphen, and the Hangul fillers (U+3164 and what
 * NFKC makes of it) that pass for letters. */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/g;

const NEEDS_CLEANING = new RegExp(`${INVISIBLE.source}|\\r|\\t| {2}| \\n|\\n |^\\s|\\s$`, "u");

/**
 * NFKC (full-width → half-width, ideographic space → space), CRLF → LF,
 * strip control/invisible characters (keep \n), collapse runs of spaces and
 * tabs, drop spaces around line breaks, trim.
 */
export function normaliseText(s: string): string {
  return cleanText(s.normalize("NFKC"));
}

/** As normaliseText, but keeps the characters as typed (full-width punctuation stays): for storing free text. */
export function cleanText(s: string): string {
  // most answers are clean already: one test instead of five replacements
  if (!NEEDS_CLEANING.test(s)) return s;
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(INVISIBLE, "")
    .replace(/ {2,}/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** Length in characters (code points), not UTF-16 units. */
export const charLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Letters (incl. Chinese characters) and digits; whitespace, punctuation, emoji don't count. */
export const countMeaningfulChars = (s: string): number =>
  normaliseText(s).match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** Short quotation of what the trainee typed, for error messages. */
export function preview(s: string, max = 12): string {
  const chars = Array.from(s);
  return `“${chars.length > max ? chars.slice(0, max).join("") + "…" : s}”`;
}

/** The first character that is not allowed, for "不能包含“X”" messages. */
export function firstOffending(s: string, allowed: RegExp): string | undefined {
  for (const c of s) if (!allowed.test(c)) return c;
  return undefined;
}

const NAME_DOTS = /\s*[·•‧・∙]\s*/g;

/**
 * A person's name: 2–20 characters, either Chinese characters (with "·"
 * between parts of minority names: 买买提·艾力) or Latin letters with single
 * spaces (also ' and - inside a word: O'Brien, Jean-Luc).
 * Spaces inside a Chinese name are removed ("张 三" → "张三").
 */
export function parseName(s: string): Result<string> {
  let t = normaliseText(s).replace(/\n/g, " ").replace(NAME_DOTS, "·");
  if (t === "") return err("请输入姓名，例如：张三");
  if (/\p{Script=Han}/u.test(t)) t = t.replace(/ /g, "");
  const len = charLength(t);
  if (len > 20) return err(`姓名最多20个字符，您输入了${len}个，请只填写本人姓名`);
  if (/\p{N}/u.test(t)) return err("姓名中不能包含数字，请填写本人的真实姓名");
  const bad = firstOffending(t, /[\p{Script=Han}\p{Script=Latin} ·'-]/u);
  if (bad !== undefined) {
    return err(`姓名中不能包含${preview(bad)}，只能使用汉字（少数民族姓名可用“·”分隔）或英文字母`);
  }
  const han = /\p{Script=Han}/u.test(t);
  const latin = /\p{Script=Latin}/u.test(t);
  if (han && latin) return err("姓名请只用汉字或只用英文字母填写，不要混用");
  if (han && !/^\p{Script=Han}+(·\p{Script=Han}+)*$/u.test(t)) {
    return err("中文姓名只能由汉字组成，“·”只能用在两段姓名之间，例如：买买提·艾力");
  }
  if (latin && !/^\p{Script=Latin}+(?:['-]\p{Script=Latin}+)*(?: \p{Script=Latin}+(?:['-]\p{Script=Latin}+)*)*$/u.test(t)) {
    return err("英文姓名只能由字母和单个空格组成，例如：Li Ming");
  }
  if (!han && !latin) return err("请输入姓名，只能使用汉字或英文字母");
  if (len < 2) return err(`姓名至少2个字符，您输入了${len}个，请填写完整姓名`);
  return ok(t);
}

export interface FreeTextOptions {
  /** Name of the field, used in messages: "培训需求". */
  label: string;
  /** Minimum number of characters; default 1. */
  min?: number;
  max: number;
}

/** Free text after normaliseText: not empty, min–max characters, some real words. */
export function parseFreeText(s: string, opts: FreeTextOptions): Result<string> {
  const { label, max } = opts;
  const min = Math.max(1, opts.min ?? 1);
  const t = normaliseText(s);
  if (t === "") return err(`请填写${label}，内容不能为空`);
  const len = charLength(t);
  if (len > max) return err(`${label}最多${max}个字，您输入了${len}个字，请精简后再发送`);
  if (!/\p{L}/u.test(t)) return err(`${label}需要文字内容，不能只有数字、表情或标点`);
  if (len < min) return err(`${label}至少需要${min}个字，您只写了${len}个字，请再具体一些`);
  return ok(cleanText(s));
}
