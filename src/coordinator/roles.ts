import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { coordinators } from "../store/schema.js";

/** Provincial coordinators act on every class; a class coordinator only on their own. */
export type Role = { kind: "provincial" } | { kind: "class"; classId: string };

type Conn = Db | Tx;

export async function roleOf(db: Conn, userKey: string): Promise<Role | undefined> {
  const [row] = await db.select().from(coordinators).where(eq(coordinators.userKey, userKey));
  if (!row) return undefined;
  return row.classId ? { kind: "class", classId: row.classId } : { kind: "provincial" };
}

export const mayActOn = (role: Role, classId: string): boolean => role.kind === "provincial" || role.classId === classId;

export async function addCoordinator(db: Conn, userKey: string, classId: string | null, now: Date): Promise<"added" | "changed"> {
  const [before] = await db.select().from(coordinators).where(eq(coordinators.userKey, userKey));
  await db
    .insert(coordinators)
    .values({ userKey, classId, addedAt: now })
    .onConflictDoUpdate({ target: coordinators.userKey, set: { classId } });
  return before ? "changed" : "added";
}

export async function removeCoordinator(db: Conn, userKey: string): Promise<boolean> {
  const rows = await db.delete(coordinators).where(eq(coordinators.userKey, userKey)).returning({ k: coordinators.userKey });
  return rows.length > 0;
}

export function listCoordinators(db: Conn) {
  return db.select().from(coordinators).orderBy(asc(coordinators.classId), asc(coordinators.userKey));
}
