import type { Programme, ProgrammeClass } from "../programme/schema.js";
import { enDate } from "./dates.js";
import type { IntentId } from "./intents.js";
import type { SessionRef } from "./programme-index.js";
import type { ComposeArgs } from "./compose.js";
import { selectSessions } from "./schedule.js";
import { HALF_EN, cityLabelEn, classesFor, cityNamesEn, contactEn, enDay, fallbackContact, offlineStatus, onlineRange, provincialEn, sessionLabelEn } from "./facts.js";

function offlineTiming(p: Programme): string {
  const o = offlineStatus(p);
  if (!o.start && !o.place) return p.offline.announcement.en;
  const time = o.start && o.end ? `dates: ${enDay(o.start)} to ${enDay(o.end)}` : "the exact dates will be announced later";
  const place = o.place ? `place: ${o.place}` : "the place will be announced later";
  return `${time}; ${place}`;
}

function onlineLine(p: Programme): string {
  const r = onlineRange(p);
  return `${p.online.label.en}: ${enDay(r.first)} to ${enDay(r.last)} (${p.online.days} days)`;
}

function emailsLine(cls: ProgrammeClass): string {
  const c = cls.contact;
  return c.emails.length ? `${cls.name.en} class registration e-mail: ${c.emails.join(", ")} (contact ${c.nameEn})` : `the ${cls.name.en} class lists no e-mail; call ${c.nameEn} (${c.phones.join(" / ")})`;
}

function classEmails(a: ComposeArgs): string {
  const own = classesFor(a.q, a.ctx);
  return (own.length ? own : a.p.classes).map(emailsLine).join(";\n");
}

function sessionLines(refs: SessionRef[], p: Programme): string {
  return refs.map((r) => `${sessionLabelEn(r, p)}: ${r.session.topics.join(", ")}`).join(";\n");
}

function offlineNote(refs: SessionRef[], p: Programme): string {
  return refs.some((r) => r.phase === "offline") && !p.offline.startDate ? ` (offline training: ${p.offline.announcement.en})` : "";
}

function schedule(p: Programme, phase: "online" | "offline"): string {
  return p[phase].schedule.map((s) => `day ${s.day}${s.date ? ` (${enDate(s.date)})` : ""} ${HALF_EN[s.halfDay]}: ${s.topics.join(", ")}`).join("\n");
}

function classInfo(a: ComposeArgs): string {
  const { p, q } = a;
  const lines: string[] = [];
  for (const city of q.cities) {
    const cls = p.classes.find((c) => c.cities.includes(city.id));
    if (cls) lines.push(`${cityLabelEn(q, city)} belongs to the ${cls.name.en} class (${cityNamesEn(p, cls)}), run by the ${cls.base.en}.`);
  }
  const classes = classesFor(q, a.ctx);
  if (!classes.length) {
    lines.push("Contact the class for your city:");
    for (const cls of p.classes) lines.push(`${contactEn(cls)} (cities: ${cityNamesEn(p, cls)})`);
    lines.push(provincialEn(p));
  } else for (const cls of classes) lines.push(contactEn(cls));
  return lines.join("\n");
}

export const EN: Record<IntentId, (a: ComposeArgs) => string> = {
  fees: ({ p }) => `${cap(p.logistics.fees.en)}. Note: ${p.logistics.travel.en}.`,
  meals: ({ p }) => `Meals: ${p.logistics.meals.en}. Lodging: ${p.logistics.lodging.en}.`,
  lodging: ({ p }) => `Lodging: ${p.logistics.lodging.en}.`,
  board: ({ p }) => `${cap(p.logistics.meals.en)}; ${p.logistics.lodging.en}. ${cap(p.logistics.travel.en)}.`,
  travel: ({ p }) => `${cap(p.logistics.travel.en)}. ${cap(p.logistics.fees.en)}.`,
  bring: ({ p }) => `${cap(p.logistics.bring.en)}.`,
  epidemic: ({ p }) => `${cap(p.logistics.epidemic.en)}.`,
  audience: (a) => `The training is for ${a.p.audience.who.en}. ${EN.capacity(a)}`,
  capacity: ({ p }) => {
    const online = p.audience.onlineLimit === null ? "unlimited" : `limited to ${p.audience.onlineLimit}`;
    const per = p.classes.map((c) => `${c.name.en}: ${c.quota}`).join("; ");
    return `Online livestream places are ${online}; about ${p.audience.offlineTotal} trainees are selected for the offline stage (${per}).`;
  },
  "register.how": (a) => {
    const r = a.p.registration;
    return `To register, complete the questionnaire ${r.questionnaireTitle} online: ${r.questionnaireUrl} (scan the QR code or open the link); ${a.p.online.livestreamLink.en}. Deadline: ${enDay(r.formDeadline)}. The notice's instructions: ${en(a.p, "registration.howTo", r.howTo)}.\n${classEmails(a)}`;
  },
  "register.done": (a) => `${cap(a.p.online.livestreamLink.en)}. Registration receipt (deadline ${enDay(a.p.registration.formDeadline)}): ${en(a.p, "registration.receipt", a.p.registration.receipt)}.`,
  questionnaire: ({ p }) => `Questionnaire ${p.registration.questionnaireTitle}: ${p.registration.questionnaireUrl} (scan the QR code or open the link). ${cap(en(p, "registration.questionnaireImportance", p.registration.questionnaireImportance))}.`,
  receipt: (a) => `Registration receipt, due ${enDay(a.p.registration.formDeadline)}: ${en(a.p, "registration.receipt", a.p.registration.receipt)}.\n${classEmails(a)}`,
  "deadline.form": (a) => `The registration deadline is ${enDay(a.p.registration.formDeadline)}, ${a.p.registration.formDeadline.slice(0, 4)}. ${cap(en(a.p, "registration.howTo", a.p.registration.howTo))}.`,
  "deadline.contactList": ({ p }) => `The liaison list from each city's IP office is due at the provincial office by ${enDay(p.registration.contactListDeadline)}. (${en(p, "registration.contactListNote", p.registration.contactListNote)})`,
  livestream: ({ p }) => `${cap(p.online.livestreamLink.en)}. ${onlineLine(p)}.`,
  "online.dates": ({ p }) => `${onlineLine(p)}. ${cap(p.online.livestreamLink.en)}.`,
  "offline.info": ({ p }) => `${p.offline.label.en}, ${p.offline.days} days, run on site by each host base. ${cap(offlineTiming(p))}.`,
  period: ({ p }) => `The training runs ${p.period.en}.\n${onlineLine(p)};\n${p.offline.label.en} (${p.offline.days} days): ${offlineTiming(p)}.`,
  selection: ({ p }) => {
    const s = p.selection;
    const w = s.weights;
    return `Each host base selects the offline trainees on a ${s.total}-point score: questionnaire quality ${w.questionnaire}%, online attendance ${w.attendance}% (at least ${s.requiredHours} hours of online study), online quiz ${w.quiz}%. The list follows the scores; about ${s.quotaTotal} places (${p.classes.map((c) => `${c.name.en} ${c.quota}`).join(", ")}). ${cap(en(p, "processRequirement", p.processRequirement))}.`;
  },
  certificate: ({ p }) => `Yes: trainees who meet the condition get the certificate "${p.certificate.name}" (IP specialist certificate), issued by ${enOf(p, p.certificate.issuer)}. Condition: ${en(p, "certificate.condition", p.certificate.condition)}.`,
  content: ({ p }) => {
    const c = p.content;
    return `The training has three parts: "${c.siZhi.label}": ${c.siZhi.items.join(", ")};\n"${c.wuHui.label}": ${c.wuHui.items.map((i) => `${i.course} (${i.skill})`).join(", ")};\n"${c.practical.label}": ${c.practical.items.join(", ")}.`;
  },
  "schedule.online": ({ p }) => `${onlineLine(p)}. Schedule:\n${schedule(p, "online")}`,
  "schedule.offline": ({ p }) => `${p.offline.label.en} (${p.offline.days} days). Schedule:\n${schedule(p, "offline")}\n${cap(offlineTiming(p))}.`,
  "schedule.what": (a) => {
    if (a.q.relativeDate && !a.q.clock) return EN["schedule.online"](a);
    const sel = selectSessions(a.q, a.p);
    if (!sel || sel.noSession) return `No session is scheduled on that day. ${onlineLine(a.p)}; offline stage: ${offlineTiming(a.p)}.`;
    if (sel.dayOnly) return `Nothing is scheduled in the ${a.q.halfDays.map((h) => HALF_EN[h]).join("/")} that day. That day: ${sessionLines(sel.dayOnly, a.p)}.${offlineNote(sel.dayOnly, a.p)}`;
    return `${sessionLines(sel.refs, a.p)}.${offlineNote(sel.refs, a.p)}`;
  },
  "schedule.when": (a) => {
    const entries = a.c.topics?.entries ?? [];
    const lines = entries.map((e) => `${e.topic}: ${e.refs.map((r) => sessionLabelEn(r, a.p)).join("; ")}`);
    return `${lines.join(";\n")}.${offlineNote(entries.flatMap((e) => e.refs), a.p)}`;
  },
  services: ({ p }) => `After-training services (${en(p, "services.principle", p.services.principle)}): ${p.services.items.map((s, i) => en(p, `services.items[${i}]`, s)).join("; ")}.`,
  organisers: ({ p }) => `Organised by the ${p.organiser.en}. Host bases:\n${p.classes.map((c) => `${c.base.en} (${c.base.zh}), for the ${c.name.en} class`).join("\n")}`,
  document: ({ p }) => `The notice is document ${p.document.number} of the ${p.document.issuer.en}, issued ${enDay(p.document.issuedOn)}, ${p.document.issuedOn.slice(0, 4)}. It rests on: ${p.document.basis.map((b) => b.en).join("; ")}.`,
  purpose: (a) => (a.p.document.purpose ? `The notice says the training is held ${a.p.document.purpose.en}.` : EN.unknown(a)),
  requirements: ({ p }) =>
    `Requirements: the training is for ${p.audience.who.en}; ${en(p, "processRequirement", p.processRequirement)}.\n${cap(p.logistics.bring.en)}; ${p.logistics.epidemic.en}. ${cap(p.logistics.fees.en)}; ${p.logistics.travel.en}.`,
  process: ({ p }) => `Training steps: ${p.process.map((s, i) => en(p, `process[${i}]`, s)).join(" → ")}. ${cap(en(p, "processRequirement", p.processRequirement))}.`,
  contact: classInfo,
  "contact.provincial": ({ p }) => provincialEn(p),
  email: (a) => `${/receipt/.test(a.q.norm) ? `Registration receipt: ${en(a.p, "registration.receipt", a.p.registration.receipt)}.\n` : ""}${classEmails(a)}.`,
  "class.ofCity": (a) => {
    const { p, q } = a;
    if (q.cities.length || !q.classes.length) return classInfo(a);
    return q.classes.map((cls) => `The ${cls.name.en} class covers ${cityNamesEn(p, cls)}; host: ${cls.base.en}.\n${contactEn(cls)}`).join("\n");
  },
  unknown: (a) => {
    const t = a.c.unknown;
    const related = t?.related && t.related !== "unknown" ? ` What it does say: ${EN[t.related](a)}` : "";
    return `The notice does not say anything about ${t ? t.en : "that"}.${related} Please contact ${fallbackContact(a.ctx, "en", a.q.classes)}.`;
  },
  help: ({ p }) => `I answer questions about the ${p.title.en}: dates and schedule, how to register and the deadline, class contacts and e-mails, fees, meals and lodging, selection and the certificate. Try "When is the deadline?" or "Which class is my city in?"`,
};

/** The English name of an organisation the programme also names in English elsewhere. */
function enOf(p: Programme, zh: string): string {
  const known = [p.organiser, p.document.issuer, p.provincialContact.organization].find((t) => t.zh === zh);
  return known ? `the ${known.en}` : zh;
}

/** The programme's English wording of a statement it holds in Chinese, with the notice's own words after it; the Chinese alone when it has none. */
function en(p: Programme, path: string, zh: string): string {
  const e = p.english?.[path];
  return e ? `${e} (${zh})` : zh;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
