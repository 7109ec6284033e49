import type { CommandContext } from "../engine/engine.js";
import type { Enqueue } from "../outbox/store.js";
import { publishSelection, type ClassPublication } from "../selection/publish.js";
import { anythingToSend, previewText, publishedText, registrationStillOpen } from "../selection/publishText.js";
import { dropPending, savePending, takePending } from "../store/pending.js";
import { audit } from "./audit.js";
import { mayActOn, type Role } from "./roles.js";

export const PENDING_PUBLISH_MS = 3600_000;
export const FORCE_WORDS = /^(强制|force|--force)$/i;

interface PendingPublish {
  classIds: string[];
  force: boolean;
  /** The previewed selection of each class: a changed one is previewed again, not sent. */
  fingerprints: Record<string, string>;
}

export interface PublishTurn {
  text: string;
  allowed: boolean;
  detail: Record<string, unknown>;
  extra?: Enqueue[];
}

const publishable = (classes: readonly ClassPublication[]) => classes.filter((c) => !c.skipped);

/** /publish: the preview, and the request kept (in the database) until "确认发布". Nothing is frozen or sent. */
export async function previewPublish(c: CommandContext, classIds: string[], force: boolean): Promise<PublishTurn> {
  const open = registrationStillOpen(c.programme, c.now);
  if (open && !force) return { text: open, allowed: false, detail: { error: "registrationOpen" } };
  const r = await publishSelection(c.tx, { programme: c.programme, classIds, actor: c.userKey, now: c.now, dryRun: true });
  const ready = publishable(r.classes);
  const text = previewText(c.programme, r.classes);
  const detail = { preview: r.classes.map((x) => ({ classId: x.classId, skipped: x.skipped ?? null, groups: x.groups, privates: x.privateMessages })), force };
  if (!anythingToSend(r.classes)) return { text, allowed: ready.length > 0, detail };
  const pending: PendingPublish = { classIds: ready.map((x) => x.classId), force, fingerprints: Object.fromEntries(ready.map((x) => [x.classId, x.fingerprint])) };
  await savePending(c.tx, c.userKey, "publish", pending, c.now);
  return { text: `发布预览（尚未发送）：\n${text}\n\n回复“确认发布”发送，回复 /cancel 放弃（1小时内有效）。`, allowed: true, detail };
}

/** "确认发布": publishes exactly what the preview showed; a selection changed since then is previewed again. */
export async function confirmPublish(c: CommandContext, role: Role, _arg: string) {
  const reply = (text: string, extra?: Enqueue[]) => ({ replies: [{ text }], extra });
  const p = await takePending<PendingPublish>(c.tx, c.userKey, "publish", c.now, PENDING_PUBLISH_MS);
  if (!p) return reply("没有等待确认的发布：请先发送 /publish 查看预览。");
  await audit(c.tx, { actor: c.userKey, action: "publish.confirm", allowed: true, at: c.now, detail: { classIds: p.payload.classIds } });
  const classIds = p.payload.classIds.filter((id) => mayActOn(role, id));
  if (!classIds.length) return reply("您已无权发布预览中的班次，未发送。");
  const open = registrationStillOpen(c.programme, c.now);
  if (open && !p.payload.force) return reply(open);
  const check = await publishSelection(c.tx, { programme: c.programme, classIds, actor: c.userKey, now: c.now, dryRun: true });
  const moved = check.classes.filter((x) => x.skipped || x.fingerprint !== p.payload.fingerprints[x.classId]);
  if (moved.length) {
    const again = await previewPublish(c, classIds, p.payload.force);
    return reply(`预览之后数据有变化（${moved.map((x) => x.classId).join("、")}），未发送。新的预览：\n${again.text}`);
  }
  const r = await publishSelection(c.tx, { programme: c.programme, classIds, actor: c.userKey, now: c.now });
  await dropPending(c.tx, c.userKey, "publish");
  await audit(c.tx, {
    actor: c.userKey, action: "publish", target: classIds.join(","), allowed: true, at: c.now,
    detail: { confirmed: true, force: p.payload.force, runs: r.classes.map((x) => ({ classId: x.classId, runId: x.runId, reused: x.reused, queued: x.groupMessages + x.privateMessages })) },
  });
  return reply(publishedText(c.programme, r.classes), r.items);
}
