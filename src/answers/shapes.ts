import type { Programme } from "../programme/schema.js";
import type { AnswerContext } from "./types.js";
import { understand } from "./understand.js";
import { compact, normalise } from "./normalise.js";
import { foreignShare } from "./foreign.js";
import { cue, cueSource } from "./cues.js";

// The shapes of messages that are about something else than the training, read with the programme's cue words.

// Words the training shares with everything else a company files, pays or sits (cues.heads: "截止", "费用", "考试"): a
// word the bot does not know just before one of them names whose deadline, fee or exam it is ("个税申报", "医保报销").
// Not "报名": "异地报名", "团体报名" are ways of registering for this training.
/** A head word right after a subject word, with at most one linking character and "的" between ("个税申报", "医保的报销"). */
function headAfter(p: Programme): RegExp {
  let re = headCache.get(p);
  if (!re) headCache.set(p, (re = new RegExp(`^(?:[^\\s能要可会得该需都也还就才不没])?的?(?:${cueSource(p, "heads")})`)));
  return re;
}
const headCache = new WeakMap<Programme, RegExp>();

/** "企业年报什么时候截止", "医保报销比例": the head word is the training's, its subject is not. */
export function foreignHead(p: Programme, text: string): boolean {
  const flat = compact(normalise(text));
  if (!cue(p, "heads").test(flat)) return false;
  const head = headAfter(p);
  return foreignShare(p, text).words.some((w) => {
    const at = flat.indexOf(w);
    return at >= 0 && head.test(flat.slice(at + w.length));
  });
}

/** A message that opens by asking the bot to make or do something (cues.taskVerbs: "帮我查", or one and cues.taskMeasures: "编个", "写一篇"). */
export function isTask(p: Programme, text: string): boolean {
  let re = taskCache.get(p);
  if (!re) {
    const verbs = cueSource(p, "taskVerbs");
    // asked as a favour ("帮我查一下专利号") the verb alone makes it a task; else a measure word follows ("编个顺口溜")
    // "把这句话改得正式一点": what is to be worked on named first, then the verb
    re = new RegExp(`^(?:请|麻烦)?你?(?:能不能|可不可以|可以|能)?(?:(?:帮我|帮忙|给我|替我|为我|教我)(?:${verbs})|(?:帮)?(?:${verbs})(?:一下)?(?:${cueSource(p, "taskMeasures")})|(?:帮我|帮忙|给我)?把.{1,12}?(?:${verbs}))`);
    taskCache.set(p, re);
  }
  return re.test(compact(normalise(text)));
}
const taskCache = new WeakMap<Programme, RegExp>();

/** A message that opens with a task's verb ("讲讲三国演义", "Write a short story"), not a name or a form's answer. */
export function opensWithTask(p: Programme, text: string, lang: "zh" | "en"): boolean {
  const n = normalise(text);
  let res = opensCache.get(p);
  if (!res) {
    res = {
      en: new RegExp(`^(?:please |pls |can you |could you )?(?:${cueSource(p, "taskVerbsEn")})\\b`),
      zh: new RegExp(`^(?:请|麻烦)?你?(?:帮我|帮忙|给我|替我|为我|帮)?(?:${cueSource(p, "taskVerbs")})`),
    };
    opensCache.set(p, res);
  }
  return lang === "en" ? res.en.test(n) : res.zh.test(compact(n));
}

const opensCache = new WeakMap<Programme, { en: RegExp; zh: RegExp }>();

/** "武汉到十堰高铁几个小时": a journey between two places named, asked how long or how far, with no training word. */
export function isTrip(text: string, ctx: AnswerContext): boolean {
  const n = normalise(text);
  if (!cue(ctx.programme, "trip").test(n) || !/到|去|至|\bto\b/.test(n)) return false;
  const q = understand(text, ctx.programme, ctx.now);
  return new Set([...q.cities.map((c) => c.id), ...q.places.map((x) => x.name)]).size >= 2;
}

/** "write an email to my boss": an English message that opens by asking for a text to be made (cues.taskMakeEn). */
export function asksToMake(p: Programme, text: string): boolean {
  let re = makeCache.get(p);
  if (!re) makeCache.set(p, (re = new RegExp(`^(?:please |pls |can you |could you )?(?:${cueSource(p, "taskMakeEn")})\\b`)));
  return re.test(normalise(text));
}
const makeCache = new WeakMap<Programme, RegExp>();
