import MiniSearch from "minisearch";
import { pinyin } from "pinyin-pro";
import type { Programme } from "../programme/schema.js";
import { cardsOf, type Card } from "./cards.js";
import { normalise, stem } from "./normalise.js";

export interface Retrieved {
  card: Card;
  /** BM25 score from MiniSearch. */
  score: number;
  /** Share of the question's content terms the card holds, 0..1: the calibrated measure. */
  coverage: number;
}

// Characters that carry grammar, not a topic; a bigram with one of them says nothing about the notice.
const FUNCTION_CHARS = new Set("的了吗呢吧啊呀嘛么哦嗯我你他她它们这那个是在就都也还请问想下一么啥咋怎吗能可以会要有没不和与及或给让被把对从到");
const CJK_RUN = /[\u3400-\u9fff]+/g;
const LATIN = /[a-z][a-z0-9-]*/g;
const EN_STOP = new Set(["the", "a", "an", "is", "are", "do", "does", "i", "we", "you", "to", "of", "for", "in", "on", "at", "be", "can", "what", "when", "where", "how", "who", "which", "will", "there", "any", "it", "my", "me", "and", "or", "this", "that", "with", "about", "please", "train"]);

/** Chinese as character bigrams (and their toneless pinyin, for slips typed by sound); English as stemmed words. */
export function terms(text: string): string[] {
  const n = normalise(text);
  const out: string[] = [];
  for (const [run] of n.matchAll(CJK_RUN)) {
    const py = pinyin(run, { toneType: "none", type: "array" });
    for (let i = 0; i + 1 < run.length; i++) {
      if (FUNCTION_CHARS.has(run[i]!) || FUNCTION_CHARS.has(run[i + 1]!)) continue;
      out.push(run.slice(i, i + 2), `~${py[i]}${py[i + 1]}`);
    }
    if (run.length === 1 && !FUNCTION_CHARS.has(run)) out.push(run);
  }
  for (const [w] of n.replace(CJK_RUN, " ").matchAll(LATIN)) if (!EN_STOP.has(w)) out.push(stem(w));
  return out;
}

interface Index {
  search: MiniSearch<Card & { text: string }>;
  cards: Card[];
}

function labelOf(p: Programme, source: string) {
  return p.answers?.labels[source.replace(/\[\d+\]/g, "[]")];
}

/** The words a card is found by: its statement in both languages, or for an empty field its label. */
function cardText(p: Programme, c: Card): string {
  if (!c.empty) return `${c.zh} ${c.en ?? ""}`;
  const l = labelOf(p, c.source);
  return l ? `${l.zh} ${l.en} ${l.words ?? ""}` : "";
}

function build(p: Programme): Index {
  const cards = cardsOf(p);
  const search = new MiniSearch<Card & { text: string }>({
    fields: ["text"],
    storeFields: [],
    tokenize: terms,
    processTerm: (t) => t,
    searchOptions: { combineWith: "OR" },
  });
  search.addAll(cards.map((c) => ({ ...c, text: cardText(p, c) })).filter((c) => c.text.trim()));
  return { search, cards };
}
const cache = new WeakMap<Programme, Index>();

/** The question with the notice's own word added beside each colloquial one ("写专利" also reads "撰写"). */
export function withSynonyms(p: Programme, text: string): string {
  const n = normalise(text);
  const extra: string[] = [];
  for (const group of p.answers?.synonyms ?? []) {
    if (n.includes(group[0]!)) continue;
    if (group.slice(1).some((w) => n.includes(w))) extra.push(group[0]!);
  }
  return extra.length ? `${n} ${extra.join(" ")}` : n;
}

/** The cards nearest the question, best first, each with its share of the question's terms. */
export function retrieve(p: Programme, text: string, limit = 3): Retrieved[] {
  // one answer asks the same text several times (its gate, its empty fields, its best card)
  const seen = recent.get(p);
  if (seen && seen.text === text && seen.limit >= limit) return seen.hits.slice(0, limit);
  const hits = search(p, text, Math.max(limit, 3));
  recent.set(p, { text, limit: Math.max(limit, 3), hits });
  return hits.slice(0, limit);
}
const recent = new WeakMap<Programme, { text: string; limit: number; hits: Retrieved[] }>();

function search(p: Programme, text: string, limit: number): Retrieved[] {
  let ix = cache.get(p);
  if (!ix) cache.set(p, (ix = build(p)));
  const q = withSynonyms(p, text);
  const asked = new Set(terms(q).filter((t) => !t.startsWith("~")));
  if (!asked.size) return [];
  const hits = ix.search.search(q);
  return hits.slice(0, limit).map((h) => {
    const matched = new Set(h.queryTerms.filter((t) => !t.startsWith("~")));
    const sounded = h.queryTerms.filter((t) => t.startsWith("~")).length;
    // a term matched only by its sound counts half: "直波" for "直播"
    const coverage = Math.min(1, (matched.size + 0.5 * Math.max(0, sounded - matched.size)) / asked.size);
    return { card: ix!.cards[h.id as number]!, score: h.score, coverage };
  });
}

/** A subject the office does not handle here ("明天武汉下雨不", "商标被驳回了怎么办"), from the programme's list. */
export function outsideSubject(p: Programme, text: string): string | undefined {
  const n = normalise(text);
  // an English word whole ("rain", not the "rain" of "trainees")
  return p.answers?.outside.find((w) => (/^[a-z ]+$/.test(w) ? new RegExp(`\\b${w}\\b`).test(n) : n.includes(w)));
}
