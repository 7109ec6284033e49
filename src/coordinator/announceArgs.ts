import type { Programme } from "../programme/schema.js";
import { parseWrittenDate } from "../domain/writtenDate.js";
import { err, ok, type Result } from "../domain/result.js";
import { findClassLoose } from "./parse.js";

export interface OfflineArgs {
  classId: string | null;
  startDate: string;
  partOfDay?: string;
  place: string;
}

export const ANNOUNCE_USAGE = "公布线下培训的写法：/announce offline [班次] 日期 地点，例如 /announce offline 武汉 7月5日 上午 武汉市某某酒店";

/** "[班次] 7月5日 上午 武汉市某某酒店" as a class (by id or name), a date as people write it, and the place. */
export function parseOfflineArgs(text: string, p: Programme): Result<OfflineArgs> {
  let body = text.normalize("NFKC").trim();
  let classId: string | null = null;
  const first = /^(\S+)\s+/.exec(body);
  if (first && !/^\d/.test(first[1]!)) {
    const cls = findClassLoose(p, first[1]!);
    if (!cls) return err(`没有“${first[1]}”这个班次。${ANNOUNCE_USAGE}`);
    classId = cls.id;
    body = body.slice(first[0].length);
  }
  const d = parseWrittenDate(body, p);
  if (!d.ok) return err(d.error);
  if (!d.value.rest) return err(`请写上培训地点。${ANNOUNCE_USAGE}`);
  return ok({ classId, startDate: d.value.date, partOfDay: d.value.partOfDay, place: d.value.rest });
}
