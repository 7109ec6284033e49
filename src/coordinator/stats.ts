import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { receipts, registrations, selectionRuns } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import { loadSelectionInputs } from "../selection/load.js";
import { ruleOf, selectTrainees } from "../selection/rule.js";

export interface ClassStats {
  classId: string;
  name: string;
  quota: number;
  registrations: number;
  imported: number;
  receipts: number;
  eligible: number;
  /** Within the quota if the list were published now. */
  selected: number;
  lastPublished: { runId: number; at: string } | null;
}

/** Registrations, receipts, eligible and selected per class (the selection computed now). */
export async function classStats(db: Db | Tx, p: Programme, classIds: readonly string[]): Promise<ClassStats[]> {
  const counts = await db
    .select({
      classId: registrations.classId,
      n: sql<number>`count(*)::int`,
      imported: sql<number>`count(*) filter (where ${registrations.source} = 'import')::int`,
      receipts: sql<number>`count(${receipts.userKey})::int`,
    })
    .from(registrations)
    .leftJoin(receipts, eq(receipts.userKey, registrations.userKey))
    .where(eq(registrations.status, "submitted"))
    .groupBy(registrations.classId);
  const runs = await db
    .select({ classId: selectionRuns.classId, id: selectionRuns.id, at: selectionRuns.publishedAt })
    .from(selectionRuns)
    .where(and(isNotNull(selectionRuns.publishedAt), isNotNull(selectionRuns.classId)))
    .orderBy(desc(selectionRuns.id));
  const rows = selectTrainees(await loadSelectionInputs(db, classIds.length === 1 ? classIds[0] : undefined), ruleOf(p));
  return classIds.map((classId) => {
    const c = counts.find((x) => x.classId === classId);
    const run = runs.find((r) => r.classId === classId);
    const mine = rows.filter((r) => r.classId === classId);
    const cls = classById(p, classId);
    return {
      classId, name: cls?.name.zh ?? classId, quota: cls?.quota ?? 0,
      registrations: c?.n ?? 0, imported: c?.imported ?? 0, receipts: c?.receipts ?? 0,
      eligible: mine.filter((r) => r.eligible).length, selected: mine.filter((r) => r.selected).length,
      lastPublished: run ? { runId: run.id, at: run.at!.toISOString() } : null,
    };
  });
}

const zhTime = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

export function statsText(p: Programme, stats: readonly ClassStats[]): string {
  const lines = stats.map((s) => [
    `【${s.name}】报名 ${s.registrations} 人（其中导入 ${s.imported} 人），已交回执 ${s.receipts} 人`,
    `  学时满${p.selection.requiredHours}小时（具备资格）${s.eligible} 人，按当前数据入选 ${s.selected}/${s.quota} 人`,
    `  ${s.lastPublished ? `名单已于 ${zhTime(s.lastPublished.at)} 发布（第${s.lastPublished.runId}号）` : "名单尚未发布"}`,
  ].join("\n"));
  if (stats.length > 1) {
    const sum = (k: "registrations" | "receipts" | "eligible" | "selected") => stats.reduce((a, s) => a + s[k], 0);
    lines.push(`合计：报名 ${sum("registrations")} 人，回执 ${sum("receipts")} 人，具备资格 ${sum("eligible")} 人，入选 ${sum("selected")} 人`);
  }
  return lines.join("\n");
}
