import type { Keyword } from "./intents.js";
import type { Query } from "./types.js";
import { stem } from "./normalise.js";
import { EN_FUNCTION } from "./foreign.js";

const FUNCTION_STEMS = new Set([...EN_FUNCTION].map(stem));
import { fuzzyIncludes, withinOneEdit } from "./typos.js";

export interface Hit {
  score: number;
  /** Where the keyword matched (-1 when unknown) and its length; `inNorm` for English, found in the normalised text. */
  at: number;
  inNorm?: boolean;
  len: number;
  everyday?: boolean;
}

interface Compiled {
  w: number;
  cjk?: string;
  /** Its first two characters: with one swap allowed, one of them is in the text as typed. */
  heads?: [string, string];
  word?: string;
  phrase?: RegExp;
  len: number;
  everyday?: boolean;
}

const CJK = /[\u3400-\u9fff]/;
const compiled = new WeakMap<Keyword[], Compiled[]>();

function compile(list: Keyword[]): Compiled[] {
  let c = compiled.get(list);
  if (c) return c;
  c = list.map(({ kw, w, everyday }) => {
    if (CJK.test(kw)) return { w, cjk: kw, heads: [kw[0]!, kw[1] ?? kw[0]!] as [string, string], len: kw.length, everyday };
    if (/[\s-]/.test(kw)) {
      const body = kw.split(/\s+/).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
      return { w, phrase: new RegExp(`(?<![a-z])${body}(?:s|es)?(?![a-z])`), len: kw.length, everyday };
    }
    return { w, word: stem(kw), len: kw.length, everyday };
  });
  compiled.set(list, c);
  return c;
}

/** The best keyword hit of a list in a query, with a small bonus when several keywords agree. */
export function matchKeywords(list: Keyword[], q: Query): Hit | undefined {
  let best: Hit | undefined;
  let count = 0;
  for (const k of compile(list)) {
    let s = 0;
    let at = -1;
    let inNorm = false;
    if (k.cjk) {
      if (!q.flat.includes(k.heads![0]) && !q.flat.includes(k.heads![1])) continue;
      let f = fuzzyIncludes(q.flat, k.cjk);
      if (f === 0 && q.loose) f = fuzzyIncludes(q.loose, k.cjk);
      if (f === 0 && k.cjk.length >= 4 && gapIncludes(q.flat, k.cjk)) f = 0.9;
      if (f > 0) {
        s = k.w * (f === 1 ? 1 : 0.95);
        at = q.flat.indexOf(k.cjk);
      }
    } else if (k.phrase) {
      const m = k.phrase.exec(q.norm);
      if (m) {
        s = k.w;
        at = m.index;
        inNorm = true;
      }
    } else if (k.word) {
      const word = k.word;
      const i = q.stems.indexOf(word);
      if (i >= 0) {
        s = k.w;
        at = q.norm.indexOf(q.tokens.filter((t) => /^[a-z]/.test(t))[i]!);
        inNorm = true;
      }
      // a function word is never a slip for a keyword ("being" is not "bring")
      else if (word.length >= 5 && q.stems.some((t) => t.length >= 5 && !FUNCTION_STEMS.has(t) && withinOneEdit(t, word))) s = k.w * 0.95;
    }
    if (s === 0) continue;
    count++;
    if (!best || s > best.score || (s === best.score && k.len > best.len)) best = { score: s, at, len: k.len, inNorm, everyday: k.everyday };
  }
  if (best && count > 1) best.score = Math.min(1, best.score + 0.03 * Math.min(count - 1, 2));
  return best;
}

/**
 * A keyword of four characters or more found in two halves with one or two characters between them
 * ("培训整体时间" holds "培训时间"); never across a negation ("培训不用费用" is not "培训费用").
 */
export function gapIncludes(text: string, kw: string): boolean {
  for (let cut = 2; cut <= kw.length - 2; cut++) {
    const head = kw.slice(0, cut);
    const tail = kw.slice(cut);
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
      for (let gap = 1; gap <= 2; gap++) {
        const mid = text.slice(at + cut, at + cut + gap);
        if (mid.length === gap && !/[不没无非别]/.test(mid) && text.startsWith(tail, at + cut + gap)) return true;
      }
    }
  }
  return false;
}
