import { sql } from "drizzle-orm";
import type { Db, Tx } from "./db.js";
import { attendance, auditLog, contacts, conversations, inbox, outbox, quizResults, receipts, registrations, selectionRuns } from "./schema.js";

type Conn = Db | Tx;

/** postgres.js answers an array, PGlite an object with `rows`. */
export const rowsOf = <T = unknown>(res: unknown): T[] => (Array.isArray(res) ? (res as T[]) : ((res as { rows?: T[] }).rows ?? []));

/** What a delivered message keeps once its text is gone: the row (its order, pace and dedupe key), not the words. */
export const ERASED_PAYLOAD = { text: "", erased: true } as const;
/** Stands where an identity or a mobile was, in rows that must stay (audit, inbox dedupe). */
export const ERASED = "erased";

export interface Erased {
  registrations: number;
  outboxDeleted: number;
  outboxAnonymised: number;
  selectionRuns: number;
  attendance: number;
  quizResults: number;
  inbox: number;
  audit: number;
}

/**
 * PIPL arts. 19 and 47: a trainee who cancels is forgotten everywhere the bot keeps them — registration, receipt,
 * contact, messages to them (pending ones dropped, sent ones emptied), their rows in frozen selection runs,
 * attendance and quiz rows under their mobile, the identity on their inbox rows, and their mobile and identity in
 * the audit log (the entries stay, without them). The conversation row is the caller's: the turn resets it.
 */
export async function eraseTrainee(tx: Conn, userKey: string): Promise<Erased> {
  const mobiles = await mobilesOf(tx, userKey);
  const at = userKey.indexOf(":");
  const channel = userKey.slice(0, at);
  const chatId = userKey.slice(at + 1);

  const regs = await tx.execute(sql`delete from ${registrations} where user_key = ${userKey} returning id, name, organization, consent_publish`);
  await tx.execute(sql`delete from ${receipts} where user_key = ${userKey}`);
  await tx.execute(sql`delete from ${contacts} where user_key = ${userKey}`);

  const messages = await eraseMessagesTo(tx, channel, chatId);

  const deleted = rowsOf<{ id: number; name: string; organization: string; consent_publish: boolean }>(regs);
  const regIds = deleted.map((r) => Number(r.id));
  for (const r of deleted) if (r.consent_publish) await eraseFromLists(tx, `${r.name}（${r.organization}）`);
  const runs = await eraseFromRuns(tx, userKey, mobiles, regIds);

  let att = 0;
  let quiz = 0;
  for (const m of mobiles) {
    att += rowsOf(await tx.execute(sql`delete from ${attendance} where mobile = ${m} returning id`)).length;
    quiz += rowsOf(await tx.execute(sql`delete from ${quizResults} where mobile = ${m} returning id`)).length;
  }
  const inboxRows = await tx.execute(sql`update ${inbox} set user_key = ${ERASED} where user_key = ${userKey} returning message_id`);
  const audit = await eraseFromAudit(tx, [userKey, ...mobiles]);
  return {
    registrations: regIds.length, outboxDeleted: messages.deleted, outboxAnonymised: messages.emptied, selectionRuns: runs,
    attendance: att, quizResults: quiz, inbox: rowsOf(inboxRows).length, audit,
  };
}

/** Messages to one private chat: pending ones dropped, the others (sent, or on their way) kept without their words. */
export async function eraseMessagesTo(tx: Conn, channel: string, chatId: string): Promise<{ deleted: number; emptied: number }> {
  const mine = sql`channel = ${channel} and chat_id = ${chatId} and chat_kind = 'user'`;
  const dropped = await tx.execute(sql`delete from ${outbox} where ${mine} and status = 'pending' returning id`);
  const emptied = await tx.execute(sql`
    update ${outbox} set payload = ${JSON.stringify(ERASED_PAYLOAD)}::jsonb,
      dedupe_key = case when dedupe_key is null then null else 'erased:' || id::text end
    where ${mine} returning id`);
  return { deleted: rowsOf(dropped).length, emptied: rowsOf(emptied).length };
}

/**
 * A published list names those who agreed to it as "name（organization）": that entry leaves the lists kept in the
 * outbox (the groups' lists and the coordinators' previews of them), and delivered files drop their Excel copy (lists
 * and rosters: the database, not the outbox, is where the office reads them).
 */
async function eraseFromLists(tx: Conn, entry: string): Promise<void> {
  const needle = JSON.stringify(entry).slice(1, -1);
  await tx.execute(sql`
    update ${outbox} set payload = replace(payload::text, ${needle}, '（已删除）')::jsonb
    where strpos(payload::text, ${needle}) > 0`);
  await tx.execute(sql`update ${outbox} set payload = payload - 'file' where status <> 'pending' and payload ? 'file'`);
}

/** The mobile of the registration and of a draft still in the conversation (attendance may be imported for either). */
async function mobilesOf(tx: Conn, userKey: string): Promise<string[]> {
  const res = await tx.execute(sql`
    select mobile from ${registrations} where user_key = ${userKey}
    union select state->'answers'->>'mobile' from ${conversations} where user_key = ${userKey}
    union select state->>'pendingMobile' from ${conversations} where user_key = ${userKey}`);
  return [...new Set(rowsOf<{ mobile: string | null }>(res).map((r) => r.mobile).filter((m): m is string => typeof m === "string" && m.length > 0))];
}

/** Removes the trainee's row from every frozen run (rank numbers of the others stay as published). */
async function eraseFromRuns(tx: Conn, userKey: string, mobiles: string[], regIds: number[]): Promise<number> {
  const ids = regIds.map(String);
  const theirs = sql`(e->>'userKey' = ${userKey}
    or e->>'mobile' in (${sql.join([...mobiles, ""].map((m) => sql`${m}`), sql`, `)})
    or e->>'registrationId' in (${sql.join([...ids, ""].map((i) => sql`${i}`), sql`, `)}))`;
  const res = await tx.execute(sql`
    update ${selectionRuns} set rows = coalesce(
      (select jsonb_agg(x.e order by x.i) from jsonb_array_elements(rows) with ordinality as x(e, i) where not ${theirs}),
      '[]'::jsonb)
    where exists (select 1 from jsonb_array_elements(rows) as y(e) where ${theirs})
    returning id`);
  return rowsOf(res).length;
}

/** Audit entries stay (who did what, when, allowed or not), without the trainee's identity or mobile. */
async function eraseFromAudit(tx: Conn, values: string[]): Promise<number> {
  let n = 0;
  for (const v of values) {
    const res = await tx.execute(sql`
      update ${auditLog} set
        actor = case when actor = ${v} then ${ERASED} else actor end,
        target = case when target = ${v} then null else target end,
        detail = case when detail is null then null else replace(detail::text, ${JSON.stringify(v).slice(1, -1)}, ${ERASED})::jsonb end
      where actor = ${v} or target = ${v} or strpos(detail::text, ${JSON.stringify(v).slice(1, -1)}) > 0
      returning id`);
    n += rowsOf(res).length;
  }
  return n;
}
