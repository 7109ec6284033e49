import type { Programme, ProgrammeClass, Session } from "../programme/schema.js";
import { zhDate } from "../programme/lookup.js";
import { HALF_EN, HALF_ZH } from "./facts.js";
import { enDate } from "./dates.js";

/** One statement of the notice, with where it sits in the programme. */
export interface Card {
  id: number;
  /** Its path in the programme ("logistics.travel", "online.schedule[3]"). */
  source: string;
  zh: string;
  en?: string;
  /** The programme leaves this field empty: the notice does not say. */
  empty?: boolean;
}

// Fields that name or key things rather than state them; their facts reach the cards through the composed ones.
const SKIP = /^(?:id|year|timezone|classes|cities|courseTopics|online\.schedule|offline\.schedule|selection\.tieBreak|selection\.weights|answers|english|questionnaire)(?:$|[.[])|\.(?:id|aliases|nameEn|cities)(?:$|[.[])/;
const isText = (v: unknown): v is { zh: string; en: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 2 && "zh" in v && "en" in v;

function session(phase: "online" | "offline", s: Session, p: Programme): { zh: string; en: string } {
  const stage = p[phase].label;
  const d = s.date;
  return {
    zh: `${stage.zh}第${s.day}天${d ? `（${zhDate(d)}）` : ""}${HALF_ZH[s.halfDay]}：${s.topics.join("、")}`,
    en: `${stage.en}, day ${s.day}${d ? ` (${enDate(d)})` : ""}, ${HALF_EN[s.halfDay]}: ${s.topics.join(", ")}`,
  };
}

function classCard(c: ProgrammeClass, p: Programme): { zh: string; en: string } {
  const cities = c.cities.map((id) => p.cities.find((x) => x.id === id)?.zh ?? id).join("、");
  const k = c.contact;
  return {
    zh: `${c.name.zh}培训班（${cities}）由${c.base.zh}承办，线下${c.quota}人；联系人 ${k.name}，电话 ${k.phones.join("、") || "未列出"}，邮箱 ${k.emails.join("、") || "未列出"}`,
    en: `${c.name.en} class (${c.cities.map((id) => p.cities.find((x) => x.id === id)?.en ?? id).join(", ")}), run by the ${c.base.en}, ${c.quota} offline places; contact ${k.nameEn}, phone ${k.phones.join(" / ") || "none listed"}, e-mail ${k.emails.join(", ") || "none listed"}`,
  };
}

/** Every statement the programme makes, one card each; an empty field gives a card that says it is not stated. */
export function cardsOf(p: Programme): Card[] {
  const hit = cache.get(p);
  if (hit) return hit;
  const cards: Card[] = [];
  const add = (source: string, zh: string, en?: string, empty?: boolean) => cards.push({ id: cards.length, source, zh, en, ...(empty ? { empty } : {}) });
  const walk = (v: unknown, path: string) => {
    if (path && SKIP.test(path)) return;
    if (v === null || (Array.isArray(v) && v.length === 0)) return add(path, "", undefined, true);
    if (typeof v === "string") return add(path, v, p.english?.[path]);
    if (typeof v === "number" || typeof v === "boolean") return;
    if (isText(v)) return add(path, v.zh, v.en);
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    for (const [k, x] of Object.entries(v as object)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(p, "");
  for (const phase of ["online", "offline"] as const) {
    p[phase].schedule.forEach((s, i) => {
      const t = session(phase, s, p);
      add(`${phase}.schedule[${i}]`, t.zh, t.en);
      if (s.date === null) add(`${phase}.schedule[${i}].date`, "", undefined, true);
    });
  }
  p.classes.forEach((c, i) => {
    const t = classCard(c, p);
    add(`classes[${i}]`, t.zh, t.en);
  });
  cache.set(p, cards);
  return cards;
}
const cache = new WeakMap<Programme, Card[]>();
