import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import { questionsOf, showAnswer } from "../domain/questionnaire/questions.js";
import { rosterColumns as rosterColumnList, rosterValue, type RosterRow } from "../domain/roster.js";
import type { Column, ColumnKind, Sheet } from "./columns.js";

/** How a bookkeeping column is drawn; questions are text unless their kind is a number (phones, codes, QQ stay text). */
const KINDS: Record<string, ColumnKind> = { submittedAt: "date", qualityScore: "number", consentPublish: "boolean" };
const NUMBER_KINDS = new Set(["wholeNumber", "number"]);
const STATUS: Record<string, string> = { submitted: "已提交", draft: "填写中", cancelled: "已取消" };

/** The roster's columns (which ones exist is the roster's business, `rosterColumns`): options by their Chinese labels. */
export function rosterColumns(p: Programme): Column<RosterRow>[] {
  const qs = questionsOf(p);
  return rosterColumnList(p).map((c) => {
    const q = qs.find((x) => x.key === c.key);
    const kind: ColumnKind = KINDS[c.key] ?? (q && NUMBER_KINDS.has(String((q as { kind?: string }).kind)) ? "number" : "text");
    const value = (r: RosterRow) => {
      const v = rosterValue(r, c.key);
      if (v === null || v === undefined || v === "") return v;
      if (c.key === "status") return STATUS[String(v)] ?? v;
      return q?.options && kind === "text" ? showAnswer(q, v) : v;
    };
    return { header: c.label, key: c.key, kind, value, raw: (r: RosterRow) => rosterValue(r, c.key) };
  });
}

const className = (p: Programme, id: string) => classById(p, id)?.name.zh ?? id;
const classOf = (r: RosterRow) => String(rosterValue(r, "classId") ?? "");

interface Summary {
  className: string;
  registrations: number;
  receipts: number;
  consentPublish: number;
}

const SUMMARY_COLUMNS: Column<Summary>[] = [
  { header: "班次", key: "class", kind: "text", value: (s) => s.className },
  { header: "报名人数", key: "registrations", kind: "number", value: (s) => s.registrations },
  { header: "已交回执", key: "receipts", kind: "number", value: (s) => s.receipts },
  { header: "同意公布姓名单位", key: "consentPublish", kind: "number", value: (s) => s.consentPublish },
];

/** The class of a roster row, for callers that filter by class. */
export const rosterClass = classOf;

/** A summary sheet, then one sheet per class (every class, or those `classIds` names). */
export function rosterSheets(p: Programme, rows: readonly RosterRow[], classIds?: readonly string[]): Sheet<any>[] {
  const ids = classIds ?? p.classes.map((c) => c.id);
  const of = (id: string) => rows.filter((r) => classOf(r) === id);
  const summary: Summary[] = ids.map((id) => ({
    className: className(p, id), registrations: of(id).length,
    receipts: of(id).filter((r) => r.receipt).length, consentPublish: of(id).filter((r) => r.consentPublish).length,
  }));
  if (ids.length > 1) summary.push({ className: "合计", registrations: rows.length, receipts: rows.filter((r) => r.receipt).length, consentPublish: rows.filter((r) => r.consentPublish).length });
  const columns = rosterColumns(p);
  return [
    { name: "汇总", columns: SUMMARY_COLUMNS, rows: summary },
    ...ids.map((id) => ({ name: className(p, id), columns, rows: of(id), numbered: true })),
  ];
}
