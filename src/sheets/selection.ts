import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import type { SelectionRow } from "../selection/rule.js";
import { maskName } from "../selection/mask.js";
import type { Column, Sheet } from "./columns.js";

const className = (p: Programme, id: string) => classById(p, id)?.name.zh ?? id;

/** The selection as coordinators read it: every registration with its points, rank and outcome. */
export function selectionColumns(p: Programme): Column<SelectionRow>[] {
  const w = p.selection.weights;
  return [
    { header: "班次", key: "classId", kind: "text", value: (r) => className(p, r.classId), raw: (r) => r.classId },
    { header: "姓名", key: "name", kind: "text", value: (r) => r.name },
    { header: "单位", key: "organization", kind: "text", value: (r) => r.organization },
    { header: "手机", key: "mobile", kind: "text", value: (r) => r.mobile },
    { header: `问卷得分（满分${w.questionnaire}）`, key: "questionnaire", kind: "number", value: (r) => r.questionnaire },
    { header: "在线学时（小时）", key: "hours", kind: "number", value: (r) => r.hours },
    { header: `学时得分（满分${w.attendance}）`, key: "attendance", kind: "number", value: (r) => r.attendance },
    { header: `测试得分（满分${w.quiz}）`, key: "quiz", kind: "number", value: (r) => r.quiz },
    { header: `总分（满分${p.selection.total}）`, key: "total", kind: "number", value: (r) => r.total },
    { header: `学时满${p.selection.requiredHours}小时`, key: "eligible", kind: "boolean", value: (r) => r.eligible },
    { header: "排名", key: "rank", kind: "number", value: (r) => r.rank },
    { header: "入选", key: "selected", kind: "boolean", value: (r) => r.selected },
    { header: "提交时间", key: "submittedAt", kind: "date", value: (r) => r.submittedAt },
  ];
}

interface Summary {
  className: string;
  all: number;
  eligible: number;
  selected: number;
  quota: number;
}

const SUMMARY_COLUMNS: Column<Summary>[] = [
  { header: "班次", key: "class", kind: "text", value: (s) => s.className },
  { header: "报名人数", key: "registrations", kind: "number", value: (s) => s.all },
  { header: "具备资格", key: "eligible", kind: "number", value: (s) => s.eligible },
  { header: "入选", key: "selected", kind: "number", value: (s) => s.selected },
  { header: "名额", key: "quota", kind: "number", value: (s) => s.quota },
];

/** A summary, then one sheet per class. */
export function selectionSheets(p: Programme, rows: readonly SelectionRow[], classIds?: readonly string[]): Sheet<any>[] {
  const ids = classIds ?? p.classes.map((c) => c.id);
  const of = (id: string) => rows.filter((r) => r.classId === id);
  const summary = ids.map((id) => ({
    className: className(p, id), all: of(id).length, eligible: of(id).filter((r) => r.eligible).length,
    selected: of(id).filter((r) => r.selected).length, quota: classById(p, id)?.quota ?? 0,
  }));
  const columns = selectionColumns(p);
  return [{ name: "汇总", columns: SUMMARY_COLUMNS, rows: summary }, ...ids.map((id) => ({ name: className(p, id), columns, rows: of(id), numbered: true }))];
}

/** The public list posted to a group: name (masked without consent) and organization only, never a phone or a score. */
export const PUBLIC_COLUMNS: Column<SelectionRow>[] = [
  { header: "姓名", key: "name", kind: "text", value: (r) => (r.consentPublish ? r.name : maskName(r.name)) },
  { header: "单位", key: "organization", kind: "text", value: (r) => (r.consentPublish ? r.organization : "") },
];

export function publicListSheet(p: Programme, classId: string, rows: readonly SelectionRow[]): Sheet<SelectionRow> {
  return { name: `${className(p, classId)}入选名单`, columns: PUBLIC_COLUMNS, rows: rows.filter((r) => r.selected), numbered: true };
}
