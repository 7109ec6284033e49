import { pinyin } from "pinyin-pro";
import type { Programme } from "../programme/schema.js";
import { vocabularyOf } from "./intents.js";
import { cardsOf } from "./cards.js";

// Chat writes a word by its pinyin initials ("zs" for 证书, "bm" for 报名): two to four consonants, no vowel
// (an English word or abbreviation such as "ppt", "ok" has one, or is read elsewhere).
const TOKEN = /(?<![a-z])[b-df-hj-np-tv-z]{2,4}(?![a-z])/g;
// A subject is abbreviated, not a question ("找谁", "多少钱").
const ASKS = /[谁什么哪几怎吗呢啥咋多少]/;
const cache = new WeakMap<Programme, Map<string, string[]>>();

/** The programme's keywords of two to four Chinese characters, by their pinyin initials. */
function initialsOf(p: Programme): Map<string, string[]> {
  const hit = cache.get(p);
  if (hit) return hit;
  const map = new Map<string, string[]>();
  for (const def of vocabularyOf(p).intents) {
    for (const { kw } of def.zh) {
      if (!/^[\u4e00-\u9fff]{2,4}$/.test(kw) || ASKS.test(kw)) continue;
      const key = pinyin(kw, { pattern: "first", toneType: "none", type: "array" }).join("");
      const list = map.get(key);
      if (!list) map.set(key, [kw]);
      else if (!list.includes(kw)) list.push(kw);
    }
  }
  // the word the notice names most often first: chat abbreviates what it talks about ("zs": 证书 before 住宿)
  const notice = cardsOf(p).map((c) => c.zh).join(" ");
  const count = (w: string) => notice.split(w).length - 1;
  for (const list of map.values()) list.sort((a, b) => count(b) - count(a));
  cache.set(p, map);
  return map;
}

/**
 * The readings of a message whose initials tokens stand for programme words: one text per candidate word of its
 * first such token, the word the notice names most first ("zs怎么拿": "证书怎么拿", "住宿怎么拿"); empty when it has none.
 */
export function initialsReadings(p: Programme, norm: string): string[] {
  if (!/[a-z]/.test(norm) || !/[\u4e00-\u9fff]/.test(norm)) return [];
  const map = initialsOf(p);
  for (const m of norm.matchAll(TOKEN)) {
    const words = map.get(m[0]);
    if (words?.length) return words.map((w) => norm.slice(0, m.index) + w + norm.slice(m.index! + m[0].length));
  }
  return [];
}
