import type { Keyword } from "./intents.js";
import type { Query } from "./types.js";
import { stem } from "./normalise.js";
import { fuzzyIncludes, withinOneEdit } from "./typos.js";

export interface Hit {
  score: number;
  /** Where a Chinese keyword matched in the compact text (-1 for English), and its length. */
  at: number;
  len: number;
}

interface Compiled {
  w: number;
  cjk?: string;
  word?: string;
  phrase?: RegExp;
  len: number;
}

const CJK = /[\u3400-\u9fff]/;
const compiled = new WeakMap<Keyword[], Compiled[]>();

function compile(list: Keyword[]): Compiled[] {
  let c = compiled.get(list);
  if (c) return c;
  c = list.map(({ kw, w }) => {
    if (CJK.test(kw)) return { w, cjk: kw, len: kw.length };
    if (/[\s-]/.test(kw)) {
      const body = kw.split(/\s+/).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
      return { w, phrase: new RegExp(`(?<![a-z])${body}(?:s|es)?(?![a-z])`), len: kw.length };
    }
    return { w, word: stem(kw), len: kw.length };
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
    if (k.cjk) {
      const f = fuzzyIncludes(q.flat, k.cjk);
      if (f > 0) {
        s = k.w * (f === 1 ? 1 : 0.95);
        at = q.flat.indexOf(k.cjk);
      }
    } else if (k.phrase) {
      if (k.phrase.test(q.norm)) s = k.w;
    } else if (k.word) {
      const word = k.word;
      if (q.stems.includes(word)) s = k.w;
      else if (word.length >= 5 && q.stems.some((t) => t.length >= 4 && withinOneEdit(t, word))) s = k.w * 0.95;
    }
    if (s === 0) continue;
    count++;
    if (!best || s > best.score || (s === best.score && k.len > best.len)) best = { score: s, at, len: k.len };
  }
  if (best && count > 1) best.score = Math.min(1, best.score + 0.03 * Math.min(count - 1, 2));
  return best;
}
