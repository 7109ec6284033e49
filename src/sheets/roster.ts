import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import { FIELDS } from "../domain/fields.js";
import { ROSTER_COLUMNS, type RosterRow } from "../domain/roster.js";
import type { Column, ColumnKind, Sheet } from "./columns.js";

/** How a roster column is drawn; anything not named here is text (phones, codes, QQ keep their digits). */
const KINDS: Record<string, ColumnKind> = { submittedAt: "date", qualityScore: "number", consentPublish: "boolean", patentCount: "number" };
const STATUS: Record<string, string> = { submitted: "已提交", draft: "填写中", cancelled: "已取消" };

const get = (r: RosterRow, key: string) => (r as Record<string, unknown>)[key];

/** The roster's columns (which ones exist is the roster's business, `ROSTER_COLUMNS`): Chinese names for coded values. */
export function rosterColumns(p: Programme): Column<RosterRow>[] {
  return ROSTER_COLUMNS.map((c) => {
    const f = FIELDS.find((x) => x.key === c.key);
    const kind = KINDS[c.key] ?? "text";
    const value = (r: RosterRow) => {
      const v = get(r, c.key);
      if (v === null || v === undefined || v === "") return v;
      if (c.key === "status") return STATUS[String(v)] ?? v;
      return f?.show && kind === "text" ? f.show(v, p) : v;
    };
    return { header: c.label, key: c.key, kind, value, raw: (r: RosterRow) => get(r, c.key) };
  });
}

const className = (p: Programme, id: string) => classById(p, id)?.name.zh ?? id;

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

/** A summary sheet, then one sheet per class that has registrations (every class when `classIds` names them). */
export function rosterSheets(p: Programme, rows: readonly RosterRow[], classIds?: readonly string[]): Sheet<any>[] {
  const ids = classIds ?? p.classes.map((c) => c.id);
  const of = (id: string) => rows.filter((r) => get(r, "classId") === id);
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
