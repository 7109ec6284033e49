import { z } from "zod";
import { questionnaireSchema } from "./questionnaire.js";

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "expected an ISO timestamp");
const phone = z.string().regex(/^(0\d{2,3}-\d{7,8}|1\d{10})$/, "expected a landline with area code or a mobile");

export const HALF_DAYS = ["morning", "noon", "afternoon", "evening"] as const;
export type HalfDay = (typeof HALF_DAYS)[number];

const session = z.object({
  day: z.number().int().positive(),
  date: isoDate.nullable(),
  halfDay: z.enum(HALF_DAYS),
  topics: z.array(z.string().min(1)).min(1),
});

const contact = z.object({
  name: z.string().min(1),
  nameEn: z.string().min(1),
  phones: z.array(phone),
  emails: z.array(z.email()),
});

const programmeClass = z.object({
  id: z.string().regex(/^[a-z]+$/),
  name: text,
  aliases: z.array(z.string()),
  cities: z.array(z.string()).min(1),
  quota: z.number().int().positive(),
  base: text,
  /** What the notice says the base hosts, in its own words ("负责承办武汉城市圈知识产权专员培训"). */
  hosts: text.optional(),
  contact,
});

const weighted = z.tuple([z.number().min(0).max(1), z.string().min(1)]);
// How people word questions about this notice, as data: the answers read it, the notice's facts stay above.
const answersVocabulary = z.object({
  /** Groups of words meaning the same; the first is the notice's own word ("撰写", then "写"). */
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  /** Subjects outside the training that people bring to the bot ("天气", "商标注册", "申请费"). */
  outside: z.array(z.string().min(1)),
  /** Everyday words ("吃饭", "电话"): weak alone, full weight in a message about the training. */
  everyday: z.array(z.string()).default([]),
  /** Which words ask for which answer: per answer id, [weight, words] with Chinese words split on spaces, English phrases on commas. */
  intents: z.array(z.object({ id: z.string(), zh: z.array(weighted), en: z.array(weighted) })).default([]),
  /** Things people ask that the notice does not settle, and the words that ask them; the answer says so and names a contact. */
  unstated: z
    .array(z.object({ zh: z.string(), en: z.string(), words: z.array(weighted), related: z.string().optional(), when: z.boolean().optional(), phase: z.enum(["online", "offline"]).optional(), score: z.number().optional() }))
    .default([]),
  /**
   * Word lists that steer how a message is read (each matched as written, Latin too): the training named as such, a value
   * asked exactly, a journey, the head words the training shares with everything else a company files or pays, and the
   * verbs and measure words of a task put to the bot ("编个顺口溜", "写一篇总结").
   */
  cues: z
    .object({
      training: z.array(z.string().min(1)),
      trainingItself: z.array(z.string().min(1)),
      trainingEn: z.array(z.string().min(1)),
      exact: z.array(z.string().min(1)),
      trip: z.array(z.string().min(1)),
      heads: z.array(z.string().min(1)),
      taskVerbs: z.array(z.string().min(1)),
      taskVerbsEn: z.array(z.string().min(1)),
      taskMeasures: z.array(z.string().min(1)),
      topicTails: z.array(z.string().min(1)),
      taskMakeEn: z.array(z.string().min(1)),
      notTraining: z.array(z.string().min(1)),
    })
    .optional(),
  /** What an empty field of the programme is about, so that "the notice does not say" can be found. */
  labels: z.record(z.string(), z.object({ zh: z.string(), en: z.string(), words: z.string().optional(), whenEmpty: text.optional() })),
});
export type AnswersVocabulary = z.infer<typeof answersVocabulary>;
/** The registration receipt to print and stamp (附件2): its lines name the questionnaire's questions by key. */
const receiptForm = z.object({
  attachment: z.string(),
  title: z.string().min(1),
  organization: z.object({ label: z.string().min(1), field: z.string().min(1) }),
  classes: z.object({ label: z.string().min(1), field: z.string().min(1), chosenMark: z.string().min(1), otherMark: z.string().min(1) }),
  /** The table: each row one or two question keys, each shown as its label and the answer. */
  rows: z.array(z.array(z.string().min(1)).min(1).max(2)).min(1),
  /** {deadline} and {email} (the class's) are filled in. */
  note: z.string(),
  /** {name} and {organization}; the extension is added. */
  fileName: z.string().min(1),
  /** The chat message with the files: {deadline}, {className}, {email}. */
  instructions: z.string().min(1),
});

export const programmeSchema = z
  .object({
    id: z.string().min(1),
    year: z.number().int(),
    timezone: z.string().min(1),
    title: text,
    document: z.object({
      number: z.string(),
      issuer: text,
      issuedOn: isoDate,
      printedBy: z.string(),
      addressees: z.string(),
      basis: z.array(text),
      /** The notice's opening sentence: what the training is for. */
      purpose: text.optional(),
      /** The notice's attachments (附件1…), in order, as it titles them. */
      attachments: z.array(text).default([]),
    }),
    period: text,
    organiser: text,
    provincialContact: contact.extend({ organization: text }),
    classes: z.array(programmeClass).min(1),
    cities: z.array(z.object({ id: z.string(), zh: z.string(), en: z.string(), aliases: z.array(z.string()) })).min(1),
    audience: z.object({ who: text, onlineLimit: z.number().int().nullable(), offlineTotal: z.number().int() }),
    content: z.object({
      siZhi: z.object({ label: z.string(), items: z.array(z.string()) }),
      wuHui: z.object({ label: z.string(), items: z.array(z.object({ course: z.string(), skill: z.string() })) }),
      practical: z.object({ label: z.string(), description: z.string(), items: z.array(z.string()) }),
    }),
    process: z.array(z.string()).min(1),
    processRequirement: z.string(),
    online: z.object({
      label: text,
      startDate: isoDate,
      days: z.number().int().positive(),
      schedule: z.array(session).min(1),
      livestreamLink: text,
    }),
    offline: z.object({
      label: text,
      days: z.number().int().positive(),
      startDate: isoDate.nullable(),
      place: z.string().nullable(),
      announcement: text,
      organisedBy: z.string(),
      schedule: z.array(session).min(1),
    }),
    courseTopics: z.array(z.string()).min(1),
    registration: z.object({
      opensAt: isoInstant,
      formDeadline: isoInstant,
      contactListDeadline: isoInstant,
      contactListNote: z.string(),
      questionnaireUrl: z.url(),
      questionnaireTitle: z.string(),
      howTo: z.string(),
      registeredWhen: z.string(),
      receipt: z.string(),
      questionnaireImportance: z.string(),
    }),
    selection: z.object({
      weights: z.object({ questionnaire: z.number(), attendance: z.number(), quiz: z.number() }),
      requiredHours: z.number().positive(),
      total: z.number(),
      quotaTotal: z.number().int(),
      rule: z.string(),
      tieBreak: z.array(z.enum(["total", "hours", "quiz", "submittedAt"])),
    }),
    certificate: z.object({ name: z.string(), issuer: z.string(), condition: z.string() }),
    services: z.object({ principle: z.string(), items: z.array(z.string()) }),
    logistics: z.object({ fees: text, meals: text, lodging: text, travel: text, bring: text, epidemic: text }),
    questionnaire: questionnaireSchema,
    answers: answersVocabulary.optional(),
    /** English wording of statements the programme holds in Chinese only, by their path ("registration.receipt", "process[0]"). */
    english: z.record(z.string(), z.string()).optional(),
    receiptForm,
  })
  .superRefine((p, ctx) => {
    const cityIds = new Set(p.cities.map((c) => c.id));
    const owner = new Map<string, string>();
    for (const cls of p.classes) {
      for (const city of cls.cities) {
        if (!cityIds.has(city)) ctx.addIssue({ code: "custom", message: `class ${cls.id} names unknown city ${city}` });
        const prev = owner.get(city);
        if (prev) ctx.addIssue({ code: "custom", message: `city ${city} belongs to both ${prev} and ${cls.id}` });
        owner.set(city, cls.id);
      }
    }
    for (const id of cityIds) {
      if (!owner.has(id)) ctx.addIssue({ code: "custom", message: `city ${id} belongs to no class` });
    }
    const w = p.selection.weights;
    if (w.questionnaire + w.attendance + w.quiz !== p.selection.total) {
      ctx.addIssue({ code: "custom", message: "selection weights must add up to the total" });
    }
  });

export type Programme = z.infer<typeof programmeSchema>;
export type ProgrammeClass = Programme["classes"][number];
export type City = Programme["cities"][number];
export type Session = z.infer<typeof session>;
export type Contact = z.infer<typeof contact>;
export type ReceiptForm = z.infer<typeof receiptForm>;
