import { createHash } from "node:crypto";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { selectionRuns } from "../store/schema.js";
import type { SelectionRow } from "./rule.js";

type Conn = Db | Tx;

const FROZEN_KEYS = [
  "registrationId", "classId", "name", "organization", "mobile", "userKey", "status", "consentPublish", "submittedAt",
  "questionnaire", "hours", "attendance", "quiz", "total", "eligible", "rank", "selected",
] as const satisfies readonly (keyof SelectionRow)[];

/** jsonb reorders object keys, so runs are compared through one fixed order of values. */
export function fingerprint(rows: readonly SelectionRow[]): string {
  const canon = rows.map((r) => FROZEN_KEYS.map((k) => r[k] ?? null));
  return createHash("sha256").update(JSON.stringify(canon)).digest("hex");
}

export interface PublishedRun {
  id: number;
  classId: string;
  rows: SelectionRow[];
  publishedAt: Date;
}

export async function lastPublishedRun(db: Conn, classId: string): Promise<PublishedRun | undefined> {
  const [run] = await db
    .select()
    .from(selectionRuns)
    .where(and(eq(selectionRuns.classId, classId), isNotNull(selectionRuns.publishedAt)))
    .orderBy(desc(selectionRuns.id))
    .limit(1);
  return run ? { id: run.id, classId, rows: run.rows as SelectionRow[], publishedAt: run.publishedAt! } : undefined;
}

/** Freezes one class's selection as published: later imports never change what was announced. */
export async function freezeRun(tx: Conn, classId: string, rows: readonly SelectionRow[], by: string, now: Date): Promise<number> {
  const [run] = await tx
    .insert(selectionRuns)
    .values({ classId, rows, createdBy: by, createdAt: now, publishedAt: now })
    .returning({ id: selectionRuns.id });
  return run!.id;
}
