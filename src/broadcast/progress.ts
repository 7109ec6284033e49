import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { broadcasts, outbox } from "../store/schema.js";

type Conn = Db | Tx;

export interface Progress {
  id: number;
  createdBy: string;
  kind: string;
  total: number;
  sent: number;
  /** Failed after every retry, or refused for good (blocked, removed). */
  failed: number;
  blocked: number;
  /** Still to go: queued or being sent. */
  left: number;
  createdAt: Date;
  confirmedAt: Date | null;
  finishedAt: Date | null;
  lastSentAt: Date | null;
}

export interface Failure {
  status: "failed" | "blocked";
  reason: string;
  count: number;
}

export async function progressOf(db: Conn, id: number): Promise<Progress | undefined> {
  const [b] = await db.select().from(broadcasts).where(eq(broadcasts.id, id));
  if (!b) return undefined;
  const counts = await db
    .select({ status: outbox.status, n: sql<number>`count(*)::int`, last: sql<string | null>`max(${outbox.sentAt})::text` })
    .from(outbox).where(eq(outbox.broadcastId, id)).groupBy(outbox.status);
  const n = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
  const last = counts.find((c) => c.status === "sent")?.last;
  return {
    id, createdBy: b.createdBy, kind: b.kind, total: b.total, sent: n("sent"), failed: n("failed") + n("blocked"), blocked: n("blocked"),
    left: n("pending") + n("sending"), createdAt: b.createdAt, confirmedAt: b.confirmedAt, finishedAt: b.finishedAt,
    lastSentAt: last ? new Date(last) : null,
  };
}

export async function failuresOf(db: Conn, id: number): Promise<Failure[]> {
  const rows = await db
    .select({ status: outbox.status, error: outbox.error, n: sql<number>`count(*)::int` })
    .from(outbox).where(sql`${outbox.broadcastId} = ${id} and ${outbox.status} in ('failed', 'blocked')`)
    .groupBy(outbox.status, outbox.error);
  const merged = new Map<string, Failure>();
  for (const r of rows) {
    const f: Failure = { status: r.status as Failure["status"], reason: reasonOf(r.error), count: r.n };
    const key = `${f.status}|${f.reason}`;
    merged.set(key, { ...f, count: (merged.get(key)?.count ?? 0) + f.count });
  }
  return [...merged.values()].sort((a, b) => b.count - a.count);
}

/** Errors name chats and numbers; the report groups them by what went wrong. */
export function reasonOf(error: string | null): string {
  if (!error) return "未知原因";
  return error.replace(/\b[\w-]*\d[\w-]*\b/g, "#").replace(/\s+/g, " ").trim().slice(0, 80);
}

/** Time left at the pace so far, or undefined before the first message went. */
export function etaMs(p: Progress, now: Date): number | undefined {
  if (!p.confirmedAt || p.left === 0) return p.left === 0 ? 0 : undefined;
  const done = p.sent + p.failed;
  const elapsed = now.getTime() - p.confirmedAt.getTime();
  if (done === 0 || elapsed <= 0) return undefined;
  return Math.round((p.left * elapsed) / done);
}

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}秒`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}分${s % 60}秒`;
  return `${Math.floor(m / 60)}小时${m % 60}分`;
}

/** `via`: where the reader is, so the way to confirm a draft is one they can take. */
export function progressText(p: Progress, now: Date, via: "chat" | "cli" = "chat"): string {
  if (!p.confirmedAt) {
    const how = via === "chat" ? `回复 /confirm ${p.id} 发送` : "在命令行加 --yes 重新发起即发送（草稿一小时后作废）";
    return `群发 #${p.id} 还是草稿（${p.total} 人），尚未发送：${how}。`;
  }
  const eta = etaMs(p, now);
  const head = p.left === 0 ? `群发 #${p.id} 已发完` : `群发 #${p.id} 发送中`;
  const tail = p.left > 0 ? `，剩余 ${p.left}${eta !== undefined ? `，预计还需${duration(eta)}` : ""}` : "";
  return `${head}：共 ${p.total}，已发 ${p.sent}，失败 ${p.failed}${tail}。`;
}

/** The end-of-broadcast report: counts, and failures by reason. */
export function reportText(p: Progress, failures: Failure[]): string {
  const took = p.confirmedAt && p.lastSentAt ? `，用时${duration(Math.max(0, p.lastSentAt.getTime() - p.confirmedAt.getTime()))}` : "";
  const lines = [`群发 #${p.id} 已完成：共 ${p.total}，送达 ${p.sent}，失败 ${p.failed}${took}。`];
  if (failures.length) {
    lines.push("失败原因：");
    for (const f of failures) lines.push(`· ${f.status === "blocked" ? "已屏蔽或已移出" : "多次重试仍失败"}（${f.reason}）：${f.count}`);
  }
  return lines.join("\n");
}
