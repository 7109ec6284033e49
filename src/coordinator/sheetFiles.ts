import type { CommandContext } from "../engine/engine.js";
import type { Db } from "../store/db.js";
import type { Enqueue } from "../outbox/store.js";
import { loadRoster } from "../store/roster.js";
import { loadSelectionInputs } from "../selection/load.js";
import { ruleOf, selectTrainees } from "../selection/rule.js";
import { selectionXlsx } from "../selection/format.js";
import { rosterClass, rosterSheets } from "../sheets/roster.js";
import { writeXlsx, XLSX_MIME } from "../sheets/index.js";
import { exportFileName } from "../sheets/names.js";

type Payload = Enqueue["payload"];

/** A spreadsheet to the coordinator's own chat; the outbox keeps the bytes as base64 (as the publish attachment). */
export function fileTo(c: CommandContext, name: string, bytes: Uint8Array, text: string): Enqueue {
  const file = { name, bytes: Buffer.from(bytes).toString("base64"), mime: XLSX_MIME } as unknown as Payload["file"];
  return { channel: c.msg.channel, chatId: c.msg.group?.id ?? c.msg.userId, chatKind: c.msg.group ? "group" : "user", payload: { text, file } };
}

const scopeName = (classIds: readonly string[], all: number) => (classIds.length === 1 ? classIds[0] : classIds.length === all ? undefined : classIds[0]);

/** The selection as it would be published now, one sheet per class plus a summary. */
export async function selectionFile(c: CommandContext, classIds: readonly string[]): Promise<Enqueue> {
  const db = c.tx as unknown as Db;
  const single = classIds.length === 1 ? classIds[0] : undefined;
  const rows = selectTrainees(await loadSelectionInputs(db, single), ruleOf(c.programme)).filter((r) => classIds.includes(r.classId));
  const name = exportFileName(c.programme, "遴选名单", scopeName(classIds, c.programme.classes.length), c.now, "xlsx");
  return fileTo(c, name, await selectionXlsx(c.programme, rows, classIds), `${name}（按当前数据计算，未发布）`);
}

/** The roster of registrations, one sheet per class plus a summary. */
export async function rosterFile(c: CommandContext, classIds: readonly string[]): Promise<Enqueue> {
  const db = c.tx as unknown as Db;
  const rows = (await loadRoster(db, classIds.length === 1 ? classIds[0] : undefined)).filter((r) => classIds.includes(rosterClass(r)));
  const name = exportFileName(c.programme, "报名名单", scopeName(classIds, c.programme.classes.length), c.now, "xlsx");
  return fileTo(c, name, await writeXlsx(rosterSheets(c.programme, rows, classIds)), `${name}（共${rows.length}人）`);
}
