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
import { XLSX_MIME } from "../sheets/index.js";
import { exportFileName } from "../sheets/names.js";

export interface ClassPublication {
  classId: string;
  runId: number;
  /** The selection had not changed since this run was published: it was reused. */
  reused: boolean;
  selected: number;
  eligible: number;
  groups: number;
  /** The bound groups it goes to. */
  groupList: { channel: string; chatId: string; title: string | null }[];
  /** The first lines of the public list, as the groups see them (masked where there is no consent). */
  sample: string[];
  /** Rows newly queued (a reused run only queues what never went out, e.g. to a newly bound group). */
  groupMessages: number;
  privateMessages: number;
  /** Of the private messages, how many say "selected". */
  privateSelected: number;
  /** Trainees not told again: their result is the one the last published run told them. */
  unchanged: number;
  /** Trainees who cannot be told privately: imported without a chat identity, or unreachable. */
  unreachable: number;
  /** The selection's fingerprint: a confirmation publishes only what its preview showed. */
  fingerprint: string;
  /** Nothing frozen or sent: nobody has the hours yet (attendance not imported?), or no group is bound. */
  skipped?: "noneEligible" | "noGroups";
}

const PUBLISH_LOCK = 7_202_206;
const SAMPLE = 5;

export interface PublishOptions {
  programme: Programme;
  classIds: readonly string[];
  actor: string;
  now: Date;
  /** The preview: what would be frozen and sent, with nothing frozen (run id 0). Its items are not to be queued. */
  dryRun?: boolean;
}

/**
 * Freezes each class's selection (or reuses its last published run when nothing changed) and returns the
 * messages for its bound groups and its trainees. Dedupe keys `publish:<runId>:...` make sending idempotent;
 * rows already in the outbox are left out, so the counts say what is new. A new run tells privately only the
 * trainees whose result (selected, eligible) differs from the last published run's.
 */
export async function publishSelection(tx: Tx, o: PublishOptions): Promise<{ classes: ClassPublication[]; items: Enqueue[] }> {
  const classes: ClassPublication[] = [];
  const items: Enqueue[] = [];
  for (const classId of o.classIds) {
    // two coordinators publishing one class at once: the second waits, then finds the first's run unchanged
    await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK}, hashtext(${classId}))`);
    const fresh = selectTrainees(await loadSelectionInputs(tx, classId), ruleOf(o.programme));
    const last = await lastPublishedRun(tx, classId);
    const bound = await tx.select().from(groups).where(eq(groups.classId, classId));
    const base = {
      classId, runId: 0, reused: false, selected: fresh.filter((r) => r.selected).length, eligible: fresh.filter((r) => r.eligible).length,
      groups: bound.length, groupList: bound.map((g) => ({ channel: g.channel, chatId: g.chatId, title: g.title })),
      sample: groupList(o.programme, classId, fresh).lines.slice(0, SAMPLE), groupMessages: 0, privateMessages: 0, privateSelected: 0,
      unchanged: 0, unreachable: 0, fingerprint: fingerprint(fresh),
    };
    // telling every trainee "not selected" before attendance is imported would be a disaster to undo
    if (!last && !fresh.some((r) => r.eligible)) {
      classes.push({ ...base, skipped: "noneEligible" });
      continue;
    }
    // a list nobody sees in a group is not published: trainees would hear of a list their class cannot read
    if (!bound.length) {
      classes.push({ ...base, skipped: "noGroups" });
      continue;
    }
    const reused = Boolean(last && fingerprint(last.rows) === base.fingerprint);
    const runId = reused ? last!.id : o.dryRun ? 0 : await freezeRun(tx, classId, fresh, o.actor, o.now);
    const rows = reused ? last!.rows : fresh;
    const groupItems = await groupMessages(o.programme, classId, runId, rows, bound, o.now);
    const { privates, unreachable, unchanged, selectedKeys } = await privateMessages(tx, o.programme, runId, rows, reused ? undefined : last?.rows);
    const newGroup = await onlyNew(tx, groupItems);
    const newPrivate = await onlyNew(tx, privates);
    items.push(...newGroup, ...newPrivate);
    classes.push({
      ...base, runId, reused, selected: rows.filter((r) => r.selected).length,
      groupMessages: newGroup.length, privateMessages: newPrivate.length,
      privateSelected: newPrivate.filter((i) => selectedKeys.has(i.dedupeKey!)).length, unchanged, unreachable,
    });
  }
  return { classes, items };
}

async function groupMessages(
  p: Programme, classId: string, runId: number, rows: SelectionRow[], bound: { channel: string; chatId: string }[], now: Date,
): Promise<Enqueue[]> {
  if (!bound.length) return [];
  const { title, lines } = groupList(p, classId, rows);
  const bytes = Buffer.from(await publicListXlsx(p, classId, rows)).toString("base64");
  const name = exportFileName(p, "遴选名单", classId, now, "xlsx");
  const out: Enqueue[] = [];
  for (const g of bound) {
    const key = `publish:${runId}:group:${g.channel}:${g.chatId}`;
    const texts = splitMessages(title, [...lines, "", groupFooter(p)], MESSAGE_LIMITS[g.channel] ?? 2000);
    texts.forEach((text, i) => out.push({ channel: g.channel, chatId: g.chatId, chatKind: "group", payload: { text }, dedupeKey: `${key}:${i + 1}` }));
    // the file goes on its own: a caption is limited to 1024 characters on Telegram
    const file = { name, bytes, mime: XLSX_MIME } as unknown as Enqueue["payload"]["file"];
    out.push({ channel: g.channel, chatId: g.chatId, chatKind: "group", payload: { text: `${title}（Excel）`, file }, dedupeKey: `${key}:file` });
  }
  return out;
}

const resultOf = (r: SelectionRow) => `${r.selected}:${r.eligible}`;

async function privateMessages(tx: Tx, p: Programme, runId: number, rows: SelectionRow[], before?: SelectionRow[]) {
  const told = rows.filter((r) => r.status === "submitted");
  const was = new Map((before ?? []).map((r) => [r.registrationId, resultOf(r)]));
  const changed = told.filter((r) => was.get(r.registrationId) !== resultOf(r));
  const keys = changed.map((r) => r.userKey).filter((k): k is string => k !== null);
  const reachable = keys.length
    ? await tx.select().from(contacts).where(and(inArray(contacts.userKey, keys), isNull(contacts.unreachableAt)))
    : [];
  const byKey = new Map(reachable.map((c) => [c.userKey, c]));
  const eligibleCount = rows.filter((r) => r.eligible).length;
  const privates: Enqueue[] = [];
  const selectedKeys = new Set<string>();
  for (const r of changed) {
    const c = r.userKey ? byKey.get(r.userKey) : undefined;
    if (!c) continue;
    if (r.selected) selectedKeys.add(`publish:${runId}:user:${r.userKey}`);
    privates.push({
      channel: c.channel, chatId: c.chatId, chatKind: "user", payload: { text: outcomeText(p, r, eligibleCount) },
      dedupeKey: `publish:${runId}:user:${r.userKey}`,
    });
  }
  return { privates, unreachable: changed.length - privates.length, unchanged: told.length - changed.length, selectedKeys };
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
