import { pinyin } from "pinyin-pro";
import type { Programme } from "../programme/schema.js";
import { vocabularyOf } from "./intents.js";
import { EN_FUNCTION } from "./foreign.js";
import { placesOf } from "./places.js";
import { spellings } from "./programme-index.js";
import common from "./data/zh-common.json" with { type: "json" };
import timeWords from "./data/time-words.json" with { type: "json" };

// Latin words typed apart by spaces only ("xia wu", "peixun mianfei ma"): a comma or a Chinese word ends the run.
const RUN = /[a-z]+(?:[ \t]+[a-z]+)*/g;
const HAN = /^[\u4e00-\u9fff]+$/;
// A word is at most this many syllables typed apart ("dong xi hu qu").
const MAX_JOIN = 6;
const cache = new WeakMap<Programme, Map<string, string>>();

const spell = (w: string) => pinyin(w, { toneType: "none", type: "array" }).join("").replace(/ü/g, "v");

/**
 * The programme's training words, keywords and synonyms, Hubei's places, everyday words, then common and question words
 * and last single syllables, by their toneless pinyin (the first word wins).
 */
function wordsBySound(p: Programme): Map<string, string> {
  const hit = cache.get(p);
  if (hit) return hit;
  const map = new Map<string, string>();
  const put = (key: string, w: string) => {
    if (!map.has(key)) map.set(key, w);
    if (key.includes("v") && !map.has(key.replace(/v/g, "u"))) map.set(key.replace(/v/g, "u"), w);
  };
  const words: string[] = [];
  const add = (w: string) => {
    if (HAN.test(w) && w.length <= 4) {
      put(spell(w), w);
      words.push(w);
    }
  };
  // "ma cheng" 麻城, "huang pi" 黄陂: a place by each reading of its characters
  const place = (w: string) => {
    if (HAN.test(w) && w.length >= 2 && w.length <= 6) for (const py of spellings(w)) put(py, w);
  };
  (p.answers?.cues?.training ?? []).forEach(add);
  for (const def of vocabularyOf(p).intents) for (const { kw } of def.zh) if (kw.length >= 2) add(kw);
  for (const group of p.answers?.synonyms ?? []) group.forEach(add);
  // what the notice leaves out is asked in pinyin too ("you hui fang ma")
  for (const t of vocabularyOf(p).unknown) for (const { kw } of t.words) if (kw.length >= 2) add(kw);
  for (const c of p.cities) [c.zh, ...c.aliases].forEach(place);
  for (const pl of placesOf(p)) place(pl.name);
  (p.answers?.everyday ?? []).forEach(add);
  common.words.forEach(add);
  for (const r of timeWords.relative) r.zh.forEach(add);
  for (const h of Object.values(timeWords.halfDays)) h.zh.forEach(add);
  common.asking.words.forEach(add);
  common.asking.syllables.forEach(add);
  // then each word by its characters' other readings ("zhao shei" 找谁), never taking a sound a word has in context
  for (const w of words) for (const py of spellings(w).slice(1)) put(py, w);
  cache.set(p, map);
  return map;
}

/**
 * A run of pinyin words read as the fewest known words, each one word or several typed apart ("xia wu" 下午,
 * "jin tian xia wu jiang shen me ke"); undefined when some word is none.
 */
function readRun(map: Map<string, string>, tokens: string[]): string[] | undefined {
  // best[i]: the fewest words reading tokens[0..i), with them
  const best: Array<string[] | undefined> = [[]];
  for (let i = 1; i <= tokens.length; i++) {
    for (let j = Math.max(0, i - MAX_JOIN); j < i; j++) {
      const before = best[j];
      const w = before && map.get(tokens.slice(j, i).join(""));
      if (w && (!best[i] || before.length + 1 < best[i]!.length)) best[i] = [...before, w];
    }
  }
  return best[tokens.length];
}

/**
 * "peixun mianfei ma", "zhengshu 怎么拿", "wo shi ma cheng de, hui zhi fa na ge you xiang": a message whose every Latin
 * word is the pinyin of a word the bot knows, alone or with the syllables typed after it, read in Chinese; undefined when
 * one is not (an English sentence has words no pinyin spells, or mostly its function words).
 */
export function pinyinReading(p: Programme, typed: string): string | undefined {
  // tone numbers typed after syllables ("pei2 xun4") say nothing the toneless reading needs
  const norm = /[a-z][1-5]\b/.test(typed) ? typed.replace(/(?<=[a-z])[1-5]\b/g, "") : typed;
  const runs = norm.match(RUN);
  if (!runs) return undefined;
  const map = wordsBySound(p);
  let words = 0;
  let english = 0;
  const read = new Map<string, string>();
  for (const run of runs) {
    const tokens = run.split(/\s+/);
    const got = readRun(map, tokens);
    if (!got) return undefined;
    words += got.filter((w) => w.length >= 2).length;
    english += tokens.filter((t) => EN_FUNCTION.has(t)).length;
    read.set(run, got.join(""));
  }
  if (words === 0 || words < english) return undefined;
  return norm.replace(RUN, (r) => read.get(r)!).replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, "");
}
