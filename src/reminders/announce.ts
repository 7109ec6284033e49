import type { Tx } from "../store/db.js";
import { programmeUpdates } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { classById, zhDate } from "../programme/lookup.js";
import { applyUpdates, type OfflinePatch } from "../programme/source.js";
import { audit } from "../coordinator/audit.js";
import { err, ok, type Result } from "../domain/result.js";
import { parseWrittenDate } from "../domain/writtenDate.js";
import { fireOnce, type Fired } from "./run.js";

export interface Announcement {
  actor: string;
  /** The actor's own class when a class coordinator; null for the provincial office or the command line. */
  coordinatorClass: string | null;
  /** The class it is for; null for every class. */
  classId: string | null;
  startDate: string;
  place: string;
  now: Date;
  programme: Programme;
}

const HALF_DAY = { morning: "上午", noon: "中午", afternoon: "下午", evening: "晚上" } as const;

export function offlineText(p: Programme, classId: string | null, startDate: string, place: string): string {
  const cls = classId ? classById(p, classId) : undefined;
  const first = p.offline.schedule.find((s) => s.day === 1);
  const arrive = first ? `，${zhDate(startDate)}${HALF_DAY[first.halfDay]}${first.topics[0]}` : "";
  return [
    `【线下培训通知】您已入选${cls ? `${cls.name.zh}` : ""}${p.offline.label.zh.replace(/^第.阶段：/, "")}。`,
    `时间：${zhDate(startDate)}起，共${p.offline.days}天${arrive}。`,
    `地点：${place}。`,
    `${p.logistics.bring.zh}；${p.logistics.lodging.zh}，${p.logistics.travel.zh}。${p.logistics.epidemic.zh}。`,
  ].join("\n");
}


/**
 * Announces the offline training's start and place: a `programme_updates` row (so every process answers from
 * it), and the selected trainees told once, all in the caller's transaction.
 */
export async function announceOffline(tx: Tx, a: Announcement): Promise<Result<{ updateId: number; programme: Programme; fired: Fired | undefined }>> {
  const classId = a.classId ?? a.coordinatorClass;
  const refuse = async (error: string) => {
    await audit(tx, { actor: a.actor, action: "announce.offline", allowed: false, detail: { classId, startDate: a.startDate, place: a.place, error }, at: a.now });
    return err<{ updateId: number; programme: Programme; fired: Fired | undefined }>(error);
  };
  const written = parseWrittenDate(a.startDate, a.programme);
  if (!written.ok) return refuse(written.error);
  if (written.value.rest) return refuse(`日期“${a.startDate}”后面多了“${written.value.rest}”：请写成 7月5日、2022/07/05 或 2022-07-05。`);
  a = { ...a, startDate: written.value.date };
  if (!a.place.trim()) return refuse("请写上培训地点。");
  if (a.coordinatorClass !== null && classId !== a.coordinatorClass) return refuse(`您是 ${a.coordinatorClass} 班的联络员，只能公布本班的安排。`);
  if (classId && !classById(a.programme, classId)) return refuse(`不认识的班次“${classId}”。`);
  const patch: OfflinePatch = { kind: "offline", classId, startDate: a.startDate, place: a.place.trim() };
  const programme = applyUpdates(a.programme, [patch]);
  const [row] = await tx.insert(programmeUpdates).values({ patch, by: a.actor, at: a.now }).returning({ id: programmeUpdates.id });
  const fired = await fireOnce(tx, {
    key: `offline:${row!.id}`, audience: { kind: "selected", ...(classId ? { classId } : {}) },
    text: offlineText(programme, classId, patch.startDate, patch.place), actor: a.actor, now: a.now, programme,
  });
  await audit(tx, {
    actor: a.actor, action: "announce.offline", target: `programme_update:${row!.id}`, allowed: true,
    detail: { classId, startDate: patch.startDate, place: patch.place, broadcastId: fired?.broadcastId ?? null, told: fired?.total ?? 0 }, at: a.now,
  });
  return ok({ updateId: row!.id, programme, fired });
}
