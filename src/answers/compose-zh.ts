import type { Programme, ProgrammeClass } from "../programme/schema.js";
import { zhDate } from "../programme/lookup.js";
import type { IntentId } from "./intents.js";
import type { SessionRef } from "./programme-index.js";
import type { ComposeArgs } from "./compose.js";
import { selectSessions } from "./schedule.js";
import { namesSkill } from "./classify.js";
import { HALF_ZH, cityLabelZh, classesFor, cityNamesZh, contactZh, fallbackContact, offlineStatus, onlineRange, provincialZh, sessionLabelZh, zhDay, zhFullDate } from "./facts.js";

const pct = (n: number) => `${n}%`;

function offlineTiming(p: Programme): string {
  const o = offlineStatus(p);
  if (!o.start && !o.place) return p.offline.announcement.zh;
  const time = o.start && o.end ? `时间：${zhDay(o.start)}至${zhDay(o.end)}` : "具体时间另行通知";
  const place = o.place ? `地点：${o.place}` : "具体地点另行通知";
  return `${time}；${place}`;
}

function onlineLine(p: Programme): string {
  const r = onlineRange(p);
  return `${p.online.label.zh}：${zhDay(r.first)}至${zhDay(r.last)}（共${p.online.days}天）`;
}

function emailsLine(cls: ProgrammeClass): string {
  const c = cls.contact;
  return c.emails.length ? `${cls.name.zh}培训班报名邮箱：${c.emails.join("、")}（联系人 ${c.name}）` : `${cls.name.zh}培训班未列出邮箱，请联系 ${c.name}（${c.phones.join("、")}）`;
}

function classEmails(a: ComposeArgs): string {
  const own = classesFor(a.q, a.ctx);
  // the asker's own class: its whole contact line, so "发给谁" gets a name, a phone and the address
  return own.length ? own.map(contactZh).join("；") : a.p.classes.map(emailsLine).join("；");
}

function sessionLines(refs: SessionRef[], p: Programme): string {
  return refs.map((r) => `${sessionLabelZh(r, p)}：${r.session.topics.join("、")}`).join("；");
}

function offlineNote(refs: SessionRef[], p: Programme): string {
  return refs.some((r) => r.phase === "offline") && !p.offline.startDate ? `（线下培训${p.offline.announcement.zh}）` : "";
}

function schedule(p: Programme, phase: "online" | "offline"): string {
  const days = new Map<number, string[]>();
  for (const s of p[phase].schedule) {
    const list = days.get(s.day) ?? [];
    list.push(`${HALF_ZH[s.halfDay]}：${s.topics.join("、")}`);
    days.set(s.day, list);
  }
  return [...days].map(([day, parts]) => {
    const date = p[phase].schedule.find((s) => s.day === day)?.date;
    return `${date ? zhDate(date) : ""}第${day}天 ${parts.join("；")}`;
  }).join("\n");
}

function classInfo(a: ComposeArgs, withCity: boolean): string {
  const { p, q } = a;
  const lines: string[] = [];
  if (withCity) {
    for (const city of q.cities) {
      const cls = p.classes.find((c) => c.cities.includes(city.id));
      if (cls) lines.push(`${cityLabelZh(q, city)}属于${cls.name.zh}培训班（${cityNamesZh(p, cls)}），由${cls.base.zh}承办。`);
    }
  }
  const classes = classesFor(q, a.ctx);
  if (!classes.length) {
    lines.push("请按所在市州联系对应班次：");
    for (const cls of p.classes) lines.push(`${contactZh(cls)}（${cityNamesZh(p, cls)}）`);
    lines.push(provincialZh(p));
  } else for (const cls of classes) lines.push(contactZh(cls));
  return lines.join("\n");
}

// Words that ask what a form asks for.
const FILL = /填|写什么|写啥|哪些信息|什么信息|啥信息|内容|栏|项目|字段/;

/** The receipt form's fields (附件2), as the notice's form lists them. */
function receiptFields(p: Programme): string {
  const f = p.receiptForm;
  const label = (key: string) => p.questionnaire.questions.find((q) => q.key === key)?.label ?? key;
  const fields = [f.organization.label, f.classes.label, ...f.rows.flat().map(label)];
  return `${f.title}（${f.attachment}）需填写：${fields.join("、")}。`;
}

export const ZH: Record<IntentId, (a: ComposeArgs) => string> = {
  fees: ({ p }) => `本次培训免费：${p.logistics.fees.zh}。${p.logistics.travel.zh}。`,
  meals: ({ p }) => `${p.logistics.meals.zh}。住宿：${p.logistics.lodging.zh}。`,
  lodging: ({ p }) => `住宿：${p.logistics.lodging.zh}。`,
  board: ({ p }) => `${p.logistics.meals.zh}；住宿：${p.logistics.lodging.zh}。${p.logistics.travel.zh}。`,
  travel: ({ p }) => `${p.logistics.travel.zh}。${p.logistics.fees.zh}。`,
  bring: ({ p }) => `${p.logistics.bring.zh}。`,
  epidemic: ({ p }) => `${p.logistics.epidemic.zh}。`,
  audience: ({ p }) => `培训对象：${p.audience.who.zh}。${ZH.capacity({ p } as ComposeArgs)}`,
  capacity: ({ p }) => {
    const online = p.audience.onlineLimit === null ? "不限" : `限${p.audience.onlineLimit}人`;
    const per = p.classes.map((c) => `${c.name.zh}${c.quota}人`).join("，");
    return `线上直播培训参训人数${online}；线下遴选考核参训人员约${p.audience.offlineTotal}名（${per}）。`;
  },
  "register.how": (a) => {
    const r = a.p.registration;
    return `报名方式：${r.howTo}。\n问卷链接：${r.questionnaireUrl}\n${a.p.online.livestreamLink.zh}。\n${classEmails(a)}`;
  },
  "register.done": (a) => `${a.p.online.livestreamLink.zh}。另：${a.p.registration.receipt}。`,
  questionnaire: ({ p }) => {
    const r = p.registration;
    return `${r.questionnaireTitle}：请扫码或点链接填写 ${r.questionnaireUrl}\n${r.registeredWhen}；${r.questionnaireImportance}。`;
  },
  receipt: (a) => {
    const r = a.p.registration;
    // "回执上填什么": the form's own fields; "要盖章吗": the sentence that says what is sent (盖章扫描版)
    const fields = FILL.test(a.q.flat) ? `${receiptFields(a.p)}\n` : "";
    const stamp = /章|扫描/.test(a.q.flat) ? `\n报名方式：${r.howTo}。` : "";
    return `${fields}${r.receipt}。${stamp}\n${classEmails(a)}`;
  },
  "deadline.form": (a) => {
    const r = a.p.registration;
    const opens = /开始/.test(a.q.flat) ? `报名自${zhDay(r.opensAt)}开始，` : "";
    return `${opens}报名截止：${zhFullDate(r.formDeadline)}。${r.howTo}。`;
  },
  "deadline.contactList": ({ p }) => `工作联系人名单截止：${zhDay(p.registration.contactListDeadline)}。${p.registration.contactListNote}。`,
  livestream: ({ p }) => `${p.online.livestreamLink.zh}。${onlineLine(p)}。`,
  "online.dates": ({ p }) => `${onlineLine(p)}。${p.online.livestreamLink.zh}。`,
  "offline.info": ({ p }) => `${p.offline.label.zh}，共${p.offline.days}天，${p.offline.organisedBy}。${offlineTiming(p)}。`,
  period: ({ p }) => `培训时间：${p.period.zh}。\n${onlineLine(p)}；\n${p.offline.label.zh}（${p.offline.days}天），${offlineTiming(p)}。`,
  selection: ({ p }) => {
    const s = p.selection;
    const w = s.weights;
    const quotas = new Set(p.classes.map((c) => c.quota));
    const per = quotas.size === 1 ? `每班${[...quotas][0]}名` : p.classes.map((c) => `${c.name.zh}${c.quota}名`).join("，");
    return `线下考核培训人员由各承办单位综合遴选（总分${s.total}分）：报名问卷信息填写质量占${pct(w.questionnaire)}；在线培训学习考勤占${pct(w.attendance)}，在线培训时长累计需达到${s.requiredHours}小时；在线问答测试成绩占${pct(w.quiz)}。按考核成绩确定遴选名单，线下名额约${s.quotaTotal}名（${per}）。${p.processRequirement}。`;
  },
  certificate: ({ p }) => `${p.certificate.condition}，即可获得${p.certificate.issuer}颁发的“${p.certificate.name}”。`,
  content: ({ p, q }) => {
    const c = p.content;
    const parts = [
      { on: /四知/.test(q.flat), text: `“${c.siZhi.label}”：${c.siZhi.items.join("、")}` },
      { on: /五会/.test(q.flat) || namesSkill(q, p), text: `“${c.wuHui.label}”：${c.wuHui.items.map((i) => `${i.course}（${i.skill}）`).join("、")}` },
      { on: /实战|智慧桥|检索系统|新一代/.test(q.flat), text: `“${c.practical.label}”：${c.practical.description}` },
    ];
    const chosen = parts.filter((x) => x.on);
    return (chosen.length ? chosen : parts).map((x) => x.text).join("；\n") + "。";
  },
  "schedule.online": ({ p }) => `${onlineLine(p)}，课程安排：\n${schedule(p, "online")}`,
  "schedule.offline": ({ p }) => `${p.offline.label.zh}（共${p.offline.days}天）课程安排：\n${schedule(p, "offline")}\n${offlineTiming(p)}。`,
  "schedule.what": (a) => {
    const { p } = a;
    // "明天讲什么" with no clock to read it against: the whole plan by date
    if (a.q.relativeDate && !a.q.clock) return ZH["schedule.online"](a);
    const sel = selectSessions(a.q, p);
    if (!sel || sel.noSession) return `课程计划中这一天没有安排课程。${onlineLine(p)}；${p.offline.label.zh}${offlineTiming(p)}。`;
    if (sel.dayOnly) return `${a.q.halfDays.map((h) => HALF_ZH[h]).join("、")}没有安排课程。当天安排：${sessionLines(sel.dayOnly, p)}。${offlineNote(sel.dayOnly, p)}`;
    return `${sessionLines(sel.refs, p)}。${offlineNote(sel.refs, p)}`;
  },
  "schedule.when": (a) => {
    const entries = a.c.topics?.entries ?? [];
    const lines = entries.map((e) => `“${e.topic}”安排在${e.refs.map((r) => sessionLabelZh(r, a.p)).join("、")}`);
    return `${lines.join("；\n")}。${offlineNote(entries.flatMap((e) => e.refs), a.p)}`;
  },
  services: ({ p }) => `专员后期服务（${p.services.principle}）：${p.services.items.join("；")}。`,
  organisers: ({ p }) => `主办：${p.organiser.zh}。承办单位：\n${p.classes.map((c) => `${c.base.zh}（${c.hosts?.zh ?? `负责承办${c.name.zh}培训`}）`).join("\n")}`,
  document: ({ p }) => {
    const d = p.document;
    return `本次培训的通知为${d.issuer.zh}文件${d.number}（${p.title.zh}），${zhFullDate(d.issuedOn)}由${d.printedBy}印发，发至${d.addressees}。通知依据：${d.basis.map((b) => b.zh).join("")}。`;
  },
  purpose: (a) => (a.p.document.purpose ? `${a.p.document.purpose.zh}。` : ZH.unknown(a)),
  requirements: ({ p }) =>
    `参训要求：培训对象为${p.audience.who.zh}；${p.processRequirement}。\n${p.logistics.bring.zh}；${p.logistics.epidemic.zh}。${p.logistics.fees.zh}，${p.logistics.travel.zh}。`,
  process: ({ p }) => `培训流程：${p.process.join(" → ")}。${p.processRequirement}。`,
  contact: (a) => classInfo(a, true),
  "contact.provincial": ({ p }) => provincialZh(p),
  email: (a) => {
    const receipt = /回执/.test(a.q.flat) ? `${a.p.registration.receipt}。\n` : "";
    const lines = a.q.cities.map((city) => {
      const cls = a.p.classes.find((c) => c.cities.includes(city.id));
      return cls ? `${cityLabelZh(a.q, city)}属于${cls.name.zh}培训班。` : "";
    });
    return `${receipt}${lines.join("")}${classEmails(a)}。`;
  },
  "class.ofCity": (a) => {
    const { p, q } = a;
    // "宜昌基地负责哪个班": a base asked of, named by its city, is answered with the notice's sentence for it
    if (q.cities.length || !q.classes.length) {
      const info = classInfo(a, true);
      if (!/基地|承办/.test(q.flat)) return info;
      const said = q.classes.filter((c) => c.hosts).map((c) => `通知原文：${c.base.zh}${c.hosts!.zh}。`);
      return [info, ...said].join("\n");
    }
    // the notice's own sentence for the base ("负责承办武汉城市圈…"), which names the class as the notice does
    const hosts = (cls: (typeof q.classes)[number]) => (cls.hosts ? `（通知原文：${cls.base.zh}${cls.hosts.zh}）` : "");
    return q.classes.map((cls) => `${cls.name.zh}培训班包括：${cityNamesZh(p, cls)}；由${cls.base.zh}承办${hosts(cls)}。\n${contactZh(cls)}`).join("\n");
  },
  unknown: (a) => {
    const t = a.c.unknown;
    const related = t?.related && t.related !== "unknown" ? `通知中相关的内容：${ZH[t.related](a)}\n` : "";
    return `通知中没有说明${t ? t.zh : "这一点"}。${related}如需了解，请联系${fallbackContact(a.ctx, "zh", a.q.classes)}。`;
  },
  help: ({ p }) =>
    `我可以解答${p.title.zh}的问题：时间和课程安排、报名方式和截止日期、各班联系人和邮箱、费用食宿、遴选和证书等。例如：“报名截止是哪天？”“我们市报哪个班？”“线上第一天讲什么？”`,
};
