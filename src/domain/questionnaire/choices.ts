import type { Programme } from "../../programme/schema.js";
import { classOfCity } from "../../programme/lookup.js";
import { cleanText, normaliseText, preview } from "../validators/text.js";
import { matchKey, matchOption, stripColloquial, type ChoiceOption } from "./match.js";
import { yearsIn } from "./amounts.js";
import { otherValue, type Question } from "./questions.js";
import { refuse, value, type AnswerResult, type ParseContext } from "./result.js";

const MAX_ASK = 3;
const ALL = ["全部", "都要", "全选", "所有", "全都要", "都可以", "都感兴趣", "all"];

function ask(text: string, found: ChoiceOption[], answerWith: (o: ChoiceOption) => string): AnswerResult {
  return { type: "ask", text, options: found.map((o) => ({ label: o.label, value: answerWith(o) })) };
}

function noneOf(text: string, q: Question): AnswerResult {
  return refuse(`没有与${preview(normaliseText(text))}对应的“${q.label}”选项，请从选项中选择`);
}

/** A single choice: by range (years), by name, or as the "other" option with its text. */
export function parseSingle(text: string, q: Question, options: ChoiceOption[]): AnswerResult {
  if (options.some((o) => o.range)) {
    const years = yearsIn(text);
    if (years !== undefined) {
      const o = options.find((x) => x.range && years >= x.range.min && (x.range.below === null || years < x.range.below));
      if (o) return value(o.value);
    }
  }
  const m = matchOption(text, options);
  if (m.kind === "one") return value(m.option.value);
  if (m.kind === "some" && m.options.length <= MAX_ASK) {
    return ask(`您指的是哪一个？`, m.options, (o) => o.label);
  }
  const other = options.find((o) => o.other);
  const own = cleanText(text);
  if (other && m.kind === "none" && /\p{Script=Han}.*\p{Script=Han}|\p{L}{3}/u.test(own)) return value(otherValue(other.value, own));
  if (m.kind === "some") return refuse(`“${normaliseText(text)}”可以指好几项，请说得具体一些`);
  return noneOf(text, q);
}

const accepting = new WeakMap<Programme, Set<string>>();
function acceptsSuggestion(p: Programme): Set<string> {
  let v = accepting.get(p);
  if (!v) accepting.set(p, (v = new Set(p.questionnaire.acceptSuggestion.flatMap((w) => [matchKey(w), stripColloquial(matchKey(w))]))));
  return v;
}

/** The class: by name, by a city of the class, or the one the city suggests ("就按建议的"). */
export function parseClass(text: string, q: Question, ctx: ParseContext): AnswerResult {
  const city = ctx.answers.city;
  const suggested = typeof city === "string" ? classOfCity(ctx.programme, city) : undefined;
  if (suggested && acceptsSuggestion(ctx.programme).has(stripColloquial(matchKey(text)))) return value(suggested.id);
  return parseSingle(text, q, q.options ?? []);
}

const HARD = /[,，、;；┋|｜/\n]+/;
const SOFT = /和|及|与|以及|还有|跟/;

/** A multiple choice: "全部", or names separated by commas, "┋" or "和"; an ambiguous name is asked back. */
export function parseMulti(text: string, q: Question): AnswerResult {
  const options = q.options ?? [];
  const whole = matchKey(text);
  if (ALL.includes(stripColloquial(whole))) return value(options.map((o) => o.value));
  const exact = options.find((o) => [o.label, o.value, ...o.aliases].some((n) => matchKey(n) === whole));
  if (exact) return value([exact.value]);
  const chosen = new Set<string>();
  const pieces = normaliseText(text).split(HARD).map((s) => s.trim()).filter(Boolean);
  for (const piece of pieces) {
    const m = matchOption(piece, options);
    const words = m.kind === "one" ? [piece] : piece.split(SOFT).map((s) => s.trim()).filter(Boolean);
    for (const word of words) {
      const w = words.length === 1 ? m : matchOption(word, options);
      if (w.kind === "one") {
        chosen.add(w.option.value);
        continue;
      }
      if (w.kind === "some" && w.options.length <= MAX_ASK) {
        const rest = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
        return ask(`“${word}”指的是哪一门课程？`, w.options, (o) => [...rest, o.label].join("；"));
      }
      if (w.kind === "some") return refuse(`“${word}”可以指好几门课程，请说得具体一些`);
      return refuse(`没有找到与${preview(word)}对应的课程，请回复课程名称`);
    }
  }
  const order = options.map((o) => o.value);
  return value([...chosen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
}
