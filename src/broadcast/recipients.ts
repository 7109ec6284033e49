import { and, desc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { groups, registrations, selectionRuns } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import { rowsOf } from "../outbox/store.js";
import { err, ok, type Result } from "../domain/result.js";
import type { Audience, BroadcastKind } from "./audience.js";

type Conn = Db | Tx;

export interface Recipient {
  channel: string;
  chatId: string;
  chatKind: "user" | "group";
  /** The identity, for a private chat. */
  userKey?: string;
}

export interface Resolved {
  recipients: Recipient[];
  /** Left out: blocked the bot since they last wrote; opted out of news; known only from an imported list. */
  skipped: { unreachable: number; optedOut: number; noChat: number };
  note?: string;
}

/** Everyone the audience means right now, and who of them cannot or will not be reached. */
export async function resolveAudience(db: Conn, a: Audience, kind: BroadcastKind, p: Programme, coordinatorClass: string | null = null): Promise<Result<Resolved>> {
  if (a.kind === "group") return groupRecipient(db, a, coordinatorClass);
  const who = await traineeKeys(db, a, p);
  const res = await db.execute(sql`
    select c.user_key, c.channel, c.chat_id, c.news_opt_out,
      (c.unreachable_at is not null and c.unreachable_at >= coalesce(v.updated_at, '-infinity'::timestamptz)) as unreachable
    from contacts c left join conversations v on v.user_key = c.user_key
    where c.user_key in (${who.keys}) order by c.user_key`);
  const out: Resolved = { recipients: [], skipped: { unreachable: 0, optedOut: 0, noChat: who.noChat }, note: who.note };
  for (const r of rowsOf<{ user_key: string; channel: string; chat_id: string; news_opt_out: boolean; unreachable: boolean }>(res)) {
    // someone who blocked the bot and later wrote again is reachable again
    if (r.unreachable) out.skipped.unreachable++;
    else if (kind === "news" && r.news_opt_out) out.skipped.optedOut++;
    else out.recipients.push({ channel: r.channel, chatId: r.chat_id, chatKind: "user", userKey: r.user_key });
  }
  return ok(out);
}

async function groupRecipient(db: Conn, a: Extract<Audience, { kind: "group" }>, coordinatorClass: string | null): Promise<Result<Resolved>> {
  const [g] = await db.select().from(groups).where(and(eq(groups.channel, a.channel), eq(groups.chatId, a.chatId)));
  if (!g) return err(`机器人不在群 ${a.channel}:${a.chatId} 中。`);
  if (!g.classId) return err(`群“${g.title ?? g.chatId}”尚未绑定班次，不能群发。`);
  if (coordinatorClass !== null && g.classId !== coordinatorClass) return err(`群“${g.title ?? g.chatId}”属于 ${g.classId} 班，您只能向本班的群发送。`);
  return ok({ recipients: [{ channel: a.channel, chatId: a.chatId, chatKind: "group" }], skipped: { unreachable: 0, optedOut: 0, noChat: 0 } });
}

/** The audience as a subquery of identities, and how many it means who have no chat identity at all. */
async function traineeKeys(db: Conn, a: Exclude<Audience, { kind: "group" }>, p: Programme): Promise<{ keys: SQL; noChat: number; note?: string }> {
  const cls = a.classId;
  const inClass = cls ? sql`and class_id = ${cls}` : sql``;
  const registered = sql`select user_key from registrations where status = 'submitted' and user_key is not null ${inClass}`;
  const cities = cls ? (classById(p, cls)?.cities ?? []) : [];
  const startedInClass = cls
    ? sql`and (v.state->'answers'->>'classId' = ${cls} or v.state->'answers'->>'city' in (${sql.join([...cities, ""].map((c) => sql`${c}`), sql`, `)}))`
    : sql``;
  const started = sql`
    select v.user_key from conversations v
    where v.state->>'phase' not in ('new', 'submitted') ${startedInClass}
      and not exists (select 1 from registrations r where r.user_key = v.user_key)`;
  const unlinked = async () => {
    const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(registrations)
      .where(sql`status = 'submitted' and user_key is null ${inClass}`);
    return r!.n;
  };
  switch (a.kind) {
    case "class":
    case "registered":
      return { keys: registered, noChat: await unlinked() };
    case "started":
      return { keys: started, noChat: 0 };
    case "noReceipt":
      // an imported trainee has no chat to send the scan from, so is not counted as unreachable
      return { keys: sql`${registered} and not exists (select 1 from receipts x where x.user_key = registrations.user_key)`, noChat: 0 };
    case "all":
      if (!cls) return { keys: sql`select user_key from contacts where user_key not in (select user_key from coordinators)`, noChat: 0 };
      return { keys: sql`${registered} union ${started}`, noChat: await unlinked() };
    case "selected":
    case "notSelected":
      return selectionKeys(db, a.kind === "selected", cls, p);
  }
}

/** From each class's last published selection, frozen as announced: later imports do not change who was told. */
async function selectionKeys(db: Conn, selected: boolean, cls: string | undefined, p: Programme) {
  const classIds = cls ? [cls] : p.classes.map((c) => c.id);
  const rows: { registrationId?: number; userKey?: string | null; selected?: boolean }[] = [];
  const missing: string[] = [];
  for (const id of classIds) {
    const [run] = await db.select({ rows: selectionRuns.rows }).from(selectionRuns)
      .where(and(eq(selectionRuns.classId, id), isNotNull(selectionRuns.publishedAt))).orderBy(desc(selectionRuns.id)).limit(1);
    if (run) rows.push(...(run.rows as typeof rows));
    else missing.push(id);
  }
  const mine = rows.filter((r) => Boolean(r.selected) === selected);
  // a trainee imported from a list may have linked a chat identity since the run was frozen
  const ids = mine.filter((r) => !r.userKey && r.registrationId).map((r) => r.registrationId!);
  const linked = ids.length
    ? await db.select({ userKey: registrations.userKey }).from(registrations).where(and(inArray(registrations.id, ids), isNotNull(registrations.userKey)))
    : [];
  const keys = [...mine.flatMap((r) => (r.userKey ? [r.userKey] : [])), ...linked.map((l) => l.userKey!)];
  const note = missing.length ? `尚未公布遴选名单的班次：${missing.map((id) => classById(p, id)?.name.zh ?? id).join("、")}` : undefined;
  return { keys: sql.join([...keys, ""].map((k) => sql`${k}`), sql`, `), noChat: mine.length - keys.length, note };
}
