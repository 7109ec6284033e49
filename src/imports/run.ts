import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { auditLog, imports } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { readTable, TableError, type Table } from "./read.js";
import type { Issue } from "./sessions.js";
import { importSessionFile, readSessionFile } from "./runSessions.js";
import type { Unit } from "./duration.js";
import { downloadedByNumber, parseRegistrationRow, type RegistrationValues } from "./registrationRows.js";
import { columnReadings, questionnaireColumns } from "./questionnaireColumns.js";
import { writeRegistrations } from "./writeRegistrations.js";
import type { ImportReading } from "./reading.js";

export const IMPORT_KINDS = ["registrations", "attendance", "quiz"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportOptions {
  kind: ImportKind;
  bytes: Uint8Array;
  fileName: string;
  programme: Programme;
  now: Date;
  actor: string;
  /** Full marks of the quiz file. */
  maxScore?: number;
  /** Called as rows are written: (done, total). */
  progress?: (done: number, total: number) => void;
  /** Attendance: the unit of plain-number durations when neither the header nor the values tell it. */
  unit?: Unit;
  /** Called with the complete reading before anything is written (attendance, quiz). */
  onReading?: (reading: ImportReading) => void;
  /** Read and check everything, write nothing (the transaction is rolled back): `--dry-run`, and the chat before "确认导入". */
  dryRun?: boolean;
}

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  /** The same file (by content) was imported before: nothing changed. */
  alreadyImported: boolean;
  rows: number;
  imported: number;
  updated: number;
  /** Left out, with the reason. */
  refused: Issue[];
  /** Imported, with something to know (a bad optional answer, a match by name, a mobile not yet registered). */
  notes: Issue[];
  /** How the file was understood: which column became what, what will be accepted or refused. */
  reading: ImportReading;
  /** Attendance: earlier imports of the same meeting/livestream report that this file replaced. */
  replaced: { fileName: string; sessions: number }[];
  dryRun: boolean;
}

class RolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

/** One file in one transaction: every good row in, bad rows listed by line; any unexpected error rolls it all back. */
export async function runImport(db: Db, o: ImportOptions): Promise<ImportReport> {
  const sessions = o.kind === "registrations" ? undefined : await readSessionFile(o.bytes, o.kind, o.fileName);
  const table = sessions?.table ?? (await readTable(o.bytes));
  if (o.kind === "registrations") checkRegistrationHeaders(table, o.programme);
  const hash = createHash("sha256").update(o.bytes).digest("hex");
  const reading: ImportReading = { kind: o.kind, fileName: o.fileName, columns: [], rows: table.rows.length, accepted: 0, refused: [], notes: [] };
  const report: ImportReport = {
    kind: o.kind, fileName: o.fileName, alreadyImported: false, rows: table.rows.length, imported: 0, updated: 0, refused: [], notes: [],
    reading, replaced: [], dryRun: o.dryRun ?? false,
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(imports)
      .values({ kind: o.kind, fileHash: hash, fileName: o.fileName, rows: 0, importedAt: o.now, source: sessions?.source?.key ?? null })
      .onConflictDoNothing()
      .returning({ id: imports.id });
    if (!row) return { ...report, alreadyImported: true };
    let done = 0;
    const tick = (n: number) => o.progress?.((done += n), table.rows.length);
    if (o.kind === "registrations") await importRegistrations(tx, table, o, report, tick);
    else {
      const out = await importSessionFile(tx, sessions!, { kind: o.kind, importId: row.id, maxScore: o.maxScore, unit: o.unit, reading, onReading: o.onReading, tick });
      Object.assign(report, out);
    }
    report.refused.sort((a, b) => a.line - b.line);
    report.notes.sort((a, b) => a.line - b.line);
    Object.assign(reading, { accepted: report.imported + report.updated, refused: report.refused });
    if (o.dryRun) throw new RolledBack(report);
    await tx.update(imports).set({ rows: report.imported + report.updated }).where(eq(imports.id, row.id));
    await tx.insert(auditLog).values({
      actor: o.actor, action: "import", target: o.kind, allowed: true, at: o.now,
      detail: { file: o.fileName, hash, rows: report.rows, imported: report.imported, updated: report.updated, refused: report.refused.length, replaced: report.replaced },
    });
    return report;
  }).catch((e: unknown) => {
    if (e instanceof RolledBack) return e.report;
    throw e;
  });
}

function checkRegistrationHeaders(table: Table, p: Programme) {
  const roles = questionnaireColumns(table.headers, p);
  const has = (k: string) => roles.some((r) => r.role === "question" && r.key === k);
  const missing = ["organization", "name", "mobile"].filter((k) => !has(k));
  if (!has("classId") && !has("city")) missing.push("classId");
  if (missing.length) {
    const labels = missing.map((k) => p.questionnaire.questions.find((q) => q.key === k)?.label ?? k);
    throw new TableError(`registrations: no column for ${labels.join(", ")} (headers such as "1、单位名称", "5、姓名", "12、手机")`);
  }
}

async function importRegistrations(tx: Tx, table: Table, o: ImportOptions, report: ImportReport, tick: (n: number) => void) {
  const roles = questionnaireColumns(table.headers, o.programme);
  const byNumber = downloadedByNumber(table.rows, roles, o.programme);
  report.reading.columns = columnReadings(table.headers, roles, o.programme, byNumber);
  report.reading.notes.push(byNumber ? "按序号下载：选项编号按问卷中的选项顺序读取" : "按文本下载：选项按选项文字读取");
  if (roles.some((r) => r.role === "option")) report.reading.notes.push("多选题按选项分列：1为选中，0为未选，-2／-3为未显示或跳过");
  const byMobile = new Map<string, { line: number; value: RegistrationValues }>();
  const layout = { roles, byNumber, memo: new Map() };
  for (const { line, cells } of table.rows) {
    const r = parseRegistrationRow(cells, layout, o.programme, o.now);
    if (!r.ok) {
      report.refused.push({ line, reason: r.reason });
      continue;
    }
    for (const w of r.warnings) report.notes.push({ line, reason: w });
    const mobile = r.value.mobile;
    const prev = byMobile.get(mobile);
    if (prev) {
      report.notes.push({ line: prev.line, reason: `手机号${mobile}在第${line}行再次提交：以后一次的答案为准，名次按第一次提交` });
      const [first, later] = prev.value.submittedAt <= r.value.submittedAt ? [prev, { line, value: r.value }] : [{ line, value: r.value }, prev];
      byMobile.delete(mobile);
      byMobile.set(mobile, { line: later.line, value: { ...later.value, submittedAt: first.value.submittedAt } });
      continue;
    }
    byMobile.set(mobile, { line, value: r.value });
  }
  tick(table.rows.length - byMobile.size);
  const withConsent = roles.some((r) => r.role === "consentPublish");
  const { inserted, updated } = await writeRegistrations(tx, [...byMobile.values()].map((v) => v.value), withConsent, o.now, tick);
  report.imported = inserted;
  report.updated = updated;
}
