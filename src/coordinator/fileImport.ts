import type { CommandContext } from "../engine/engine.js";
import type { Db } from "../store/db.js";
import type { InboundFile } from "../channels/types.js";
import { IMPORT_KINDS, runImport, type ImportKind, type ImportReport } from "../imports/run.js";
import { formatReading } from "../imports/reading.js";
import { TableError } from "../imports/read.js";
import { dropPending, PENDING_KEPT_MS, savePending, takePending } from "../store/pending.js";
import { audit } from "./audit.js";
import { roleOf, type Role } from "./roles.js";
import { linesOfOtherClasses, otherClassesText } from "./importScope.js";

/** How long a file waits for "确认导入". */
export const PENDING_IMPORT_MS = PENDING_KEPT_MS;

export const KIND_NAMES: Record<ImportKind, string> = { registrations: "问卷（报名）", attendance: "直播考勤", quiz: "在线测试成绩" };
const KIND_WORDS: [RegExp, ImportKind][] = [
  [/^(问卷|报名|报名表|registrations?)/i, "registrations"],
  [/^(考勤|学时|直播|观看|attendance)/i, "attendance"],
  [/^(测试|成绩|考试|quiz)/i, "quiz"],
];

interface PendingImport {
  fileName: string;
  /** null: the headers fit more than one kind, and the coordinator is asked which. */
  kind: ImportKind | null;
  candidates: ImportKind[];
  maxScore?: number;
}

type Reply = { replies: { text: string }[] };
const reply = (text: string): Reply => ({ replies: [{ text }] });

/** A spreadsheet by its name or content (XLSX is a zip); a PDF or a photo stays the trainee's receipt. */
export function isSpreadsheet(f: InboundFile): boolean {
  const zip = f.bytes[0] === 0x50 && f.bytes[1] === 0x4b;
  return /\.(xlsx|xlsm|csv|txt)$/i.test(f.name) || (zip && !/\.(docx|pptx|zip)$/i.test(f.name));
}

// the import runs in a savepoint of this turn's transaction: a dry run rolls back only itself
const asDb = (c: CommandContext) => c.tx as unknown as Db;

async function dryRun(c: CommandContext, f: { name: string; bytes: Uint8Array }, kind: ImportKind, maxScore?: number) {
  try {
    const report = await runImport(asDb(c), { kind, bytes: f.bytes, fileName: f.name, programme: c.programme, now: c.now, actor: c.userKey, maxScore, dryRun: true });
    return { kind, report };
  } catch (e) {
    if (e instanceof TableError) return { kind, error: e.message };
    throw e;
  }
}

const CONFIRM_HINT = "回复“确认导入”写入数据库，回复“取消导入”放弃（24小时内有效）。";

/** A coordinator's file in a private chat: every kind it could be is read in a dry run; nothing is written yet. */
export async function receiveImportFile(c: CommandContext, role: Role, f: InboundFile): Promise<Reply> {
  // one after another: each dry run is a savepoint on this turn's one connection
  const tries: Awaited<ReturnType<typeof dryRun>>[] = [];
  for (const k of IMPORT_KINDS) tries.push(await dryRun(c, f, k));
  const fits = tries.filter((t): t is { kind: ImportKind; report: ImportReport } => "report" in t && t.report !== undefined);
  await audit(c.tx, { actor: c.userKey, action: "import.file", target: f.name, allowed: true, at: c.now, detail: { role: role.kind, fits: fits.map((t) => t.kind), size: f.bytes.byteLength } });
  if (!fits.length) {
    const why = tries.map((t) => `  ${KIND_NAMES[t.kind]}：${"error" in t ? t.error : "读不出"}`).join("\n");
    return reply(`没能把“${f.name}”读成问卷、考勤或测试成绩，未导入：\n${why}\n请发送问卷平台、直播平台或测试平台导出的原始表格（XLSX 或 CSV）。`);
  }
  const already = fits.find((t) => t.report.alreadyImported);
  if (already) return reply(`“${f.name}”（内容相同）已作为${KIND_NAMES[already.kind]}导入过，未作改动。`);
  // a kind that reads no row at all is no real fit when another one does
  const useful = fits.filter((t) => t.report.reading.accepted > 0);
  const chosen = useful.length === 1 ? useful : fits.length === 1 ? fits : useful.length ? useful : fits;
  const pending: PendingImport = { fileName: f.name, kind: chosen.length === 1 ? chosen[0]!.kind : null, candidates: chosen.map((t) => t.kind) };
  if (pending.kind === "registrations") {
    const other = await linesOfOtherClasses(f.bytes, c.programme, role, c.now);
    if (other) {
      await audit(c.tx, { actor: c.userKey, action: "import.file", target: f.name, allowed: false, at: c.now, detail: { error: "otherClass", lines: other.lines.length } });
      return reply(otherClassesText(c.programme, role, other));
    }
  }
  await savePending(c.tx, c.userKey, "import", pending, c.now, f.bytes);
  if (pending.kind) {
    return reply(`收到${KIND_NAMES[pending.kind]}文件，尚未导入。读到的内容：\n${formatReading(chosen[0]!.report.reading).trimEnd()}\n${CONFIRM_HINT}`);
  }
  const each = chosen.map((t) => `【按${KIND_NAMES[t.kind]}读】\n${formatReading(t.report.reading).trimEnd()}`).join("\n\n");
  const ask = chosen.map((t) => `“确认导入 ${KIND_NAMES[t.kind].slice(0, 2)}”`).join("或");
  return reply(`收到“${f.name}”，它的表头既像${chosen.map((t) => KIND_NAMES[t.kind]).join("也像")}，尚未导入。\n${each}\n请回复${ask}，或“取消导入”。`);
}

function kindOf(arg: string): ImportKind | undefined {
  return KIND_WORDS.find(([re]) => re.test(arg.trim()))?.[1];
}

function resultText(r: ImportReport): string {
  if (r.alreadyImported) return `“${r.fileName}”（内容相同）已导入过，未作改动。`;
  const head = r.kind === "registrations"
    ? `已导入“${r.fileName}”：共${r.rows}行，新增报名${r.imported}人，更新${r.updated}人，拒绝${r.refused.length}行。`
    : `已导入“${r.fileName}”：共${r.rows}行，计入${r.imported}条${r.kind === "quiz" ? "测试成绩" : "观看记录"}，拒绝${r.refused.length}行。`;
  const lines = [head];
  if (r.refused.length) lines.push(...r.refused.slice(0, 10).map((i) => `  第${i.line}行：${i.reason}`), ...(r.refused.length > 10 ? [`  ……另有${r.refused.length - 10}行`] : []));
  if (r.notes.length) lines.push(`说明${r.notes.length}条，例如：第${r.notes[0]!.line}行 ${r.notes[0]!.reason}`);
  lines.push("发送 /stats 查看各班次人数，/名单 取得按当前数据计算的遴选名单。");
  return lines.join("\n");
}

/** "确认导入 [问卷|考勤|测试] [满分100]": the pending file is imported for real, in this turn's transaction. */
export async function confirmImport(c: CommandContext, arg: string): Promise<Reply> {
  const p = await takePending<PendingImport>(c.tx, c.userKey, "import", c.now, PENDING_IMPORT_MS);
  if (!p || !p.bytes) return reply("没有等待确认的文件：请先把问卷、考勤或测试成绩的导出表格（XLSX 或 CSV）私聊发给我。");
  const named = arg ? kindOf(arg) : undefined;
  const kind = named ?? p.payload.kind;
  if (!kind) {
    return reply(`“${p.payload.fileName}”可以读作${p.payload.candidates.map((k) => KIND_NAMES[k]).join("或")}：请回复 ${p.payload.candidates.map((k) => `“确认导入 ${KIND_NAMES[k].slice(0, 2)}”`).join(" 或 ")}。`);
  }
  const role = await roleOf(c.tx, c.userKey);
  const other = kind === "registrations" && role ? await linesOfOtherClasses(p.bytes, c.programme, role, c.now) : undefined;
  if (other && role) return reply(otherClassesText(c.programme, role, other));
  const max = /满分\s*(\d+(?:\.\d+)?)/.exec(arg)?.[1];
  let report: ImportReport;
  try {
    report = await runImport(asDb(c), {
      kind, bytes: p.bytes, fileName: p.payload.fileName, programme: c.programme, now: c.now, actor: c.userKey, maxScore: max ? Number(max) : undefined,
    });
  } catch (e) {
    if (!(e instanceof TableError)) throw e;
    return reply(`“${p.payload.fileName}”不能作为${KIND_NAMES[kind]}导入：${e.message}`);
  }
  await dropPending(c.tx, c.userKey, "import");
  return reply(resultText(report));
}

export async function cancelImport(c: CommandContext): Promise<Reply> {
  const n = await dropPending(c.tx, c.userKey, "import");
  return reply(n ? "已放弃这个文件，什么也没有导入。" : "没有等待确认的文件。");
}
