import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import { localDate } from "./columns.js";
import { fileName } from "./xlsx.js";

/** `遴选名单_武汉“1+8”城市圈_2022-06-25.xlsx`: what, the class (or 全部班次), the Beijing date. */
export function exportFileName(p: Programme, what: string, classId: string | undefined, now: Date, ext: string): string {
  const cls = classId ? (classById(p, classId)?.name.zh ?? classId) : "全部班次";
  return `${fileName(what, cls, localDate(now))}.${ext}`;
}
