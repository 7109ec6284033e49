import { pinyin } from "pinyin-pro";
import type { Programme } from "../programme/schema.js";
import { vocabularyOf } from "./intents.js";
import { EN_FUNCTION } from "./foreign.js";
import common from "./data/zh-common.json" with { type: "json" };
import timeWords from "./data/time-words.json" with { type: "json" };

// A run of Latin letters: a word typed in pinyin without tones ("peixun", "mianfei", "ma").
const LATIN = /[a-z]+/g;
const HAN = /^[\u4e00-\u9fff]+$/;
const cache = new WeakMap<Programme, Map<string, string>>();

const spell = (w: string) => pinyin(w, { toneType: "none", type: "array" }).join("").replace(/ü/g, "v");

/** The programme's training words, keywords, synonyms and everyday words, then common and question words, by their toneless pinyin (the first word wins). */
function wordsBySound(p: Programme): Map<string, string> {
  const hit = cache.get(p);
  if (hit) return hit;
  const map = new Map<string, string>();
  const add = (w: string) => {
    if (!HAN.test(w) || w.length > 4) return;
    const key = spell(w);
    if (!map.has(key)) map.set(key, w);
    if (key.includes("v") && !map.has(key.replace(/v/g, "u"))) map.set(key.replace(/v/g, "u"), w);
  };
  (p.answers?.cues?.training ?? []).forEach(add);
  for (const def of vocabularyOf(p).intents) for (const { kw } of def.zh) if (kw.length >= 2) add(kw);
  for (const group of p.answers?.synonyms ?? []) group.forEach(add);
  (p.answers?.everyday ?? []).forEach(add);
  common.words.forEach(add);
  for (const r of timeWords.relative) r.zh.forEach(add);
  for (const h of Object.values(timeWords.halfDays)) h.zh.forEach(add);
  common.asking.words.forEach(add);
  cache.set(p, map);
  return map;
}

/**
 * "peixun mianfei ma", "zhengshu 怎么拿": a message whose every Latin word is the pinyin of a word the bot knows, read in
 * Chinese; undefined when one is not (an English sentence has words no pinyin spells, or mostly its function words).
 */
export function pinyinReading(p: Programme, norm: string): string | undefined {
  const tokens = norm.match(LATIN);
  if (!tokens) return undefined;
  const map = wordsBySound(p);
  let words = 0;
  let english = 0;
  for (const t of tokens) {
    const w = map.get(t);
    if (!w) return undefined;
    if (w.length >= 2) words++;
    if (EN_FUNCTION.has(t)) english++;
  }
  if (words === 0 || words < english) return undefined;
  return norm.replace(LATIN, (t) => map.get(t)!).replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, "");
}
