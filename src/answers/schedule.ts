import type { Programme } from "../programme/schema.js";
import type { Phase, Query } from "./types.js";
import { bigrams, indexOf, type SessionRef, type TopicEntry } from "./programme-index.js";
import { compact, normalise } from "./normalise.js";
import { addDays } from "./dates.js";
import { pinyin } from "pinyin-pro";
import { CRITICAL } from "./typos.js";

// English words for the Chinese course names, so English questions can find a session.
const GLOSSARY: Array<[RegExp, string]> = [
  [/opening ceremony|opening/, "开班仪式"],
  [/patent (?:drafting|writing)|drafting|writing patents?/, "专利撰写"],
  [/search|retrieval|novelty/, "检索查新"],
  [/navigation/, "专利导航"],
  [/analysis|evaluation/, "分析评议"],
  [/risk/, "风险防范"],
  [/rights? protection|enforcement|infringement/, "维权"],
  [/high[- ]value|cultivat|mining/, "高价值"],
  [/standardi[sz]/, "标准化管理"],
  [/q ?& ?a|questions and answers|question time/, "答疑互动"],
  [/project application|grant application|project proposal/, "项目申报"],
  [/polic(?:y|ies)|new law/, "新法政策"],
  [/check[- ]?in|arrival|report for/, "学员报到"],
  [/\bexams?\b|\bexamination/, "专员考试"],
  // the verb split around its object ("考完试"): the exam
  [/考完试|考过试|考好试|考完了?$|考试完/, "专员考试"],
  [/study report|learning report/, "学习报告"],
  [/graduation|closing/, "培训班结业"],
  [/smart bridge|zhihuiqiao|wisdom bridge/, "智慧桥"],
  [/assessment ceremony/, "考核仪式"],
  [/departure|going home/, "结业返回"],
];

const stopCache = new WeakMap<Programme, Set<string>>();

/** Bigrams of the programme's own title and generic words, which say nothing about one session. */
function stopGrams(p: Programme): Set<string> {
  let s = stopCache.get(p);
  if (!s) {
    s = new Set([...bigrams(compact(normalise(p.title.zh))), ...bigrams("培训班知识产权专员课程"), "学员", "参训", "学习"]);
    stopCache.set(p, s);
  }
  return s;
}

const soundCache = new WeakMap<Programme, Map<string, string>>();

/** Toneless pinyin of a Chinese bigram ("报道" and "报到" both "baodao"). */
function soundOf(g: string): string | undefined {
  if (!/^[\u3400-\u9fff]{2}$/.test(g)) return undefined;
  return pinyin(g, { toneType: "none", type: "array" }).join("");
}

/** The course names' bigrams by sound, for a slip typed by pinyin ("线下几点报道": 学员报到). */
function gramsBySound(p: Programme): Map<string, string> {
  let m = soundCache.get(p);
  if (!m) {
    m = new Map();
    for (const g of indexOf(p).idf.keys()) {
      const k = soundOf(g);
      if (k && !m.has(k)) m.set(k, g);
    }
    soundCache.set(p, m);
  }
  return m;
}

export interface TopicHit {
  strength: number;
  entries: TopicEntry[];
}

/** The sessions whose course names the text names, scored by how distinctive the shared bigrams are. */
export function findTopics(q: Query, p: Programme): TopicHit | undefined {
  const ix = indexOf(p);
  let text = q.flat;
  for (const [re, zh] of GLOSSARY) if (re.test(q.norm)) text += zh;
  const stop = stopGrams(p);
  const grams = new Set(bigrams(text).filter((g) => !stop.has(g)));
  // a bigram no course name holds may be a homophone slip for one that does
  const bySound = gramsBySound(p);
  for (const g of [...grams]) {
    if (ix.idf.has(g)) continue;
    const k = soundOf(g);
    const hit = k ? bySound.get(k) : undefined;
    // a number or question word is never the slip ("考核一共" is not "考核仪式")
    if (hit && !stop.has(hit) && ![...g].some((ch, i) => ch !== hit[i] && (CRITICAL.has(ch) || CRITICAL.has(hit[i]!)))) grams.add(hit);
  }
  const limit = Math.log((ix.topics.length + 1) / 3.5);
  let best = 0;
  const scored: Array<{ e: TopicEntry; s: number }> = [];
  for (const e of ix.topics) {
    let s = 0;
    for (const g of grams) {
      const idf = ix.idf.get(g) ?? 0;
      if (e.grams.has(g) && idf >= limit) s += idf;
    }
    if (s > 0) scored.push({ e, s });
    best = Math.max(best, s);
  }
  if (best === 0) return undefined;
  const entries = scored.filter((x) => x.s >= best * 0.8).sort((a, b) => b.s - a.s).map((x) => x.e);
  const strength = Math.min(1, best / (2 * ix.maxIdf));
  // "线下结业是哪天": a word several course names share ("结业") names the one it is most of ("培训班结业", not
  // "结业返回" or "知识产权结业专员考试"), as surely as a word one name holds names that one
  const tied = scored.filter((x) => x.s === best);
  if (tied.length > 1) {
    const cover = (e: TopicEntry) => {
      const own = [...e.grams].filter((g) => !stop.has(g));
      return own.length ? own.filter((g) => grams.has(g)).length / own.length : 0;
    };
    const ranked = tied.map((x) => ({ e: x.e, c: cover(x.e) })).sort((a, b) => b.c - a.c);
    if (ranked[0]!.c >= 0.5 && ranked[0]!.c > ranked[1]!.c) return { strength: Math.max(strength, ranked[0]!.c), entries: [ranked[0]!.e] };
  }
  return { strength, entries };
}

/** A session's date: its own, or counted from the offline start once a coordinator sets it. */
export function sessionDate(ref: SessionRef, p: Programme): string | null {
  if (ref.session.date) return ref.session.date;
  if (ref.phase === "offline" && p.offline.startDate) return addDays(p.offline.startDate, ref.session.day - 1);
  return null;
}

export interface Selection {
  phase: Phase;
  refs: SessionRef[];
  /** The day the question named, when its sessions were narrowed to a half day that has nothing. */
  dayOnly?: SessionRef[];
  /** A date was named that no session has. */
  noSession?: boolean;
}

/** The sessions a question points at by date, day number, weekday or half day. */
export function selectSessions(q: Query, p: Programme): Selection | undefined {
  const ix = indexOf(p);
  let phase: Phase = q.phase ?? "online";
  let refs: SessionRef[];
  if (q.dates.length) {
    refs = ix.sessions.filter((r) => {
      const d = sessionDate(r, p);
      return d !== null && q.dates.includes(d);
    });
    if (!refs.length) return { phase, refs, noSession: true };
    phase = refs[0]!.phase;
  } else if (q.days.length) {
    const inPhase = ix.sessions.filter((r) => r.phase === phase);
    const last = Math.max(...inPhase.map((r) => r.session.day));
    const days = q.days.map((d) => (d === -1 ? last : d));
    refs = inPhase.filter((r) => days.includes(r.session.day));
    if (!refs.length) return { phase, refs, noSession: true };
  } else if (q.halfDays.length) {
    refs = ix.sessions.filter((r) => r.phase === phase);
  } else if (q.dateNamed) return { phase, refs: [], noSession: true };
  else return undefined;
  if (!q.halfDays.length) return { phase, refs };
  let narrowed = refs.filter((r) => q.halfDays.includes(r.session.halfDay));
  // "晚上有课吗": a half day alone, which only the other stage has
  if (!narrowed.length && !q.phase && !q.dates.length && !q.days.length) narrowed = ix.sessions.filter((r) => q.halfDays.includes(r.session.halfDay));
  return narrowed.length ? { phase, refs: narrowed } : { phase, refs: [], dayOnly: refs };
}
