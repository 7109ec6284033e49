import type { Programme } from "../programme/schema.js";
import { FIELDS, type FieldKey } from "./fields.js";

/** Columns of the coordinators' roster: the form's fields, then the bookkeeping. */
export const EXTRA_COLUMNS = [
  { key: "status", label: "状态" },
  { key: "submittedAt", label: "提交时间" },
  { key: "qualityScore", label: "问卷质量得分" },
  { key: "consentPublish", label: "同意公布姓名单位" },
  { key: "receipt", label: "回执文件" },
] as const;

export type RosterRow = Record<FieldKey, unknown> & {
  status: string;
  submittedAt: string;
  qualityScore: number;
  consentPublish: boolean;
  receipt: string | null;
};

export const ROSTER_COLUMNS: { key: string; label: string }[] = [...FIELDS.map((f) => ({ key: f.key, label: f.label })), ...EXTRA_COLUMNS];

export const RECEIPT_MISSING = "未交";

/** A cell for CSV or XLSX: lists joined, booleans in Chinese. */
export function cell(v: unknown): string | number {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join("；");
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "number") return v;
  return String(v);
}

/** A row as people read it in a spreadsheet: city, class, gender and role by their Chinese names. */
export function displayCells(r: RosterRow, p: Programme): (string | number)[] {
  return ROSTER_COLUMNS.map((c) => {
    const v = (r as Record<string, unknown>)[c.key];
    // who has not sent the stamped scan stands out in the spreadsheet
    if (c.key === "receipt" && !v) return RECEIPT_MISSING;
    const f = FIELDS.find((x) => x.key === c.key);
    return f?.show && v !== null && v !== undefined ? f.show(v, p) : cell(v);
  });
}
