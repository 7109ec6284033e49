import type { Programme, ProgrammeClass, City, Session } from "../programme/schema.js";
import type { Phase } from "./types.js";
import { compact, normalise } from "./normalise.js";
import { pinyin } from "pinyin-pro";
import { placesOf, type Place } from "./places.js";

export interface SessionRef {
  phase: Phase;
  session: Session;
}

export interface TopicEntry {
  topic: string;
  refs: SessionRef[];
  grams: Set<string>;
}

export interface Name<T> {
  name: string;
  latin: boolean;
  re?: RegExp;
  value: T;
}

/** Everything derived from one programme value, built once and kept while the value lives. */
export interface ProgrammeIndex {
  classNames: Name<ProgrammeClass>[];
  cityNames: Name<City>[];
  /** Districts, counties and areas ("枣阳", "光谷"), each in its prefecture. */
  placeNames: Name<Place>[];
  /** The provincial contact's names, so "陈炫如电话" reads as a contact question. */
  provincialNames: string[];
  sessions: SessionRef[];
  topics: TopicEntry[];
  idf: Map<string, number>;
  maxIdf: number;
  onlineDates: string[];
}

const cache = new WeakMap<Programme, ProgrammeIndex>();

export function indexOf(p: Programme): ProgrammeIndex {
  let ix = cache.get(p);
  if (!ix) {
    ix = build(p);
    cache.set(p, ix);
  }
  return ix;
}

// A place name's spellings: its reading in context first, then each character's other readings (a few at most).
const MAX_SPELLINGS = 8;
export function spellings(word: string): string[] {
  const first = pinyin(word, { toneType: "none", type: "array", v: true }).join("");
  let all = [""];
  for (const ch of word) {
    const readings = pinyin(ch, { toneType: "none", type: "array", multiple: true, v: true });
    all = all.flatMap((pre) => readings.map((r) => pre + r)).slice(0, MAX_SPELLINGS);
  }
  return [first, ...all.filter((x) => x !== first)];
}

export function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function name<T>(raw: string, value: T): Name<T> | undefined {
  const flat = compact(normalise(raw));
  if (flat.length < 2) return undefined;
  const latin = /^[a-z0-9+\-" ]+$/.test(normalise(raw));
  if (!latin) return { name: flat, latin, value };
  const words = normalise(raw).replace(/"/g, "").split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return { name: flat, latin, value, re: new RegExp(`(?<![a-z])${words.join("\\s*")}(?![a-z])`) };
}

/** "湖北省知识产权培训（自贸区）基地" → "自贸区": how people name a base. */
function parenthetical(s: string): string | undefined {
  return /[（(]([^）)]+)[）)]/.exec(s)?.[1];
}

function build(p: Programme): ProgrammeIndex {
  const classNames: Name<ProgrammeClass>[] = [];
  for (const c of p.classes) {
    const raws = [c.id, c.name.zh, c.name.en, ...c.aliases, c.contact.name, c.contact.nameEn, parenthetical(c.base.zh), parenthetical(c.base.en)];
    for (const r of raws) {
      const n = r ? name(r, c) : undefined;
      if (n) classNames.push(n);
    }
  }
  const cityNames: Name<City>[] = [];
  for (const c of p.cities) {
    for (const r of [c.id, c.zh, c.en, ...c.aliases]) {
      const n = name(r, c);
      if (n) cityNames.push(n);
    }
  }
  const placeNames: Name<Place>[] = [];
  const cityWords = new Set(cityNames.map((n) => n.name));
  for (const pl of placesOf(p)) {
    const n = name(pl.name, pl);
    if (n) placeNames.push(n);
    // "I'm in Zaoyang": an English message spells a county as its pinyin, whole words only
    // a character read more than one way is spelt each way ("宜都" yidu, not only yidou; "黄陂" huangpi; "曾都" zengdu)
    for (const py of spellings(pl.name)) {
      const latin = /^[a-z]{4,}$/.test(py) && !cityWords.has(py) ? name(py, pl) : undefined;
      if (latin && !placeNames.some((x) => x.name === latin.name)) placeNames.push(latin);
    }
  }
  const byLength = <T>(a: Name<T>, b: Name<T>) => b.name.length - a.name.length;
  classNames.sort(byLength);
  cityNames.sort(byLength);

  const sessions: SessionRef[] = [
    ...p.online.schedule.map((session) => ({ phase: "online" as const, session })),
    ...p.offline.schedule.map((session) => ({ phase: "offline" as const, session })),
  ];
  const topicMap = new Map<string, TopicEntry>();
  for (const ref of sessions) {
    for (const topic of ref.session.topics) {
      const e = topicMap.get(topic) ?? { topic, refs: [], grams: new Set(bigrams(compact(normalise(topic)))) };
      e.refs.push(ref);
      topicMap.set(topic, e);
    }
  }
  const topics = [...topicMap.values()];
  const df = new Map<string, number>();
  for (const t of topics) for (const g of t.grams) df.set(g, (df.get(g) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [g, n] of df) idf.set(g, Math.log((topics.length + 1) / n));
  const maxIdf = Math.max(...idf.values());
  const onlineDates = [...new Set(p.online.schedule.map((s) => s.date).filter((d): d is string => Boolean(d)))].sort();
  const pc = p.provincialContact;
  const provincialNames = [pc.name, pc.nameEn.toLowerCase()];
  return { classNames, cityNames, placeNames, provincialNames, sessions, topics, idf, maxIdf, onlineDates };
}
