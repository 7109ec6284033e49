import type { Programme } from "../programme/schema.js";
import type { Query } from "./types.js";
import { vocabularyOf, type IntentId, type UnknownTopic } from "./intents.js";
import { matchKeywords } from "./match.js";
import { findTopics, selectSessions, type TopicHit } from "./schedule.js";
import { indexOf } from "./programme-index.js";

export interface Scored {
  id: IntentId;
  score: number;
  at: number;
  len: number;
  inNorm?: boolean;
}

export interface Classification {
  ranked: Scored[];
  topics?: TopicHit;
  unknown?: UnknownTopic;
}

// Words that tie a question to the training even when no intent matches: it gets an honest "not stated".
const DOMAIN = /培训|参训|线上|线下|直播|课|报名|考核|证书|学员|专员|班|基地|结业|遴选|问卷|回执|training|course|class|trainee|register|registration|livestream|offline|online|certificate|exam|base/;

const BARE: Record<string, IntentId> = {
  时间: "period", 日期: "period", 时间安排: "period", 几号: "period", 哪天: "period", 什么时候: "period", 啥时候: "period",
  time: "period", date: "period", dates: "period", when: "period",
  地点: "offline.info", 地址: "offline.info", 场地: "offline.info", 在哪: "offline.info", 在哪里: "offline.info", 哪里: "offline.info",
  place: "offline.info", venue: "offline.info", where: "offline.info", location: "offline.info",
};

// A date asked about with these words asks what is taught that day ("明天有课吗", "today what is on").
const COURSE = /讲|课|学|安排|直播|培训|上什么|干什么|\bon\b|schedule|taught|class|session/;

// Below this weight an unstated topic's word is generic and needs the topic's subject named beside it.
const GENERIC_TOPIC = 0.95;
// Whether something is still open or still in time.
const STILL = /还(?:能|可以|可不可以|来得及|赶得上|让)|来得及|来不及|赶得上|赶不上|还没截止|截止了没|截没截止/;

export function isAboutProgramme(q: Query): boolean {
  return DOMAIN.test(q.norm) || q.classes.length > 0;
}

/** Scores every intent for a query: keywords first, then what the dates, days, places and course names say. */
export function classify(q: Query, p: Programme): Classification {
  const score = new Map<IntentId, Scored>();
  const put = (id: IntentId, s: number, at = -1, len = 0, inNorm = false) => {
    const cur = score.get(id);
    if (!cur || s > cur.score) score.set(id, { id, score: s, at, len, inNorm });
  };
  const about = isAboutProgramme(q);
  const vocab = vocabularyOf(p);
  for (const def of vocab.intents) {
    const zh = matchKeywords(def.zh, q);
    const en = matchKeywords(def.en, q);
    const hit = !zh ? en : !en ? zh : zh.score >= en.score ? zh : en;
    if (hit?.everyday && about) hit.score = Math.min(0.9, hit.score + 0.15);
    if (hit) put(def.id, hit.score, hit.at, hit.len, hit.inNorm);
  }
  const s = (id: IntentId) => score.get(id)?.score ?? 0;

  // a topic's generic words (weighted below 1: "作用", "能用来") ask of its subject only when the subject is named too
  // ("证书有什么作用", not "问卷的作用是什么")
  const asked = (t: UnknownTopic) => {
    const hit = matchKeywords(t.words, q);
    return Boolean(hit && (hit.score >= GENERIC_TOPIC || !t.related || s(t.related) > 0));
  };
  // of several topics asked, the one whose words hold most of the text ("补报" of a late registration, not "补" of a replay)
  let unknown: UnknownTopic | undefined;
  let held = 0;
  for (const t of vocab.unknown) {
    if ((t.when && !q.askWhen) || (t.phase && q.phase !== t.phase) || !asked(t)) continue;
    // every word of the topic the text holds counts ("错过" and "补报", against "能补" alone)
    const len = t.words.reduce((n, w) => n + (matchKeywords([w], q)?.len ?? 0), 0);
    if (len > held) [unknown, held] = [t, len];
  }
  // an attribute the notice does not give ("在线测试考啥题型") outranks the subject it is asked of ("在线测试")
  if (unknown) put("unknown", unknown.score ?? Math.max(0.97, Math.min(0.99, (unknown.related ? s(unknown.related) : 0) + 0.01)));
  if (q.classes.length && s("organisers") >= 0.85) put("class.ofCity", s("organisers") + 0.01);

  const provincialNamed = indexOf(p).provincialNames.some((n) => q.norm.includes(n));
  if (provincialNamed || (s("contact.provincial") > 0 && Math.max(s("contact"), s("email")) >= 0.8)) put("contact.provincial", 0.95);
  else score.delete("contact.provincial");

  const topics = findTopics(q, p);
  // "线下培训什么时候报到" asks for one session, not for the stage
  const sessionAsked = Boolean(topics && topics.strength >= 0.45 && (q.askWhen || q.askClock));
  if (q.askWhen && !q.dates.length && !q.days.length) {
    if ((Math.max(s("livestream"), s("online.dates")) >= 0.75 || q.phase === "online") && q.phase !== "offline" && !sessionAsked) put("online.dates", 0.93);
    if (q.phase === "offline" && !sessionAsked) put("offline.info", 0.93);
    const reg = Math.max(s("receipt"), s("questionnaire"), s("register.how"));
    if (reg >= 0.5 && s("livestream") < 0.85 && s("register.done") < 0.9) put("deadline.form", 0.93);
    if (s("deadline.contactList") >= 0.9) put("deadline.contactList", 0.97);
  }
  // "问卷还能填吗", "现在还可以报名吗": whether it is still open is a question about the deadline
  // ("现在报还来得及不": a bare "报" beside "in time" is registering)
  const still = STILL.test(q.flat);
  if (still && (Math.max(s("receipt"), s("questionnaire"), s("register.how")) >= 0.5 || /报(?!到|告|销)/.test(q.flat)) && s("livestream") < 0.85) put("deadline.form", 0.93);
  // "回执上要填啥": what to fill in, asked of the receipt form, is the receipt's own fields
  if (/回执/.test(q.flat) && s("questionnaire") > 0 && !/问卷/.test(q.flat)) put("receipt", s("questionnaire") + 0.01);
  // a private message of one bare word ("时间", "地点"): the training's dates or its place
  const bare = BARE[q.flat.replace(/[呢吗啊呀嘞]+$/, "")];
  if (bare) put(bare, 0.8);
  if (q.askPlace && q.phase === "offline") put("offline.info", 0.93);
  // the only training with a place is the offline one
  else if (q.askPlace && /培训|上课|training|held|take place/.test(q.norm)) put("offline.info", 0.85);
  const whenOnly = q.askWhen && !q.askWhat;
  if (q.bothPhases && !q.dates.length && !q.days.length) put("period", 0.92);
  // "线下住宿怎么安排": arrangements for a stay or a meal, not the stage's programme
  const practical = Math.max(s("meals"), s("lodging"), s("board"), s("travel"), s("bring"), s("fees"), s("epidemic"), s("requirements"));
  if (practical >= 0.85) {
    // the logistics intent stands
  } else if (!whenOnly && q.phase === "offline" && (q.askWhat || s("schedule.online") >= 0.85 || s("content") >= 0.85) && !q.dates.length && !q.days.length) {
    put("schedule.offline", 0.94);
  } else if (q.phase === "online" && q.askWhat && !q.dates.length && !q.days.length && s("livestream") < 0.9) {
    put("schedule.online", 0.92);
  }
  if (s("schedule.online") > 0 && q.phase === "offline") put("schedule.offline", s("schedule.online") + 0.01);

  // "考完试晚上干嘛", "考试之后干啥": what comes after a session named is its day's half day asked, or the next session
  if (AFTER.test(q.flat) && !q.dates.length) afterSession(q, p, topics);
  const sel = selectSessions(q, p);
  // "今天下午讲什么" with no clock: the plan by date, whatever half day it names
  const course = COURSE.test(q.norm);
  if (q.relativeDate && course && !q.clock && Math.max(s("register.how"), s("receipt"), s("questionnaire"), s("deadline.form")) < 0.5) put("schedule.what", 0.96);
  if (sel && !sel.noSession && (q.dates.length || q.days.length)) {
    // "Will lunch be provided on the first day?" asks about the meal, not the day's courses
    const base = q.askWhat || q.question ? 0.95 : q.halfDays.length ? 0.9 : 0.85;
    put("schedule.what", !q.askWhat && practical >= 0.85 ? 0.8 : base);
  } else if (sel && !sel.noSession && q.halfDays.length && (q.askWhat || s("schedule.online") > 0)) {
    put("schedule.what", 0.8);
  } else if (sel?.noSession || (q.dateNamed && !q.dates.length)) {
    const r = p.registration;
    // "6月6号还能报名吗": a date asked of registration is a question about the deadline
    const reg = Math.max(s("register.how"), s("receipt"), s("questionnaire"), s("deadline.form"));
    if (q.relativeDate && course && !reg) put("schedule.what", 0.96);
    else if (q.dates.includes(r.formDeadline.slice(0, 10)) || reg >= 0.5) put("deadline.form", 0.9);
    else if (q.dates.includes(r.contactListDeadline.slice(0, 10))) put("deadline.contactList", 0.9);
    else if (q.askWhat || (q.question && about)) put("schedule.what", 0.85);
  }

  if (topics && topics.strength >= 0.3 && !q.dates.length && !q.days.length) {
    // "线下培训要考试吗": a yes-or-no about a session is answered by where the session is
    const base = q.askWhen || q.askClock ? 0.8 : q.question ? (topics.strength >= 0.45 ? 0.78 : 0.55) : 0.7;
    put("schedule.when", sessionAsked ? 0.95 : Math.min(0.86, base + 0.15 * topics.strength));
  }

  // a skill of the "五会" ("会技术交底") names its course through the content answer
  if (namesSkill(q, p)) put("content", 0.96);
  // "开通智慧桥账号": an account for a system is the after-training service, not the course
  if (s("services") > 0 && /账号|账户|开通|account/.test(q.flat)) put("services", 0.95);
  if (/附件(?:4|四)/.test(q.flat)) put("schedule.offline", 0.95);

  if (q.classes.length && Math.max(...[...score.values()].map((x) => x.score), 0) < 0.7) put("class.ofCity", q.question || onlyAPlace(q) ? 0.8 : 0.6);

  const ranked = [...score.values()].sort((a, b) => b.score - a.score || b.len - a.len);
  return { ranked, topics, unknown };
}

/** The text names a "五会" skill: as written ("会技术交底"), or by a core no course title shares ("技术交底"). */
export function namesSkill(q: Query, p: Programme): boolean {
  return p.content.wuHui.items.some((i) => {
    const core = i.skill.replace(/^会/, "");
    return q.flat.includes(i.skill) || (q.flat.includes(core) && !p.courseTopics.some((t) => t.includes(core)));
  });
}

const FAMILIES: IntentId[][] = [
  ["schedule.what", "schedule.when", "schedule.online", "schedule.offline", "online.dates", "offline.info", "period", "livestream"],
  ["contact", "contact.provincial", "email", "class.ofCity", "organisers", "deadline.contactList"],
  ["meals", "lodging", "board"],
  ["register.how", "register.done", "questionnaire", "receipt", "deadline.form", "deadline.contactList", "email"],
  ["selection", "process", "capacity", "audience"],
  ["content", "schedule.online", "schedule.offline", "schedule.when", "schedule.what"],
];

/** Two intents whose answers overlap, so only the first is given. */
export function sameFamily(a: IntentId, b: IntentId): boolean {
  return a === b || FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

/** "我在枣阳", "我是广水的": a message that says little more than where the asker is. */
function onlyAPlace(q: Query): boolean {
  let rest = q.flat;
  for (const n of [...q.places.map((x) => x.name), ...q.cities.flatMap((c) => [c.zh, ...c.aliases])]) rest = rest.split(n).join("");
  // a bare name is a form's answer ("襄阳"), a sentence around it is said to the bot
  return rest.length < q.flat.length && /在|是|来自|属于/.test(rest) && rest.replace(/^(?:我|我们|我们公司|我司|本人|单位|公司|企业|我们单位)?(?:在|是|属于|来自)?|(?:的|市|县|区|这边|那边|人)?$/g, "").length <= 1;
}

// Words that ask what follows something ("考完了", "之后", "结束后").
const AFTER = /完了?(?:以后|之后|后)?(?!成)|之后|以后|结束后|[^前]后(?:干|做|还|要|有)/;

/**
 * The question is read as asking the session after the one named (by its course, or by one day and half day: "第二天上午结束后"):
 * on its day at the half day asked, else the next.
 */
function afterSession(q: Query, p: Programme, topics: TopicHit | undefined): void {
  const phase = q.phase ?? "online";
  const ref =
    topics && topics.strength >= 0.3 && !q.days.length
      ? topics.entries[0]!.refs[0]!
      : q.days.length === 1 && q.halfDays.length === 1
        ? indexOf(p).sessions.find((r) => r.phase === phase && r.session.day === q.days[0] && r.session.halfDay === q.halfDays[0])
        : undefined;
  if (!ref) return;
  if (q.days.length) q.halfDays = [];
  const sessions = indexOf(p).sessions.filter((r) => r.phase === ref.phase);
  const at = sessions.indexOf(ref);
  const next = q.halfDays.length
    ? sessions.slice(at + 1).find((r) => q.halfDays.includes(r.session.halfDay))
    : sessions[at + 1];
  if (!next) return;
  q.days = [next.session.day];
  q.halfDays = [next.session.halfDay];
  q.phase = next.phase;
}
