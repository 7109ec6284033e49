import { and, eq, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "./db.js";
import { coordinatorPending } from "./schema.js";

type Conn = Db | Tx;
export type PendingAction = "import" | "publish";

export interface Pending<P> {
  payload: P;
  bytes: Uint8Array | null;
  createdAt: Date;
}

/** Nothing waits longer than this: an abandoned file (trainees' personal data) is deleted at the next save. */
export const PENDING_KEPT_MS = 24 * 3600_000;

/** One pending request per coordinator and action: a new file (or a new /publish) replaces the last. */
export async function savePending(db: Conn, userKey: string, action: PendingAction, payload: unknown, now: Date, bytes?: Uint8Array): Promise<void> {
  await db.delete(coordinatorPending).where(lt(coordinatorPending.createdAt, new Date(now.getTime() - PENDING_KEPT_MS)));
  await db
    .insert(coordinatorPending)
    .values({ userKey, action, payload, bytes: bytes ?? null, createdAt: now })
    .onConflictDoUpdate({ target: [coordinatorPending.userKey, coordinatorPending.action], set: { payload, bytes: bytes ?? null, createdAt: now } });
}

/** The pending request, locked until the turn commits (two "确认导入" at once import once); none when older than `maxAgeMs`. */
export async function takePending<P>(db: Conn, userKey: string, action: PendingAction, now: Date, maxAgeMs: number): Promise<Pending<P> | undefined> {
  const [row] = await db
    .select()
    .from(coordinatorPending)
    .where(and(eq(coordinatorPending.userKey, userKey), eq(coordinatorPending.action, action)))
    .for("update");
  if (!row) return undefined;
  if (now.getTime() - row.createdAt.getTime() > maxAgeMs) {
    await dropPending(db, userKey, action);
    return undefined;
  }
  return { payload: row.payload as P, bytes: row.bytes, createdAt: row.createdAt };
}

export async function dropPending(db: Conn, userKey: string, action?: PendingAction): Promise<number> {
  const rows = await db
    .delete(coordinatorPending)
    .where(action ? and(eq(coordinatorPending.userKey, userKey), eq(coordinatorPending.action, action)) : eq(coordinatorPending.userKey, userKey))
    .returning({ a: coordinatorPending.action });
  return rows.length;
}

export const countPending = (db: Conn) => db.select({ n: sql<number>`count(*)::int` }).from(coordinatorPending);
