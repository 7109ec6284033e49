import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { contacts, groups, outbox } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import type { Enqueue } from "../outbox/store.js";
import { ruleOf, selectTrainees, type SelectionRow } from "./rule.js";
import { loadSelectionInputs } from "./load.js";
import { fingerprint, freezeRun, lastPublishedRun } from "./runs.js";
import { groupFooter, groupList, outcomeText } from "./notices.js";
import { MESSAGE_LIMITS, splitMessages } from "./split.js";
import { publicListXlsx } from "./format.js";

export interface ClassPublication {
  classId: string;
  runId: number;
  /** The selection had not changed since this run was published: it was reused. */
  reused: boolean;
  selected: number;
  groups: number;
  /** Rows newly queued (a reused run only queues what never went out, e.g. to a newly bound group). */
  groupMessages: number;
  privateMessages: number;
  /** Trainees who cannot be told privately: imported without a chat identity, or unreachable. */
  unreachable: number;
  /** Nobody in the class has the required hours yet (attendance not imported?): nothing frozen or sent. */
  skipped?: "noneEligible";
}

const PUBLISH_LOCK = 7_202_206;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Freezes each class's selection (or reuses its last published run when nothing changed) and returns the
 * messages for its bound groups and its trainees. Dedupe keys `publish:<runId>:...` make sending idempotent;
 * rows already in the outbox are left out, so the counts say what is new.
 */
export async function publishSelection(
  tx: Tx, o: { programme: Programme; classIds: readonly string[]; actor: string; now: Date },
): Promise<{ classes: ClassPublication[]; items: Enqueue[] }> {
  const classes: ClassPublication[] = [];
  const items: Enqueue[] = [];
  for (const classId of o.classIds) {
    // two coordinators publishing one class at once: the second waits, then finds the first's run unchanged
    await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK}, hashtext(${classId}))`);
    const fresh = selectTrainees(await loadSelectionInputs(tx, classId), ruleOf(o.programme));
    const last = await lastPublishedRun(tx, classId);
    // telling every trainee "not selected" before attendance is imported would be a disaster to undo
    if (!last && !fresh.some((r) => r.eligible)) {
      classes.push({ classId, runId: 0, reused: false, selected: 0, groups: 0, groupMessages: 0, privateMessages: 0, unreachable: 0, skipped: "noneEligible" });
      continue;
    }
    const reused = Boolean(last && fingerprint(last.rows) === fingerprint(fresh));
    const runId = reused ? last!.id : await freezeRun(tx, classId, fresh, o.actor, o.now);
    const rows = reused ? last!.rows : fresh;
    const bound = await tx.select().from(groups).where(eq(groups.classId, classId));
    const groupItems = await groupMessages(o.programme, classId, runId, rows, bound);
    const { privates, unreachable } = await privateMessages(tx, o.programme, runId, rows);
    const newGroup = await onlyNew(tx, groupItems);
    const newPrivate = await onlyNew(tx, privates);
    items.push(...newGroup, ...newPrivate);
    classes.push({
      classId, runId, reused, selected: rows.filter((r) => r.selected).length, groups: bound.length,
      groupMessages: newGroup.length, privateMessages: newPrivate.length, unreachable,
    });
  }
  return { classes, items };
}

async function groupMessages(p: Programme, classId: string, runId: number, rows: SelectionRow[], bound: { channel: string; chatId: string }[]): Promise<Enqueue[]> {
  if (!bound.length) return [];
  const { title, lines } = groupList(p, classId, rows);
  const bytes = Buffer.from(await publicListXlsx(title, rows)).toString("base64");
  const out: Enqueue[] = [];
  for (const g of bound) {
    const key = `publish:${runId}:group:${g.channel}:${g.chatId}`;
    const texts = splitMessages(title, [...lines, "", groupFooter(p)], MESSAGE_LIMITS[g.channel] ?? 2000);
    texts.forEach((text, i) => out.push({ channel: g.channel, chatId: g.chatId, chatKind: "group", payload: { text }, dedupeKey: `${key}:${i + 1}` }));
    // the file goes on its own: a caption is limited to 1024 characters on Telegram
    const file = { name: `遴选名单-${classId}-${runId}.xlsx`, bytes, mime: XLSX_MIME } as unknown as Enqueue["payload"]["file"];
    out.push({ channel: g.channel, chatId: g.chatId, chatKind: "group", payload: { text: `${title}（Excel）`, file }, dedupeKey: `${key}:file` });
  }
  return out;
}

async function privateMessages(tx: Tx, p: Programme, runId: number, rows: SelectionRow[]) {
  const told = rows.filter((r) => r.status === "submitted");
  const keys = told.map((r) => r.userKey).filter((k): k is string => k !== null);
  const reachable = keys.length
    ? await tx.select().from(contacts).where(and(inArray(contacts.userKey, keys), isNull(contacts.unreachableAt)))
    : [];
  const byKey = new Map(reachable.map((c) => [c.userKey, c]));
  const eligibleCount = rows.filter((r) => r.eligible).length;
  const privates: Enqueue[] = [];
  for (const r of told) {
    const c = r.userKey ? byKey.get(r.userKey) : undefined;
    if (!c) continue;
    privates.push({
      channel: c.channel, chatId: c.chatId, chatKind: "user", payload: { text: outcomeText(p, r, eligibleCount) },
      dedupeKey: `publish:${runId}:user:${r.userKey}`,
    });
  }
  return { privates, unreachable: told.length - privates.length };
}

async function onlyNew(tx: Tx, items: Enqueue[]): Promise<Enqueue[]> {
  const keys = items.map((i) => i.dedupeKey!);
  if (!keys.length) return [];
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await tx.select({ k: outbox.dedupeKey }).from(outbox).where(inArray(outbox.dedupeKey, keys.slice(i, i + 1000)));
    for (const r of rows) if (r.k) seen.add(r.k);
  }
  return items.filter((i) => !seen.has(i.dedupeKey!));
}
