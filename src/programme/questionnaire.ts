import { z } from "zod";

/** The kinds of question the code can parse; each has one parser in src/domain/questionnaire/kinds.ts. */
export const QUESTION_KINDS = [
  "shortText", "longText", "name", "singleChoice", "multipleChoice", "wholeNumber", "mobile", "landline", "email", "qq",
  "creditCode", "city", "class", "gender",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Checks a question may name; implemented once in src/domain/questionnaire/validations.ts. */
export const VALIDATION_RULES = ["length", "range", "pattern", "checksum", "unique", "choices"] as const;
/** What a quality rule measures; implemented once in src/domain/questionnaire/quality.ts. */
export const QUALITY_MEASURES = ["requiredValid", "answered", "meaningfulChars", "choices"] as const;
/** Where a question's options may come from instead of a list of its own. */
export const OPTION_SOURCES = ["cities", "classes", "courseTopics"] as const;

const option = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  /** Other words people use for it: synonyms ("私企"), colloquial forms, old labels. */
  aliases: z.array(z.string().min(1)).default([]),
  /** "其他（请注明）": an answer matching no option is kept as this option with its text. */
  other: z.boolean().optional(),
  /** A range of amounts (years): a number in the answer picks the option whose range holds it; `below` excluded. */
  range: z.object({ min: z.number(), below: z.number().nullable() }).optional(),
});

const validation = z.object({
  rule: z.enum(VALIDATION_RULES),
  min: z.number().optional(),
  max: z.number().optional(),
  pattern: z.string().optional(),
  /** The refusal when the pattern does not match. */
  message: z.string().optional(),
});

const question = z.object({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, "a key is camelCase letters and digits"),
  label: z.string().min(1),
  prompt: z.string().min(1),
  example: z.string().optional(),
  kind: z.enum(QUESTION_KINDS),
  required: z.boolean(),
  options: z.array(option).optional(),
  optionsFrom: z.enum(OPTION_SOURCES).optional(),
  validations: z.array(validation).default([]),
  /** Other headers an export may give its column (the label is always one). */
  importNames: z.array(z.string().min(1)).default([]),
  /** Names a trainee may use to change it: "修改手机号". */
  editNames: z.array(z.string().min(1)).default([]),
  /** Asked only when another question's answer is one of these values. */
  askIf: z.object({ question: z.string(), in: z.array(z.string()).min(1) }).optional(),
  /** What the consent text calls this datum ("手机"); the label when absent. */
  consentName: z.string().optional(),
});

const tier = z.object({ atLeast: z.number(), points: z.number().int().nonnegative() });
const qualityRule = z.object({
  label: z.string().min(1),
  measure: z.enum(QUALITY_MEASURES),
  /** The question measured (not for requiredValid). */
  question: z.string().optional(),
  unit: z.string().optional(),
  note: z.string().optional(),
  /** Highest first: the first tier reached gives the points. */
  tiers: z.array(tier).min(1),
});

export const questionnaireSchema = z
  .object({
    questions: z.array(question).min(1),
    /** Words meaning "none" at an optional question: a skip, in chat and in imports alike. */
    skipWords: z.array(z.string().min(1)).min(1),
    /** Headers an export gives the publish-consent column (asked in chat before the form). */
    publishConsentNames: z.array(z.string().min(1)).default([]),
    /** Words accepting the suggested class ("就按建议的"). */
    acceptSuggestion: z.array(z.string().min(1)).default([]),
    quality: z.object({ rules: z.array(qualityRule).min(1), explanation: z.string().optional() }),
  })
  .superRefine((q, ctx) => {
    const keys = new Set<string>();
    for (const x of q.questions) {
      if (keys.has(x.key)) ctx.addIssue({ code: "custom", message: `question key ${x.key} appears twice` });
      keys.add(x.key);
      const choice = x.kind === "singleChoice" || x.kind === "multipleChoice";
      if (choice && !x.options?.length && !x.optionsFrom) {
        ctx.addIssue({ code: "custom", message: `question ${x.key} is a choice without options or optionsFrom` });
      }
      if (x.askIf && !keys.has(x.askIf.question)) {
        ctx.addIssue({ code: "custom", message: `question ${x.key} is asked after ${x.askIf.question}, which is not an earlier question` });
      }
    }
    for (const k of ["organization", "name", "mobile", "classId"]) {
      if (!keys.has(k)) ctx.addIssue({ code: "custom", message: `the questionnaire needs a question with key ${k}` });
    }
    for (const r of q.quality.rules) {
      if (r.measure !== "requiredValid" && (!r.question || !keys.has(r.question))) {
        ctx.addIssue({ code: "custom", message: `quality rule "${r.label}" measures unknown question ${r.question ?? "(none)"}` });
      }
    }
  });

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionSpec = Questionnaire["questions"][number];
export type OptionSpec = z.infer<typeof option>;
export type QualityRuleSpec = Questionnaire["quality"]["rules"][number];
