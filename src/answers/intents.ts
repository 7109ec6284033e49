import type { Programme } from "../programme/schema.js";

export const INTENT_IDS = [
  "schedule.what", "schedule.when", "schedule.online", "schedule.offline", "online.dates", "offline.info", "period",
  "deadline.form", "deadline.contactList", "contact", "contact.provincial", "class.ofCity", "email", "organisers",
  "fees", "meals", "lodging", "board", "travel", "bring", "epidemic", "audience", "capacity", "register.how",
  "register.done", "receipt", "questionnaire", "livestream", "selection", "certificate", "content", "services",
  "document", "purpose", "process", "requirements", "unknown", "help",
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export interface Keyword {
  kw: string;
  w: number;
  /** An everyday word ("吃饭", "电话"): weak alone, full weight in a message about the training. */
  everyday?: boolean;
}

export interface IntentDef {
  id: IntentId;
  /** Matched on the compact text, one confusable character tolerated. */
  zh: Keyword[];
  /** Matched on English words (stems, one edit tolerated) or as phrases. */
  en: Keyword[];
}

const CJK = /[\u3400-\u9fff]/;
// Spoken forms of question words: a keyword written with "什么" also matches "啥" ("准备什么" → "准备啥").
const SPOKEN: Array<[string, string]> = [["什么", "啥"], ["怎么", "咋"], ["哪里", "哪儿"], ["以后", "后"], ["之后", "后"]];
function colloquial(tok: string): string[] {
  const out = [tok];
  for (const [a, b] of SPOKEN) if (tok.includes(a) && tok.replace(a, b).length >= 2) out.push(tok.replace(a, b));
  return out;
}
/** "停车 车位 parking lot, park": Chinese words split on spaces, English phrases on commas. */
function k(w: number, words: string, everyday: Set<string>): Keyword[] {
  const out: Keyword[] = [];
  for (const part of words.split(",")) {
    let latin: string[] = [];
    const flush = () => {
      const kw = latin.join(" ");
      if (latin.length) out.push({ kw, w: everyday.has(kw) ? Math.min(w, 0.7) : w, everyday: everyday.has(kw) });
      latin = [];
    };
    for (const tok of part.trim().split(/\s+/).filter(Boolean)) {
      if (CJK.test(tok)) {
        flush();
        for (const v of colloquial(tok)) out.push({ kw: v, w: everyday.has(tok) ? Math.min(w, 0.7) : w, everyday: everyday.has(tok) });
      } else latin.push(tok);
    }
    flush();
  }
  return out;
}

export interface UnknownTopic {
  zh: string;
  en: string;
  words: Keyword[];
  related?: IntentId;
  /** Only when the text asks when ("在线测试什么时候"). */
  when?: boolean;
  /** Only when the text names this stage ("一家公司最多几个人进线下": the offline places per company). */
  phase?: "online" | "offline";
  /** Below 0.97 when a matching intent should still win (a clock time asked of a known session). */
  score?: number;
}


export interface Vocabulary {
  intents: IntentDef[];
  unknown: UnknownTopic[];
}

const isIntent = (id: string): id is IntentId => (INTENT_IDS as readonly string[]).includes(id);

/** The programme's wording data compiled into keyword lists; an id no answer composes is left out. */
export function vocabularyOf(p: Programme): Vocabulary {
  const hit = cache.get(p);
  if (hit) return hit;
  const data = p.answers;
  const everyday = new Set(data?.everyday ?? []);
  const words = (list: Array<[number, string]>) => list.flatMap(([w, text]) => k(w, text, everyday));
  const intents = (data?.intents ?? []).filter((d) => isIntent(d.id)).map((d) => ({ id: d.id as IntentId, zh: words(d.zh), en: words(d.en) }));
  const unknown = (data?.unstated ?? []).map((t) => ({
    zh: t.zh,
    en: t.en,
    words: words(t.words),
    ...(t.related && isIntent(t.related) ? { related: t.related } : {}),
    ...(t.when ? { when: true } : {}),
    ...(t.phase ? { phase: t.phase } : {}),
    ...(t.score !== undefined ? { score: t.score } : {}),
  }));
  const v = { intents, unknown };
  cache.set(p, v);
  return v;
}
const cache = new WeakMap<Programme, Vocabulary>();
