import { parseMobile, parseName, normaliseText } from "../domain/validators.js";
import type { Db, Tx } from "../store/db.js";
import { registrations } from "../store/schema.js";

/** Organization names as people type them: brackets and spaces vary, the name does not. */
const orgKey = (s: string) => normaliseText(s).replace(/[\s()（）【】[\]“”"'‘’]/g, "").toLowerCase();
const personKey = (name: string, org: string) => {
  const n = parseName(name);
  return `${n.ok ? n.value : normaliseText(name)}|${orgKey(org)}`;
};

export interface Registry {
  mobiles: Set<string>;
  /** Parsed phones by their raw text: an export repeats each trainee's phone on every session row. */
  phones?: Map<string, ReturnType<typeof parseMobile>>;
  /** name|organization → the mobiles registered under it (more than one: ambiguous). */
  people: Map<string, string[]>;
  /** The key of a name and organization as written: an export repeats them on every session row. */
  keys?: Map<string, string>;
}

export async function loadRegistry(db: Db | Tx): Promise<Registry> {
  const rows = await db.select({ mobile: registrations.mobile, name: registrations.name, org: registrations.organization }).from(registrations);
  const people = new Map<string, string[]>();
  for (const r of rows) {
    const k = personKey(r.name, r.org);
    people.set(k, [...(people.get(k) ?? []), r.mobile]);
  }
  return { mobiles: new Set(rows.map((r) => r.mobile)), people, phones: new Map(), keys: new Map() };
}

function cachedMobile(reg: Registry, raw: string) {
  const hit = reg.phones?.get(raw);
  if (hit) return hit;
  const r = parseMobile(raw);
  reg.phones?.set(raw, r);
  return r;
}

export type Match =
  | { kind: "mobile"; mobile: string }
  | { kind: "nameOrg"; mobile: string }
  /** A valid mobile nobody registered (yet): kept, it counts once someone registers with it. */
  | { kind: "unregistered"; mobile: string }
  | { kind: "none"; reason: string };

/** A phone the platform hid in the middle ("138****8000", "138xxxx8000"): never completed by guessing. */
export const isMaskedPhone = (raw: string) => /^\+?[\d\s-]*[*＊xX×]{3,}[\d\s-]*$/.test(raw.trim()) && /\d/.test(raw);

/** Finds whose row this is: by mobile, else by name and organization; a masked phone counts as none. */
export function matchRow(reg: Registry, cells: { phone?: string; name?: string; org?: string }): Match {
  const masked = cells.phone !== undefined && isMaskedPhone(cells.phone);
  const phone = cells.phone?.trim() && !masked ? cachedMobile(reg, cells.phone) : undefined;
  if (phone?.ok && reg.mobiles.has(phone.value)) return { kind: "mobile", mobile: phone.value };
  if (cells.name?.trim() && cells.org?.trim()) {
    const raw = `${cells.name}\u0000${cells.org}`;
    let key = reg.keys?.get(raw);
    if (key === undefined) reg.keys?.set(raw, (key = personKey(cells.name, cells.org)));
    const found = reg.people.get(key!);
    if (found?.length === 1) return { kind: "nameOrg", mobile: found[0]! };
    if (found && found.length > 1 && !phone?.ok) return { kind: "none", reason: `“${cells.name}（${cells.org}）”对应多条报名，请补充手机号` };
  }
  if (phone?.ok) return { kind: "unregistered", mobile: phone.value };
  const why = masked ? `手机号已打码（${cells.phone!.trim()}），不猜测` : phone ? `手机号无效：${phone.error}` : "没有手机号";
  if (!cells.name?.trim()) return { kind: "none", reason: why };
  return { kind: "none", reason: cells.org === undefined ? `${why}，文件没有单位列，无法按姓名和单位查找` : `${why}，且按姓名和单位找不到报名` };
}
