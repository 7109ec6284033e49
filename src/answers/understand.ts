import type { Programme, HalfDay, ProgrammeClass, City } from "../programme/schema.js";
import type { Query, Phase } from "./types.js";
import { compact, detectLang, normalise, segment, stem, cnNumber } from "./normalise.js";
import { indexOf, type Name } from "./programme-index.js";
import type { Place } from "./places.js";
import { readDates } from "./dates.js";
import { localDate, wordsRe } from "./relative.js";
import timeWords from "./data/time-words.json" with { type: "json" };
import gazetteer from "./data/hubei-places.json" with { type: "json" };
import { fixSpelling } from "./typos.js";
import { looksLikeQuestion } from "./question.js";

// Half-days and "now" as trainees write them: data/time-words.json
const HALF_DAYS: Array<[RegExp, HalfDay]> = (Object.entries(timeWords.halfDays) as Array<[HalfDay, { zh: string[]; en: string[] }]>).map(([h, w]) => [wordsRe(w.zh, w.en), h]);
const OFFLINE = /线下|现场|考核培训|实战|巡回|第二阶段|面授|集中培训|offline|in[- ]person|on[- ]?site|stage (?:2|two)|second stage/;
const ONLINE = /线上|直播|网上|在线|网课|第一阶段|online|live ?stream|stage (?:1|one)|first stage/;
const ASK_WHEN = /第几天|第几节|什么时候|什么时间|啥时候?|哪天|哪几天|哪一天|哪日|几号|几月几|何时|几时|日期|时间|多会儿|\bwhen\b|what (?:date|day|time)|which (?:date|day)|\bdates?\b/;
const ASK_WHAT = /讲什么|讲啥|学什么|学啥|学些什么|什么课|啥课|有什么|有啥|上什么|安排|内容|干什么|做什么|干啥|做啥|课程|讲的|什么活动|有课|上课吗|有没有课|有安排|what(?:'s| is| are)? (?:on|happen|planned|scheduled|taught)|which (?:course|class|session|topic)|\btopics?\b|\bschedule\b|\bagenda\b|\bcovered\b/;
const ASK_PLACE = /在哪|哪里|哪儿|地点|地方|何处|地址|\bwhere\b|\bplace\b|\bvenue\b|\blocation\b|\baddress\b/;
const ASK_CLOCK = /几点|点钟|\bwhat time\b|o'?clock/;
// "现在/这会儿/此刻/眼下 是什么课": with a clock, the words for "now" name today and the half-day it is in
const NOW = wordsRe(timeWords.now.zh, timeWords.now.en);
const ABOUT_SESSION = /课|讲|上什么|上啥|学什么|学啥|安排|\bcourses?\b|\bclass\b|\bsessions?\b|\blectures?\b|\btopic\b|\bon\b|\btaught\b|\bteaching\b|\bcovered\b|\bcovering\b|\blearning\b|\bstudying\b/;
// English words people drop into Chinese chat, as the Chinese words the keywords use.
const MIXED: Record<string, string> = {
  link: "链接", links: "链接", url: "网址", deadline: "截止", ddl: "截止", schedule: "课程表", agenda: "课程表",
  certificate: "证书", cert: "证书", start: "开始", begin: "开始", laptop: "笔记本电脑", computer: "电脑", offline: "线下",
  online: "线上", hotel: "酒店", contact: "联系人", email: "邮箱", mail: "邮箱", fee: "费用", fees: "费用", cost: "费用",
  free: "免费", live: "直播", livestream: "直播", exam: "考试", test: "测试", survey: "问卷", questionnaire: "问卷",
  form: "表", register: "报名", registration: "报名", signup: "报名", receipt: "回执", phone: "电话", class: "班",
  teacher: "老师", hours: "小时", quota: "名额", lunch: "午饭", meal: "饭", room: "房间", ppt: "课件",
};
const MIXED_RE = new RegExp(`\\b(?:${Object.keys(MIXED).join("|")})\\b`, "g");
// A question is short; a pasted page must not cost more than a question does.
const MAX_CHARS = 400;
// Words that hold a place's short name but name no place ("对应城市" holds "应城"), from the gazetteer.
const NOT_PLACES = new RegExp(gazetteer.notInside.join("|"), "g");
const ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5, last: -1, final: -1 };

function readDays(norm: string, flat: string): number[] {
  const days: number[] = [];
  for (const m of flat.matchAll(/第([0-9一二两三四五六七八九十]{1,2})天/g)) {
    const n = cnNumber(m[1]!);
    if (n > 0) days.push(n);
  }
  if (/头一天|首日|开班那天|第一天/.test(flat) && !days.includes(1)) days.push(1);
  if (/最后一天|最后1天|最后那天|末日|最后一日|最后一次课|结束(?:那|的那|当)一?天|结束当日/.test(flat)) days.push(-1);
  for (const m of norm.matchAll(/\bday (\d|one|two|three|four|five)\b/g)) days.push(/\d/.test(m[1]!) ? Number(m[1]) : ["one", "two", "three", "four", "five"].indexOf(m[1]!) + 1);
  for (const m of norm.matchAll(/\b(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th) day\b/g)) days.push(ORDINALS[m[1]!]!);
  return [...new Set(days)];
}

/** Names found in the text, in the order they appear; Latin names need word boundaries. */
function findNames<T>(names: Name<T>[], norm: string, flat: string): T[] {
  const hits: Array<{ at: number; value: T }> = [];
  let rest = flat;
  for (const n of names) {
    if (n.latin) {
      const m = n.re!.exec(norm);
      if (m) hits.push({ at: m.index / 10, value: n.value });
      continue;
    }
    const at = rest.indexOf(n.name);
    if (at >= 0) {
      hits.push({ at, value: n.value });
      rest = rest.slice(0, at) + "\u0000".repeat(n.name.length) + rest.slice(at + n.name.length);
    }
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.value))];
}

function localHour(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(now));
}

/** Reads one message: language, words, places, dates, days and what kind of thing it asks. */
export function understand(text: string, p: Programme, now?: Date): Query {
  // addresses and numbers are data, not words: "example.com" must not read as "exam"
  const norm = fixSpelling(normalise(text.slice(0, MAX_CHARS))).replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|\b1\d{10}\b|\b0\d{2,3}-\d{7,8}\b/g, " ").trim();
  const lang = detectLang(norm);
  // English words inside a Chinese sentence ("报名的link发一下") read as their Chinese keywords
  const flat = compact(lang === "zh" && /[a-z]{2}/.test(norm) ? norm.replace(MIXED_RE, (w) => MIXED[w] ?? w) : norm);
  const loose = flat.includes("的") ? flat.replace(/的/g, "") : undefined;
  const ix = indexOf(p);
  // tokens feed English keywords only; Chinese keywords match the compact text, typos included
  const tokens = /[a-z]/.test(norm) ? segment(norm) : [];
  const stems = tokens.filter((t) => /^[a-z]/.test(t)).map(stem);
  const classes = findNames<ProgrammeClass>(ix.classNames, norm, flat);
  // "宜昌班" names a class, not the city of 宜昌
  let rest = flat;
  for (const n of ix.classNames) if (!n.latin && n.name.length > 2) rest = rest.split(n.name).join("\u0000");
  const cities = findNames<City>(ix.cityNames, norm, rest);
  // a county or district ("枣阳", "光谷") stands for its prefecture
  // "对应城市群" holds "应城市": the words 城市群/城市圈 are never part of a place's name
  const places = findNames<Place>(ix.placeNames, norm, rest.replace(/城市[群圈]/g, "\u0000\u0000\u0000").replace(NOT_PLACES, (w) => "\u0000".repeat(w.length)));
  for (const pl of places) if (!cities.includes(pl.city)) cities.push(pl.city);
  for (const c of cities) {
    const cls = p.classes.find((k) => k.cities.includes(c.id));
    if (cls && !classes.includes(cls)) classes.push(cls);
  }
  const read = readDates(norm, p, now);
  const { dates, clock } = read;
  let { named, relative } = read;
  const halfDays = HALF_DAYS.filter(([re]) => re.test(norm)).map(([, h]) => h);
  if (now && !named && NOW.test(norm) && ABOUT_SESSION.test(norm) && readDays(norm, flat).length === 0) {
    dates.push(localDate(now, p.timezone));
    named = relative = true;
    if (halfDays.length === 0) halfDays.push(localHour(now, p.timezone) < 12 ? "morning" : "afternoon");
  }
  let phase: Phase | undefined;
  const offline = OFFLINE.test(norm);
  const online = ONLINE.test(norm);
  if (offline) phase = "offline";
  else if (online) phase = "online";
  return {
    raw: text,
    norm,
    flat,
    loose,
    lang,
    tokens,
    stems,
    question: looksLikeQuestion(text),
    cities,
    places,
    classes,
    dates,
    days: readDays(norm, flat),
    halfDays,
    phase,
    askWhen: ASK_WHEN.test(norm),
    askWhat: ASK_WHAT.test(norm),
    askPlace: ASK_PLACE.test(norm),
    askClock: ASK_CLOCK.test(norm),
    dateNamed: named,
    relativeDate: relative,
    clock,
    bothPhases: offline && online,
  };
}
