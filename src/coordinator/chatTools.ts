import type { CommandContext, CommandHandler } from "../engine/engine.js";
import { normaliseText } from "../domain/validators.js";
import { classById } from "../programme/lookup.js";
import { dropPending } from "../store/pending.js";
import { audit } from "./audit.js";
import { scope } from "./actions.js";
import { roleOf, type Role } from "./roles.js";
import { cancelImport, confirmImport, isSpreadsheet, receiveImportFile } from "./fileImport.js";
import { rosterFile, selectionFile } from "./sheetFiles.js";
import { confirmPublish } from "./publishPreview.js";

const SHEETS = /^[/／](名单|导出|roster)(?:@\w+)?(?:\s+(.*))?$/i;
const WHOAMI = /^[/／](whoami|我是谁)(?:@\w+)?$/i;
const CANCEL = /^[/／]cancel(?:@\w+)?$/i;
const CONFIRM_IMPORT = /^(?:确认导入|[/／]import_confirm)(?:@\w+)?\s*(.*)$/;
const CANCEL_IMPORT = /^(?:取消导入|放弃导入)$/;
const CONFIRM_PUBLISH = /^(?:确认发布|[/／]publish_confirm)(?:@\w+)?\s*(.*)$/;

const HELP = /^(?:[/／]help(?:@\w+)?|联络员帮助)$/i;
const COORDINATOR_HELP = [
  "联络员命令：",
  "· 发送问卷、直播考勤或测试成绩的导出表格（XLSX/CSV）：先看读取结果，回复“确认导入”才写入",
  "· /stats [班次]：各班次报名、回执、资格人数",
  "· /select 或 /名单 [班次]：遴选预览和名单表格（Excel）；/导出 或 /roster [班次]：报名名单表格",
  "· /publish [班次] [强制]：发布遴选名单，先预览，回复“确认发布”才发送",
  "· /bind 班次：在班级群里绑定班次",
  "· /broadcast 对象 内容：群发（先预览）；/announce offline [班次] 7月5日 地点：公布线下培训",
  "· /move 手机号 账号：把报名转到学员的新账号",
  "· /cancel：取消等待确认的导入或发布；/whoami：我的账号和身份",
  "班次可写编号或名称（wuhan、武汉、宜昌班）。报名相关的帮助请发送“帮助”。",
].join("\n");

const roleText = (c: CommandContext, role: Role | undefined) =>
  !role ? "不是联络员（学员账号）" : role.kind === "provincial" ? "省级联络员（全部班次）" : `${classById(c.programme, role.classId)?.name.zh ?? role.classId}联络员`;

function whoami(c: CommandContext, role: Role | undefined) {
  const lines = [`您的账号：${c.userKey}`, `身份：${roleText(c, role)}`];
  if (c.msg.group) lines.push(`本群：${c.msg.channel}:${c.msg.group.id}`);
  if (!role) lines.push(`开通联络员：请把上面的账号发给省知识产权局，由管理员在服务器上运行 npm run -s cli -- coordinators add ${c.userKey} [--class 班次]`);
  return { replies: [{ text: lines.join("\n") }] };
}

/**
 * The coordinator's tools that work with files and confirmations: a spreadsheet sent privately is read for an
 * import, "确认导入"/"确认发布" carry out what was previewed, /名单 and /导出 send XLSX files; /whoami for anyone.
 */
export const coordinatorChatTools: CommandHandler = async (c) => {
  if (c.file) {
    if (c.msg.group || !isSpreadsheet(c.file)) return undefined;
    const role = await roleOf(c.tx, c.userKey);
    // a trainee's file is their receipt, whatever it is
    return role ? receiveImportFile(c, role, c.file) : undefined;
  }
  const t = normaliseText(c.text).trim();
  if (WHOAMI.test(t)) return whoami(c, await roleOf(c.tx, c.userKey));
  // a coordinator's /help lists their tools; a trainee's (and 帮助) stays the conversation's
  if (HELP.test(t) && !c.msg.group && (await roleOf(c.tx, c.userKey))) return { replies: [{ text: COORDINATOR_HELP }] };
  const sheets = SHEETS.exec(t);
  const confirmImp = CONFIRM_IMPORT.exec(t);
  const confirmPub = CONFIRM_PUBLISH.exec(t);
  const cancel = CANCEL.test(t) || CANCEL_IMPORT.test(t);
  if (!sheets && !confirmImp && !confirmPub && !cancel) return undefined;
  const role = await roleOf(c.tx, c.userKey);
  if (!role) {
    // /cancel and the confirmations belong to the trainee's conversation when they are not a coordinator's
    if (!sheets) return undefined;
    await audit(c.tx, { actor: c.userKey, action: sheets[1]!, allowed: false, at: c.now, detail: { error: "notCoordinator" } });
    return { replies: [{ text: "这是培训班联络员专用的命令，您的账号没有联络员权限。" }] };
  }
  if (cancel) {
    if (CANCEL_IMPORT.test(t)) return cancelImport(c);
    const n = await dropPending(c.tx, c.userKey);
    return n ? { replies: [{ text: "已取消等待确认的操作（导入或发布），什么也没有写入或发送。" }] } : undefined;
  }
  if (confirmImp) {
    if (c.msg.group) return { replies: [{ text: "请在私聊中确认导入。" }] };
    return confirmImport(c, confirmImp[1] ?? "");
  }
  if (confirmPub) return confirmPublish(c, role, confirmPub[1] ?? "");
  const action = /名单/.test(sheets![1]!) ? "sheet.selection" : "sheet.roster";
  if (c.msg.group) {
    await audit(c.tx, { actor: c.userKey, action, allowed: false, at: c.now, detail: { error: "groupChat" } });
    return { replies: [{ text: "名单文件含手机号和得分：请私聊机器人发送。" }] };
  }
  const s = await scope({ ...c, role, args: sheets![2] ? [sheets![2]] : [] }, sheets![2]?.trim() || undefined);
  if ("refused" in s) {
    await audit(c.tx, { actor: c.userKey, action, allowed: false, target: s.refused.target, at: c.now, detail: s.refused.detail });
    return { replies: [{ text: s.refused.text }] };
  }
  const file = action === "sheet.selection" ? await selectionFile(c, s.classIds) : await rosterFile(c, s.classIds);
  await audit(c.tx, { actor: c.userKey, action, target: s.classIds.join(","), allowed: true, at: c.now });
  return { replies: [], extra: [file] };
};
// its words without a slash must reach it rather than be taken for a form answer
coordinatorChatTools.claims = (text) => {
  const t = normaliseText(text).trim();
  return CONFIRM_IMPORT.test(t) || CANCEL_IMPORT.test(t) || CONFIRM_PUBLISH.test(t);
};
// the slash commands it answers (see the handler above): any other takes the conversation's quick path
coordinatorChatTools.slash = (text) => {
  const t = normaliseText(text).trim();
  return [SHEETS, WHOAMI, CANCEL, CONFIRM_IMPORT, CONFIRM_PUBLISH, HELP].some((re) => re.test(t));
};
