import { pinyin } from "pinyin-pro";
import { normaliseText } from "../validators/text.js";

/** An option as the parsers see it: its value, label and every other name people use for it. */
export interface ChoiceOption {
  value: string;
  label: string;
  aliases: readonly string[];
  other?: boolean;
  range?: { min: number; below: number | null };
}

export type Match = { kind: "one"; option: ChoiceOption } | { kind: "some"; options: ChoiceOption[] } | { kind: "none" };

/** Comparable form: NFKC, lower case, no spaces or punctuation. */
export const matchKey = (s: string): string => normaliseText(s).toLowerCase().replace(/[\s\p{P}]/gu, "");

const PREFIXES = ["我们单位是", "我们公司是", "我们单位", "我们公司", "我们是", "我是", "我在", "我们", "本人", "就是", "属于", "算是", "是"];
const SUFFIXES = ["的吧", "的啊", "的呀", "的哦", "的", "了", "吧", "啊", "呀", "哦", "哈", "呢", "滴"];

/** "我们是私营企业的" → "私营企业": the words around an answer that people add in chat. */
export function stripColloquial(key: string): string {
  let t = key;
  const pre = PREFIXES.find((p) => t.startsWith(p) && t.length > p.length);
  if (pre) t = t.slice(pre.length);
  for (let again = true; again; ) {
    again = false;
    const suf = SUFFIXES.find((s) => t.endsWith(s));
    if (suf && t.length - suf.length >= 1) {
      t = t.slice(0, -suf.length);
      again = true;
    }
  }
  return t;
}

const names = new WeakMap<ChoiceOption, string[]>();
/** Every name of an option in comparable form (kept: the same options are matched for every row of an import). */
function namesOf(o: ChoiceOption): string[] {
  let v = names.get(o);
  if (!v) {
    v = [o.label, o.value, ...o.aliases].map(matchKey).filter((n) => n !== "");
    names.set(o, v);
  }
  return v;
}

const pinyinCache = new Map<string, string>();
function sound(s: string): string {
  let v = pinyinCache.get(s);
  if (v === undefined) {
    v = /\p{Script=Han}/u.test(s) ? pinyin(s, { toneType: "none", type: "array" }).join("") : s;
    pinyinCache.set(s, v);
  }
  return v;
}

/** Sounds that speakers of many dialects (and pinyin input methods) do not tell apart: -ng/-n, zh/z, ch/c, sh/s, l/n, h/f. */
const fuzzy = (s: string): string =>
  s.replace(/ng\b|ng(?=[^aeiouv]|$)/g, "n").replace(/zh/g, "z").replace(/ch/g, "c").replace(/sh/g, "s").replace(/l/g, "n").replace(/h/g, "f");

function fuzzySound(s: string): string {
  if (!/\p{Script=Han}/u.test(s)) return s;
  return pinyin(s, { toneType: "none", type: "array" }).map(fuzzy).join("");
}

/** Levenshtein distance, stopping early past 1. */
function withinOne(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (x.length > y.length) i++;
    else if (y.length > x.length) j++;
    else if (x[i + 1] === y[j] && x[i] === y[j + 1]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (x.length - i) + (y.length - j) <= 1;
}

const unique = (list: ChoiceOption[]) => [...new Set(list)];

function verdict(found: ChoiceOption[]): Match {
  const list = unique(found);
  if (list.length === 1) return { kind: "one", option: list[0]! };
  if (list.length > 1) return { kind: "some", options: list };
  return { kind: "none" };
}

/**
 * The option an answer names: its label, value or an alias exactly; else a unique part of a name ("民营"),
 * or a name inside the answer ("我们是私营企业"); else a name that sounds the same (pinyin) or is one
 * character away ("神龙架"). Several candidates come back as "some", for the caller to ask which.
 */
export function matchOption(text: string, options: readonly ChoiceOption[]): Match {
  const raw = matchKey(text);
  if (raw === "") return { kind: "none" };
  const forms = [...new Set([raw, stripColloquial(raw)])];
  for (const f of forms) {
    const exact = options.filter((o) => namesOf(o).includes(f));
    if (exact.length) return verdict(exact);
  }
  for (const f of forms) {
    const part = options.filter((o) => namesOf(o).some((n) => (f.length >= 2 && n.includes(f)) || (n.length >= 2 && f.includes(n))));
    if (part.length) {
      // a longer name inside the answer beats a shorter one ("中外合资企业" over "外资")
      const inside = part.filter((o) => namesOf(o).some((n) => n.length >= 2 && f.includes(n)));
      const best = Math.max(0, ...inside.flatMap((o) => namesOf(o).filter((n) => f.includes(n)).map((n) => n.length)));
      const longest = inside.filter((o) => namesOf(o).some((n) => f.includes(n) && n.length === best));
      return verdict(longest.length ? longest : part);
    }
  }
  for (const f of forms) {
    if (f.length < 2) continue;
    const sameSound = options.filter((o) => namesOf(o).some((n) => n.length === f.length && sound(n) === sound(f)));
    if (sameSound.length) return verdict(sameSound);
  }
  for (const f of forms) {
    if (f.length < 2) continue;
    const near = options.filter((o) => namesOf(o).some((n) => n.length === f.length && fuzzySound(n) === fuzzySound(f)));
    if (near.length) return verdict(near);
  }
  for (const f of forms) {
    if (f.length < 2) continue;
    // a name of two characters is one character from too much ("男女" from "男性"): only its sound counts
    const slip = options.filter((o) => namesOf(o).some((n) => n.length >= 3 && !/^\d+$/.test(n) && withinOne(n, f)));
    if (slip.length) return verdict(slip);
  }
  return { kind: "none" };
}
