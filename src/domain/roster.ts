import type { Programme } from "../programme/schema.js";
import { questionsOf, showAnswer, type Answers } from "./questionnaire/questions.js";

/** Columns of the coordinators' roster after the questions: the bookkeeping. */
export const EXTRA_COLUMNS = [
  { key: "status", label: "状态" },
  { key: "submittedAt", label: "提交时间" },
  { key: "qualityScore", label: "问卷质量得分" },
  { key: "consentPublish", label: "同意公布姓名单位" },
  { key: "receipt", label: "回执文件" },
] as const;

/** A registration as the roster shows it: every answer by question key, then the bookkeeping. */
export interface RosterRow {
  answers: Answers;
  status: string;
  submittedAt: string;
  qualityScore: number;
  consentPublish: boolean;
  receipt: string | null;
}

/** The roster's columns (and the export's keys): the programme's questions in order, then the bookkeeping. */
export function rosterColumns(p: Programme): { key: string; label: string }[] {
  return [...questionsOf(p).map((q) => ({ key: q.key, label: q.label })), ...EXTRA_COLUMNS];
}

/** The value of one column: an answer by key, or a bookkeeping field. */
export function rosterValue(r: RosterRow, key: string): unknown {
  if (EXTRA_COLUMNS.some((c) => c.key === key)) return (r as unknown as Record<string, unknown>)[key];
  return r.answers[key];
}

/** The export's JSON object of a row: the export keys with their stored values (null when not answered). */
export function rosterObject(r: RosterRow, p: Programme): Record<string, unknown> {
  return Object.fromEntries(rosterColumns(p).map((c) => [c.key, rosterValue(r, c.key) ?? null]));
}

/** A cell for CSV or XLSX: lists joined, booleans in Chinese. */
export function cell(v: unknown): string | number {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join("；");
  if (typeof v === "boolean") return v ? "是" : "否";
  if (typeof v === "number") return v;
  return String(v);
}

/** A row as people read it in a spreadsheet: options by their labels (city, class, gender and role in Chinese). */
export function displayCells(r: RosterRow, p: Programme): (string | number)[] {
  const qs = questionsOf(p);
  return rosterColumns(p).map((c) => {
    const v = rosterValue(r, c.key);
    const q = qs.find((x) => x.key === c.key);
    if (q && v !== null && v !== undefined && v !== "") return q.options ? showAnswer(q, v) : cell(v);
    return cell(v);
  });
}
