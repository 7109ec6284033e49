import { sql } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { conversations, inbox } from "../store/schema.js";
import { rowsOf } from "../outbox/store.js";
import { initialState } from "../conversation/state.js";

export interface LockedConversation {
  state: unknown;
  turns: number;
}

/**
 * Records the message id and locks the sender's conversation row in one round trip.
 * undefined: the message was seen before (a redelivery) and must not be handled again.
 */
export async function claimTurn(tx: Tx, m: { channel: string; messageId: string; userKey: string; now: Date }): Promise<LockedConversation | undefined> {
  const at = m.now.toISOString();
  const res = await tx.execute(sql`
    with fresh as (
      insert into ${inbox} (channel, message_id, user_key, received_at)
      values (${m.channel}, ${m.messageId}, ${m.userKey}, ${at}::timestamptz)
      on conflict do nothing
      returning 1)
    insert into ${conversations} (user_key, state, turns, updated_at)
    select ${m.userKey}, ${JSON.stringify(initialState())}::jsonb, 0, ${at}::timestamptz where exists (select 1 from fresh)
    on conflict (user_key) do update set user_key = excluded.user_key
    returning state, turns`);
  const [row] = rowsOf<{ state: unknown; turns: number }>(res);
  return row ? { state: typeof row.state === "string" ? JSON.parse(row.state) : row.state, turns: Number(row.turns) } : undefined;
}

/** Records a group message id; false when it was seen before. */
export async function claimMessage(tx: Tx, m: { channel: string; messageId: string; userKey: string; now: Date }): Promise<boolean> {
  const fresh = await tx
    .insert(inbox)
    .values({ channel: m.channel, messageId: m.messageId, userKey: m.userKey, receivedAt: m.now })
    .onConflictDoNothing()
    .returning({ id: inbox.messageId });
  return fresh.length > 0;
}

export async function saveState(tx: Tx, userKey: string, state: unknown, now: Date): Promise<void> {
  await tx.execute(sql`
    update ${conversations} set state = ${JSON.stringify(state)}::jsonb, turns = turns + 1, updated_at = ${now.toISOString()}::timestamptz
    where user_key = ${userKey}`);
}
