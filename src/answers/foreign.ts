import { pinyin } from "pinyin-pro";
import type { Programme } from "../programme/schema.js";
import { cardsOf } from "./cards.js";
import { placesOf } from "./places.js";
import { compact, normalise, segment, stem } from "./normalise.js";
import { fold, withinOneEdit } from "./typos.js";
import common from "./data/zh-common.json" with { type: "json" };
import timeWords from "./data/time-words.json" with { type: "json" };

// Words that ask or link, not name a subject: removed before the subject's words are read.
const ASKING = /下一步|接下来|[这那哪]一?[项条种样块次部节门堂]|几点钟?|比如|例如|譬如|来得及|来不及|赶得上|赶不上|怎么样|怎么办|怎么|怎样|如何|什么|多少|多久|多长|哪里|哪儿|哪个|哪些|哪家|哪位|哪天|哪|几个|几号|几天|几|是不是|能不能|可不可以|要不要|有没有|会不会|需不需要|请问|想问|问一下|一下|上午|下午|中午|晚上|早上|可以|能否|需要|应该|该|是否|还是|时候|现在|这会儿|此刻|此时|眼下|当下|目前|时段|我们|我的|我们的|俺们|咱们|阿拉|俺|咱|你们|他们|大家|这个|那个|这边|那边|一般|具体|一共|到底|已经|还能|还有|另外|顺便|而且|并且|或者|以及|然后|才算|就算|算是|才能|才可以|就能|只要|帮我|给我|知道|告诉|办理|办|弄|搞|做|吗|呢|吧|啊|呀|嘛|么|啥|咋|谁|的|了|着|过|我|你|他|她|是|在|有|没|不|也|都|就|还|要|想|能|会|和|与|或|给|把|对|从|到|去|来|这|那|下|上|一|[0-9]+|[〇零一二两三四五六七八九十百千]+[个位项条种次节门名份张本家块堂]|(?:星期|礼拜|周)[一二三四五六日天]|[〇零一二两三四五六七八九十]+(?=[月日号天])|[月日号]/g;
// Sentence particles of chat and dialect ("带噻", "来得及不", "好了撒"), and a "不/没" tail asking yes or no: at a clause's end, no word.
const PARTICLES = /(?:噻|嘛|撒|咯|哈|呗|不|没)+(?=$|[^\u3400-\u9fff])/g;
const HAN = /[\u3400-\u9fff]+/g;

interface Vocabulary {
  text: string;
  /** Folded pinyin of every two-character run of the vocabulary, with the runs that sound so. */
  sounds: Map<string, string[]>;
}
const cache = new WeakMap<Programme, Vocabulary>();

/** Everything the bot knows words for: the notice's statements, the colloquial words and topics of the programme's answers, places. */
function vocabularyOf(p: Programme): Vocabulary {
  const hit = cache.get(p);
  if (hit) return hit;
  const a = p.answers;
  const parts: string[] = cardsOf(p).map((c) => c.zh);
  if (a) {
    const { outside: _outside, ...known } = a;
    parts.push(JSON.stringify(known));
  }
  for (const pl of placesOf(p)) parts.push(pl.name);
  for (const c of p.cities) parts.push(c.zh, ...c.aliases);
  for (const c of p.classes) parts.push(c.name.zh, ...c.aliases);
  parts.push(...common.words, JSON.stringify(timeWords));
  const text = normalise(parts.join(" "));
  const sounds = new Map<string, string[]>();
  for (const [run] of text.matchAll(HAN)) {
    const py = pinyin(run, { toneType: "none", type: "array" });
    for (let i = 0; i + 1 < run.length; i++) {
      const key = fold(py[i]!) + fold(py[i + 1]!);
      const list = sounds.get(key);
      if (!list) sounds.set(key, [run.slice(i, i + 2)]);
      else if (!list.includes(run.slice(i, i + 2))) list.push(run.slice(i, i + 2));
    }
  }
  const v = { text, sounds };
  cache.set(p, v);
  return v;
}

/**
 * How much of a Chinese message's subject the bot has no word for: its two-character words are read (question words
 * removed), a character is covered when a word it is part of is known by writing or by sound ("林选" sounds as "遴选"),
 * and the share is of characters no known word covers ("个税", "限行", "著作权").
 */
export function foreignShare(p: Programme, text: string): { share: number; foreign: string; words: string[] } {
  const v = vocabularyOf(p);
  const flat = normalise(text)
    .split(/[\s\p{P}]+/u)
    .map((x) => compact(x).replace(PARTICLES, " ").replace(ASKING, " "))
    .join(" ");
  let total = 0;
  let foreign = "";
  const words: string[] = [];
  for (const [run] of flat.matchAll(HAN)) {
    if (run.length < 2) continue;
    const py = pinyin(run, { toneType: "none", type: "array" });
    const covered = new Array<boolean>(run.length).fill(false);
    const slip = new Array<boolean>(run.length).fill(false);
    for (let i = 0; i + 1 < run.length; i++) {
      const t = run.slice(i, i + 2);
      // a slip is one character typed for another that sounds the same: the other character is as written
      if (known(v, t, py[i]! + " " + py[i + 1]!)) {
        covered[i] = covered[i + 1] = true;
        if (!v.text.includes(t)) slip[i] = slip[i + 1] = true;
      }
    }
    total += run.length;
    // a dictionary word no known word holds ("转让" beside "专利转化", whose "利转" covers its first character)
    let at = 0;
    for (const w of segment(run)) {
      // a slip also misleads the dictionary ("带笔计本" for "带笔记本" reads "带笔"): a word holding a slipped character is not read
      if (w.length >= 2 && !known(v, w) && !slip.slice(at, at + w.length).some(Boolean)) for (let i = at; i < at + w.length; i++) covered[i] = false;
      at += w.length;
    }
    // a word is two characters or more: one uncovered character between known words is how words join
    for (const [w] of run.split("").map((c, i) => (covered[i] ? " " : c)).join("").matchAll(/\S{2,}/g)) {
      foreign += w;
      words.push(w);
    }
  }
  return { share: total ? foreign.length / total : 0, foreign, words };
}

/**
 * "直播时可以提问吗" answered with the livestream's card: the question's dictionary words (question words, particles and
 * everyday words removed) that neither the answer nor the bot's vocabulary holds ("提问"); empty when there is none.
 */
export function wordsNotIn(p: Programme, text: string, answer: string): string[] {
  const v = vocabularyOf(p);
  let everyday = everydayCache.get(p);
  if (!everyday) everydayCache.set(p, (everyday = new Set([...common.words, ...(p.answers?.everyday ?? [])])));
  const flat = normalise(text)
    .split(/[\s\p{P}]+/u)
    .map((x) => compact(x).replace(PARTICLES, " ").replace(ASKING, " "))
    .join(" ");
  const out: string[] = [];
  for (const [run] of flat.matchAll(HAN)) {
    // a character typed for another that sounds the same ("笔计本" for 笔记本) misleads the dictionary: words holding one are not read
    const py = pinyin(run, { toneType: "none", type: "array" });
    const slip = new Array<boolean>(run.length).fill(false);
    for (let i = 0; i + 1 < run.length; i++) {
      const t = run.slice(i, i + 2);
      if (!v.text.includes(t) && known(v, t, py[i]! + " " + py[i + 1]!)) slip[i] = slip[i + 1] = true;
    }
    let at = 0;
    for (const w of segment(run)) {
      const start = at;
      at += w.length;
      if (slip.slice(start, at).some(Boolean)) continue;
      // a word the bot knows, as written or by its sound ("影响", "确定", "连结"), is the programme's own subject
      if (w.length < 2 || everyday.has(w) || answer.includes(w) || known(v, w) || soundsKnown(v, w)) continue;
      // a word the answer holds in part ("线下考核" beside "线下考核暨实战培训") is its subject, not something else
      if ([...w].slice(1).some((_, i) => answer.includes(w.slice(i, i + 2)))) continue;
      out.push(w);
    }
  }
  return out;
}

const everydayCache = new WeakMap<Programme, Set<string>>();

/** Every two characters of the word sound as a pair the bot knows, whatever is written ("连结" as 链接). */
function soundsKnown(v: Vocabulary, w: string): boolean {
  const py = pinyin(w, { toneType: "none", type: "array" });
  for (let i = 0; i + 1 < w.length; i++) if (!v.sounds.has(fold(py[i]!) + fold(py[i + 1]!))) return false;
  return true;
}

/** The bot has a word written so, or one sounding so with one of its characters as written ("林选" for "遴选"). */
function known(v: Vocabulary, w: string, sound?: string): boolean {
  if (v.text.includes(w)) return true;
  // a longer word is known when each of its two-character parts is ("停车位": "停车", "车位")
  if (w.length > 2) return [...w].slice(1).every((_, i) => known(v, w.slice(i, i + 2)));
  const [a, b] = (sound ?? pinyin(w, { toneType: "none", type: "array" }).join(" ")).split(" ");
  const alike = v.sounds.get(fold(a!) + fold(b!));
  return Boolean(alike?.some((x) => x[0] === w[0] || x[1] === w[1]));
}

// English words that ask, link or point, not name a subject.
export const EN_FUNCTION = new Set(
  ("a an the is are was were be been being am do does did done doing have has had having i me my mine we us our you your he she it its they them their " +
    "this that these those there here what when where which who whom whose why how whether if or and but so then than to of for in on at by from with without " +
    "about into onto over under after before during between through up down out off again also too very just only still yet any some all each every no not " +
    "can could will would shall should may might must need needs want wants like know tell please thanks thank hi hello dear sir madam ok okay yes " +
    "get got go going come make take give let see say ask much many more most long far often how's what's when's where's who's it's i'm don't can't is there " +
    "today tomorrow tonight yesterday morning afternoon evening week weekend day days monday tuesday wednesday thursday friday saturday sunday " +
    "provide provided held hold happen happens issue issues good everyone everybody noted pls plz thx im whats qualify calculate calculated").split(" "),
);
const enCache = new WeakMap<Programme, Set<string>>();

/** Every English word stem the programme writes: its statements, its answers' words, its English texts. */
function englishOf(p: Programme): Set<string> {
  const hit = enCache.get(p);
  if (hit) return hit;
  const parts: string[] = cardsOf(p).map((c) => c.en ?? "");
  if (p.answers) {
    const { outside: _outside, ...known } = p.answers;
    parts.push(JSON.stringify(known));
  }
  parts.push(JSON.stringify(p.english ?? {}), JSON.stringify(p.title), JSON.stringify(p.classes), JSON.stringify(p.cities));
  const set = new Set<string>();
  for (const [w] of normalise(parts.join(" ")).matchAll(/[a-z][a-z'-]*/g)) set.add(stem(w));
  enCache.set(p, set);
  return set;
}

/** How much of an English message's subject the programme has no word for ("VAT", "rate"): a share of its content words. */
export function englishForeignShare(p: Programme, text: string): { share: number; foreign: string[] } {
  const known = englishOf(p);
  const words = [...normalise(text).matchAll(/[a-z][a-z'-]*/g)].map(([w]) => w).filter((w) => !EN_FUNCTION.has(w) && w.length > 1);
  // a slip of one letter in a longer word ("certficate") is the word meant
  const isKnown = (w: string) => known.has(stem(w)) || (w.length >= 5 && [...known].some((k) => Math.abs(k.length - w.length) <= 1 && withinOneEdit(k, w)));
  const foreign = words.filter((w) => !isKnown(w));
  return { share: words.length ? foreign.length / words.length : 0, foreign };
}
