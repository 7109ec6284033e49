import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import { questionByKey, showAnswer, type Question } from "../domain/questionnaire/questions.js";
import type { RegistrationRecord } from "../conversation/types.js";

export interface ReceiptCell {
  key: string;
  label: string;
  value: string;
}

/** The filled receipt (附件2) as plain data: what both document builders lay out, nothing to look up. */
export interface ReceiptValue {
  attachment: string;
  title: string;
  organization: ReceiptCell;
  classes: { label: string; options: { id: string; name: string; chosen: boolean }[]; chosenMark: string; otherMark: string };
  /** Table rows of one or two cells. */
  rows: ReceiptCell[][];
  note: string;
  /** The file name without its extension. */
  fileBase: string;
  /** When the receipt was made, for the PDF's metadata. */
  issuedAt: Date;
}

export class ReceiptFormError extends Error {}

/** The one place the receipt reads the questionnaire: each key's label and how its answer reads. */
function question(key: string, p: Programme): Question {
  const q = questionByKey(p, key);
  if (!q) throw new ReceiptFormError(`receiptForm names "${key}", which is no question of the questionnaire`);
  return q;
}

function answerText(key: string, r: RegistrationRecord, p: Programme): string {
  const v = r.answers[key];
  if (v === null || v === undefined || v === "") return "";
  return showAnswer(question(key, p), v);
}

// making a formatter costs far more than using one: one per time zone
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormat = (timeZone: string) => {
  let f = dayFormats.get(timeZone);
  if (!f) dayFormats.set(timeZone, (f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "numeric", day: "numeric" })));
  return f;
};

/** "2022-06-05T23:59:59+08:00" as the notice writes it, "2022年6月5日", in the programme's time zone. */
export function receiptDeadline(p: Programme): string {
  const parts = dayFormat(p.timezone).formatToParts(new Date(p.registration.formDeadline));
  const n = (t: string) => Number(parts.find((x) => x.type === t)!.value);
  return `${n("year")}年${n("month")}月${n("day")}日`;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** Characters a file name cannot carry on Windows or in a ZIP. */
export const safeFileName = (s: string) => s.replace(/[\\/:*?"<>|\r\n\t]+/g, "_").trim();

/** A registration and the programme → the receipt to print, every answer in its place. */
export function receiptData(r: RegistrationRecord, p: Programme, issuedAt: Date): ReceiptValue {
  const form = p.receiptForm;
  const cls = classById(p, r.classId);
  const email = cls?.contact.emails.join("、") ?? "";
  const cell = (key: string): ReceiptCell => ({ key, label: question(key, p).label, value: answerText(key, r, p) });
  const chosen = String(r.answers[form.classes.field] ?? r.classId);
  return {
    attachment: form.attachment,
    title: form.title,
    organization: { ...cell(form.organization.field), label: form.organization.label },
    classes: {
      label: form.classes.label,
      options: p.classes.map((c) => ({ id: c.id, name: c.name.zh, chosen: c.id === chosen })),
      chosenMark: form.classes.chosenMark,
      otherMark: form.classes.otherMark,
    },
    rows: form.rows.map((keys) => keys.map(cell)),
    note: fill(form.note, { deadline: receiptDeadline(p), email }),
    fileBase: safeFileName(fill(form.fileName, { name: r.name, organization: r.organization })),
    issuedAt,
  };
}

/** The chat message that goes with the files: what to do with them. */
export function receiptInstructions(r: Pick<RegistrationRecord, "classId">, p: Programme): string {
  const cls = classById(p, r.classId);
  return fill(p.receiptForm.instructions, {
    deadline: receiptDeadline(p), className: cls?.name.zh ?? "所在班次", email: cls?.contact.emails.join("、") ?? "",
  });
}
