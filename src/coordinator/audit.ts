import type { Db, Tx } from "../store/db.js";
import { auditLog } from "../store/schema.js";

export interface AuditEntry {
  actor: string;
  action: string;
  target?: string | null;
  allowed: boolean;
  detail?: Record<string, unknown>;
  at: Date;
}

/** Who did what, to what, when, and whether it was allowed: refusals are kept too. */
export async function audit(db: Db | Tx, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ actor: e.actor, action: e.action, target: e.target ?? null, allowed: e.allowed, detail: e.detail ?? null, at: e.at });
}
