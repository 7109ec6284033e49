import type { Programme } from "../programme/schema.js";
import type { Answer, AnswerContext, Query } from "./types.js";
import { understand } from "./understand.js";
import { classify, isAboutProgramme, type Classification } from "./classify.js";
import { compose, type ComposeArgs } from "./compose.js";
import { isChatter, isPersonalQuestion, isReport, looksLikeQuestion } from "./question.js";
import { compact, detectLang, normalise } from "./normalise.js";
import { outsideSubject, retrieve, withSynonyms } from "./retrieve.js";
import { emptyField, outsideAnswer, quoteCards } from "./quote.js";
import { englishForeignShare, foreignShare, wordsNotIn } from "./foreign.js";
import { fallbackContact } from "./facts.js";
import { cardsOf } from "./cards.js";
import { initialsReadings } from "./initials.js";
import { pinyinReading } from "./pinyin-words.js";
import { zhDate } from "../programme/lookup.js";
import { enDate } from "./dates.js";
import { cue, cueOrSlip } from "./cues.js";
import { asksToMake, foreignHead, isTask, isTrip, opensWithTask } from "./shapes.js";

// Below this a keyword match is too weak to call the text a question about the programme.
const MIN_SCORE = 0.5;
// A statement without question words must match more strongly ("培训费用", "第三天上午").
const MIN_STATEMENT = 0.7;

// Calibrated on the earlier batches: a card that holds at least this share of a question's content terms answers it.
const MIN_COVERAGE = 0.6;
// Below this share no card holds the question: with no training word in it, it is about something else.
const MAX_UNRELATED = 0.34;
// An empty field named beside other words ("省局邮箱是多少"): half the terms are its label.
const MIN_EMPTY_COVERAGE = 0.5;
// Calibrated on the earlier batches' outside questions: at this share of a message's subject in words the bot does not
// know ("个税", "限行", "著作权"), and with no training word, it is about something else. No question about the training
// in those batches reaches 0.2 once its colloquial words are data.
const MIN_FOREIGN = 0.25;
// When a keyword of the programme's answers matched strongly ("路费", but also "多少钱"), half the subject must be foreign.
const MIN_FOREIGN_NAMED = 0.5;
// A task put to the bot keeps to the training when a programme answer is named this surely ("帮我查下截止时间": a
// statement, so its keyword's 0.95 less 0.1).
const MIN_TASK_NAMED = 0.8;
// A task put to the bot ("帮我…", "请把…", "给我…").
const REQUEST = /^(?:请|麻烦)?(?:你)?(?:帮我|帮忙|给我|替我|请|麻烦)/;

/** The answer to a message: its questions answered from the programme, or null when it asks nothing the bot can take up. */
export function answerQuestion(text: string, ctx: AnswerContext): Answer | null {
  if (!text || !text.trim() || isChatter(text) || isPersonalQuestion(text)) return null;
  // "zs怎么拿": pinyin initials stand for the programme word whose reading answers best
  const readings = initialsReadings(ctx.programme, normalise(text));
  if (readings.length) {
    const best = readings
      .map((r) => answerQuestion(r, ctx))
      .filter((a): a is Answer => Boolean(a && !a.outside))
      // a stable sort: among equally sure answers, the reading of the word the notice names most
      .sort((a, b) => Number(Boolean(a.unknown)) - Number(Boolean(b.unknown)) || b.confidence - a.confidence)[0];
    if (best) return best;
  }
  // "peixun mianfei ma", "zhengshu 怎么拿": words typed in full pinyin are read as the Chinese words they spell
  const spelt = pinyinReading(ctx.programme, normalise(text));
  if (spelt) {
    const a = answerQuestion(spelt, ctx);
    if (a && !a.outside) return a;
  }
  // "培训免费吗？明天下雨吗？": a clause outside the training is left out, so that its words do not steer the rest
  const parts = clauses(text);
  if (parts.length >= 2) {
    const kept = parts.filter((c) => !outsideOnItsOwn(c, ctx.programme));
    if (kept.length && kept.length < parts.length) {
      const a = answerQuestion(kept.join("。"), ctx);
      // "專利年費在哪交 逾期了咋辦": what is kept names no word of the training and the notice does not answer it; it follows
      // up the outside subject named before it, and is read with it
      const followUp = a?.unknown && !kept.some((c) => cueOrSlip(ctx.programme, "training", normalise(c))) && parts.some((c) => !kept.includes(c) && outsideSubject(ctx.programme, c));
      if (followUp) return answerWhole(text, ctx);
      // the clause kept says nothing answerable on its own ("我要报名"): the message is read whole
      if (a?.outside) return a;
      if (!a) return answerWhole(text, ctx);
      const note = a.lang === "en" ? "(Your other question is outside what I handle.)" : "（另一个问题不在我能解答的范围内。）";
      return { ...a, text: `${a.text}\n${note}` };
    }
  }
  return answerWhole(text, ctx);
}

/** A message read as one: its subject, its gates and its clauses' answers. */
function answerWhole(text: string, ctx: AnswerContext): Answer | null {
  const p = ctx.programme;
  const lang = detectLang(normalise(text));
  // words that keep a message about the training even when it also names an outside subject ("培训期间下雨怎么办"), read
  // without the words that only hold one ("航班", "上班": cues.notTraining)
  const plain = normalise(text).replace(cue(p, "notTraining", "g"), " ");
  // a slip of one ("文卷填完了") is the word
  const training = cueOrSlip(p, "training", plain);
  // the training named as such: beside an outside subject, only these keep the message ours
  const itself = cueOrSlip(p, "trainingItself", plain);
  // a subject outside named beside "报名" only ("专利代理师考试怎么报名") is still outside: registering is not only ours
  if (!itself && outsideSubject(p, text)) return outsideAnswer(p, lang);
  if (!training && isTrip(text, ctx)) return outsideAnswer(p, lang);
  if (!itself && lang === "zh" && foreignHead(p, text)) return outsideAnswer(p, lang);
  const whole = answerOne(text, ctx);
  // "What's the VAT rate for software companies": most of an English question's subject is words the programme never
  // writes; beside an unstated topic it names ("shuttle bus from the station") more of it must be. English words of the
  // training (cues.trainingEn) make unknown words things the notice leaves out ("Is the exam multiple choice").
  if (!training && lang === "en" && !cue(p, "trainingEn").test(normalise(text)) && looksLikeQuestion(text) && englishForeign(p, text, whole?.intent === "unknown" && whole.confidence >= 0.8)) return outsideAnswer(p, lang);
  // "编个顺口溜", "写一篇工作总结", "来首歌": a task put to the bot that names nothing of the training and is no strong
  // question of the programme's is not about the training ("帮我说一下报名流程" is)
  if (!itself && lang === "zh" && isTask(p, text) && !named(whole, MIN_TASK_NAMED)) return outsideAnswer(p, lang);
  // "write an email to my boss": asked to make a text (cues.taskMakeEn), with no training word, the bot declines
  if (!training && lang === "en" && !cue(p, "trainingEn").test(normalise(text)) && asksToMake(p, text)) return outsideAnswer(p, lang);
  // "帮我把这段话润色一下": a task asked of the bot, most of whose words the bot does not know, is no question about the training
  if (!training && lang === "zh" && !looksLikeQuestion(text) && REQUEST.test(compact(normalise(text))) && foreignShare(p, text).share >= MIN_FOREIGN_NAMED) return outsideAnswer(p, lang);
  if (!training && lang === "zh" && looksLikeQuestion(text) && foreignShare(p, text).share >= (named(whole) ? MIN_FOREIGN_NAMED : MIN_FOREIGN)) return outsideAnswer(p, lang);
  // a question that nothing in the programme matches and whose words no card holds is about something else
  if (!training && !whole && unrelated(text, ctx)) return outsideAnswer(p, lang);
  const all = answerAll(text, whole, ctx, lang);
  // "公司怎么申请专利", "讲讲三国演义": a question nothing in the programme answers, or a request in words the bot does not
  // know, with no training word in it, is about something else (a message of the training's own words gets "not stated")
  if (!training && !all && !isChatter(text) && (looksLikeQuestion(text) || (opensWithTask(p, text, lang) && (lang === "zh" ? foreignShare(p, text).share >= MIN_FOREIGN_NAMED : englishForeignShare(p, text).share >= MIN_FOREIGN_NAMED)))) return outsideAnswer(p, lang);
  // "专利怎么申请": how to do something, reached only by quoting a card that shares a word with it, is IP practice, not the training
  if (!training && all?.intent === "card" && HOW_TO.test(normalise(text))) return outsideAnswer(p, lang);
  return afterDeadline(withEmptyFields(text, withBestCard(text, unstatedAttribute(text, all, ctx), ctx), ctx, lang), ctx);
}

// Words that ask for an exact value (a day, an address), not for what the notice says about it.
// ("定了没", "具体啥时候" are answered by the notice's "另行通知": they ask whether or when, not for the value)
// "具体在哪儿办、哪天办": where and when asked together, naming no exact field, asks whether they are set (另行通知)
const WHERE = /在哪|哪儿|哪里|什么地方|\bwhere\b/;
const WHEN = /哪天|什么时候|啥时候|何时|什么时间|\bwhen\b/;
const EXACT_FIELD = /地址|酒店|宾馆|楼|场地|位置|房间|几号|日期|几月几|确切|准确|exact|precise|address|building|date/;
function genericWhereWhen(norm: string): boolean {
  return WHERE.test(norm) && WHEN.test(norm) && !EXACT_FIELD.test(norm);
}
// Words that ask for a calendar date, not for which day of a stage.
const CALENDAR = /具体|几号|日期|几月几|确切|准确|what date|exact|precise/;
// Numbers, shares and dates a card states: an answer that gives none of its card's figures did not answer from it.
const FIGURES = /\d+(?:%|小时|人|天|分|月\d+日)/g;

/**
 * The card that holds most of the question ("问卷填写质量占多少": the selection rule) gives figures the answer leaves out:
 * the keywords took the question elsewhere ("问卷"), so the card is quoted after the answer. Not a class's card: its
 * contacts follow the asker's place, not the words.
 */
function withBestCard(text: string, a: Answer | null, ctx: AnswerContext): Answer | null {
  if (!a || a.outside || a.unknown || a.intent === "card" || a.intent === "purpose") return a;
  const best = retrieve(ctx.programme, text, 1)[0];
  if (!best || best.card.empty || best.coverage < MIN_COVERAGE || best.card.source.startsWith("classes")) return a;
  // "What share is questionnaire quality?": the figures are the same in either language
  const figures = (best.card.zh.match(FIGURES) ?? []).map((x) => (a.lang === "en" ? x.replace(/[^\d%]+$/, "") : x));
  const missed = figures.length > 0 && !figures.some((x) => a.text.includes(x));
  if (!missed && (a.lang === "en" || !quotesCard(text, best.card.zh, a.text, ctx.programme))) return a;
  return { ...a, text: `${a.text}\n${quoteCards([best], a.lang, a.confidence).text}`, sources: [...(a.sources ?? []), best.card.source] };
}

// A run of the notice's words this long, quoted by a question, names the statement that holds it ("考核认证机会").
const QUOTE_CHARS = 4;

/** The question quotes a phrase that only this card (or one other) holds, and the answer does not give it. */
function quotesCard(text: string, card: string, answer: string, p: Programme): boolean {
  const flat = compact(normalise(text));
  for (let i = 0; i + QUOTE_CHARS <= flat.length; i++) {
    const run = flat.slice(i, i + QUOTE_CHARS);
    if (!/^[\u4e00-\u9fff]+$/.test(run) || !card.includes(run) || answer.includes(run)) continue;
    if (cardsOf(p).filter((c) => c.zh.includes(run)).length <= 2) return true;
  }
  return false;
}

// How an answer opens when the notice does not state what was asked.
const NOT_STATED_LEAD = /^(?:通知中没有说明|the notice does not (?:say|state))/i;
// Words by which an answer already says that something is not given.
const SAYS_OPEN = /另行通知|没有说明|未列出|没有写|not state|announced later|lists no/;

/** An answer to a question that also asks for a field the programme leaves empty says so ("省局邮箱是多少"). */
function withEmptyFields(text: string, a: Answer | null, ctx: AnswerContext, lang: "zh" | "en"): Answer | null {
  if (!a || a.outside || a.unknown) return a;
  // "省局联系人的邮箱是多少": an answer to one question that opens by saying the notice does not state it is "not stated"
  if (clauses(text).length === 1 && NOT_STATED_LEAD.test(a.text)) return { ...a, unknown: true };
  const hit = () => retrieve(ctx.programme, text).find((h) => h.card.empty && h.coverage >= MIN_EMPTY_COVERAGE);
  if (SAYS_OPEN.test(a.text)) {
    // "线下培训具体几号" asks for the very value the answer's lead says is announced later: that is "not stated"
    // (a later line may say so of something else: "开班是几号")
    // in a one-clause question the exact value is its subject, so an empty field it names in part is enough
    // ("在宜昌哪个地方培训"); beside another clause ("线上几号开始，线下在哪") the field must hold half of it
    // "线下结业是哪天": which day of the stage a session is on is answered by its day number; only its calendar date is not stated
    if (a.intent === "schedule.when" && !CALENDAR.test(normalise(text))) return a;
    const exact = cue(ctx.programme, "exact").test(normalise(text)) && !genericWhereWhen(normalise(text)) && SAYS_OPEN.test(a.text.split("\n")[0]!);
    const min = clauses(text).length === 1 ? MAX_UNRELATED : MIN_EMPTY_COVERAGE;
    return exact && retrieve(ctx.programme, text).some((h) => h.card.empty && h.coverage >= min) ? { ...a, unknown: true } : a;
  }
  const h = hit();
  // "荆门 联系谁": a stated card holds the question as well as the empty field's label does: the question is about it
  if (!h || retrieve(ctx.programme, text).some((x) => !x.card.empty && x.coverage >= h.coverage)) return a;
  const note = emptyField(ctx.programme, h, ctx, lang, a.confidence).text;
  return a.text.includes(note.replace(/[。.]$/, "")) ? a : { ...a, text: `${note}\n${a.text}` };
}

// A clause that asks, answered on a keyword of this weight or more, adds its answer to the reply.
const MIN_CLAUSE_QUESTION = 0.7;
const REGISTRATION = new Set(["register.how", "register.done", "questionnaire", "receipt", "deadline.form"]);

// A yes-or-no question ("直播时可以提问吗", "有没有模拟题").
const YES_NO = /吗$|有没有|能不能|可不可以|可否|是否|要不要|需不需要|允不允许|让不让/;
// Answers that state a subject's facts, of which a yes-or-no question may ask one the notice does not give.
const SUBJECT_ANSWERS = new Set(["livestream", "offline.info", "bring", "certificate", "selection", "online.dates", "schedule.offline", "schedule.online"]);

/**
 * "线下考核有没有模拟题": a yes-or-no question of one clause that names a subject and asks of it something the answer never
 * mentions (a word of the question the answer does not hold) is answered "not stated", with what the notice says.
 */
function unstatedAttribute(text: string, a: Answer | null, ctx: AnswerContext): Answer | null {
  if (!a || a.outside || a.unknown || a.lang !== "zh" || !SUBJECT_ANSWERS.has(a.intent) || clauses(text).length !== 1) return a;
  if (!YES_NO.test(compact(normalise(text)))) return a;
  const missing = wordsNotIn(ctx.programme, text, a.text);
  if (!missing.length) return a;
  const classes = understand(text, ctx.programme, ctx.now).classes;
  return { ...a, unknown: true, text: `通知中没有说明这一点。通知中相关的内容：${a.text}\n如需了解，请联系${fallbackContact(ctx, "zh", classes)}。` };
}

/** Once the form deadline has passed, an answer about registering says so first. */
function afterDeadline(a: Answer | null, ctx: AnswerContext): Answer | null {
  const p = ctx.programme;
  if (!a || !ctx.now || ctx.now <= new Date(p.registration.formDeadline) || !REGISTRATION.has(a.intent)) return a;
  const day = p.registration.formDeadline.slice(0, 10);
  const note = a.lang === "en" ? `Registration closed on ${enDate(day)}. ` : `报名已于${zhDate(day)}截止。`;
  return { ...a, text: note + a.text };
}

function answerAll(text: string, whole: Answer | null, ctx: AnswerContext, lang: "zh" | "en"): Answer | null {
  // two questions in one message ("在哪培训 管住吗"): each clause that adds an answer of its own is answered too
  const parts = clauses(text);
  if (parts.length < 2) return whole ?? fromCards(text, ctx, lang);
  // "我是大冶的企业 报哪个班 找谁": a place named anywhere in the message decides the class for every clause
  const classes = understand(text, ctx.programme, ctx.now).classes;
  const own = classes.length === 1 ? { ...ctx, classId: classes[0]!.id } : ctx;
  const answers = parts.map((part) => answerOne(part, own));
  // every clause answered on its own: the message's "not stated" came from reading them together
  // a clause asked as a question ("学几天") is answered on a weaker match than a clause that only names something
  const known = answers.filter((a, i): a is Answer => Boolean(a && !a.unknown && a.confidence >= (looksLikeQuestion(parts[i]!) ? MIN_CLAUSE_QUESTION : 0.8)));
  // schedule questions each answered on their own are answered in the order asked ("线上第一天上午…？线下第一天下午…")
  const sessions = known.length === parts.length && known.every((a) => a.intent.startsWith("schedule."));
  let out: Answer | null = (whole?.unknown || sessions) && known.length === parts.length ? null : whole;
  for (const a of known) {
    if (!out) out = a;
    else if ((a.intent !== out.intent || a.intent.startsWith("schedule.")) && !addsNothing(a.text, out.text)) out = { ...out, text: `${out.text}\n${a.text}` };
  }
  // "要带电脑吗要带身份证吗": one question answered and one the notice leaves open is an answer that says what is not stated
  if (out?.unknown && known.length > 0 && parts.length > 1) out = { ...out, unknown: false };
  return out ?? fromCards(text, ctx, lang);
}

const HOW_TO = /怎么|怎样|如何|咋|\bhow (?:do|to|can|should)\b/;
// Answers the keywords reach only through course names, dates or places: "个税怎么申报" meets the course "项目申报".
const INDIRECT = new Set(["schedule.what", "schedule.when", "schedule.online", "schedule.offline", "content", "class.ofCity", "unknown", "card"]);

/** A clause that names a subject outside the training and no training word ("明天下雨吗"). */
function outsideOnItsOwn(clause: string, p: Programme): boolean {
  const n = normalise(clause);
  if (cue(p, "training").test(n.replace(cue(p, "notTraining", "g"), " "))) return false;
  return Boolean(outsideSubject(p, clause)) || (detectLang(n) === "zh" && looksLikeQuestion(clause) && foreignShare(p, clause).share >= MIN_FOREIGN_NAMED);
}

// Calibrated on the English questions of all batches: no question about the training has two unknown words making 0.6 of it.
const MIN_FOREIGN_EN = 0.6;

// An unstated topic matched: the question may be ours, asking what the notice leaves out.
const MIN_FOREIGN_EN_TOPIC = 0.75;

function englishForeign(p: Programme, text: string, topic: boolean): boolean {
  const s = englishForeignShare(p, text);
  return s.foreign.length >= 2 && s.share >= (topic ? MIN_FOREIGN_EN_TOPIC : MIN_FOREIGN_EN);
}

/** The programme's own words for a subject asked it strongly ("路费自己承担吗": 路费): about the training whatever else it says. */
function named(a: Answer | null, min = 0.9): boolean {
  return Boolean(a && !INDIRECT.has(a.intent) && a.confidence >= min);
}

/** A question whose content words the notice barely holds ("社保怎么交", "个税怎么申报"): not about the training. */
function unrelated(text: string, ctx: AnswerContext): boolean {
  if (!looksLikeQuestion(text)) return false;
  const best = retrieve(ctx.programme, text, 1)[0];
  return (best?.coverage ?? 0) < MAX_UNRELATED;
}

/** A question the keywords do not place: the card that holds most of it, or "the notice does not say" for an empty field. */
function fromCards(text: string, ctx: AnswerContext, lang: "zh" | "en"): Answer | null {
  const q = understand(text, ctx.programme, ctx.now);
  if (!q.question) return null;
  const hits = retrieve(ctx.programme, text);
  const best = hits[0];
  if (!best || best.coverage < MIN_COVERAGE) return null;
  if (best.card.empty) return emptyField(ctx.programme, best, ctx, lang, 0.6);
  const near = hits.filter((h) => !h.card.empty && h.coverage >= best.coverage && h.score >= best.score * 0.8).slice(0, 2);
  return quoteCards(near, lang, Math.min(0.85, 0.5 + best.coverage / 2));
}


/** Clauses of a message, split at punctuation, spaces between Chinese, and "还有/另外/顺便". */
export function clauses(text: string): string[] {
  return normalise(text)
    // typed without punctuation, a question particle ends a question when more words follow ("要带电脑吗要带身份证吗"),
    // and so does a question word before a yes-or-no question ("证书谁发的要考试吗", "在哪里管住吗")
    .split(/[,，。.;；!！?？\n]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=[吗呢])(?=[\u4e00-\u9fff]{2})|(?:(?<=谁[发办管出颁]?的|[^为]什么|哪天|哪里|哪儿|几号|多少|多久)|(?<=谁)(?![发办管出颁]?的))(?!时候|时间|地方|样|人|内容)(?=[\u4e00-\u9fff]{2,}(?:吗|呢|么|没|不)$)|还有(?!效|没有|多少|几|吗|没)|另外|顺便问一?下?|以及/)
    .map((x) => x.trim())
    .filter((x) => compact(x).length >= 2);
}

/** Every sentence of a clause's answer is already in the reply. */
function addsNothing(add: string, have: string): boolean {
  const sentences = add.split(/[。\n]/).map((x) => x.trim()).filter(Boolean);
  return sentences.every((x) => have.includes(x));
}

function answerOne(text: string, ctx: AnswerContext): Answer | null {
  // colloquial words read with the notice's own word beside them ("写专利" also as "撰写"); Chinese only
  const zh = detectLang(normalise(text)) === "zh";
  const q = understand(zh ? withSynonyms(ctx.programme, text) : text, ctx.programme, ctx.now);
  q.raw = text;
  const c = classify(q, ctx.programme);
  const a: ComposeArgs = { p: ctx.programme, q, ctx, c };
  const top = c.ranked[0];
  if (!top || top.score < MIN_SCORE) {
    return q.question && isAboutProgramme(q) ? notStated(a, 0.55) : null;
  }
  if (!q.question) {
    // "在线时长要求", "遴选标准": a subject and the head of what is asked of it is a question typed without its question word
    const topic = cue(ctx.programme, "topicTails").test(q.flat.slice(-2));
    if (isReport(text) || top.score < (topic ? MIN_SCORE : MIN_STATEMENT)) return null;
    return compose(top, top.score - 0.1, a);
  }
  // "回执忘交了 现在还能补吗" once the deadline has passed: the receipt or questionnaire sent late is answered by the
  // deadline the notice sets for it, which has closed (whether a late registration is taken, "错过报名了还能补报吗", is not stated)
  const item = c.ranked.some((x) => (x.id === "receipt" || x.id === "questionnaire") && x.score >= 0.8);
  if (top.id === "unknown" && item && c.unknown?.related === "deadline.form" && ctx.now && ctx.now > new Date(ctx.programme.registration.formDeadline)) {
    return compose({ ...top, id: "deadline.form" }, Math.min(top.score, 0.9), a);
  }
  // an unknown topic outranks its related intent, but "not stated" is not a sure answer
  return compose(top, top.id === "unknown" ? Math.min(top.score, 0.8) : top.score, a);
}

/** "The notice does not say", with the asker's contact: for a question nothing in the programme answers. */
export function notStated(a: ComposeArgs, confidence: number): Answer {
  return compose({ id: "unknown", score: confidence, at: -1, len: 0 }, confidence, a);
}

export function notStatedFor(text: string, ctx: AnswerContext): Answer {
  const q: Query = understand(text, ctx.programme, ctx.now);
  const c: Classification = { ranked: [] };
  return notStated({ p: ctx.programme, q, ctx, c }, 0.5);
}

export function helpFor(text: string, ctx: AnswerContext): Answer {
  const q = understand(text, ctx.programme, ctx.now);
  const a: ComposeArgs = { p: ctx.programme, q, ctx, c: { ranked: [] } };
  return compose({ id: "help", score: 1, at: -1, len: 0 }, 1, a);
}

/** What the bot can do, in the language of the message: for a text that is no question it can answer. */
export function botHelp(text: string, programme: Programme, now?: Date): string {
  return helpFor(text, { programme, now }).text;
}
