import type { CommandHandler } from "../engine/engine.js";
import { audit } from "./audit.js";
import { bind, move, publish, select, stats, type ActionContext, type Outcome } from "./actions.js";
import { parseCommand, type CoordinatorCommand } from "./parse.js";
import { roleOf } from "./roles.js";

const ACTIONS: Record<CoordinatorCommand, (c: ActionContext) => Promise<Outcome>> = { bind, stats, select, publish, move };

const NOT_A_COORDINATOR =
  "这是培训班联络员专用的命令，您的账号没有联络员权限。报名请私聊机器人发送“报名”；如您是联络员，请联系省知识产权局为您开通。";

/** /bind, /stats, /select, /publish, /move: for coordinators only; every attempt, refused or not, is audited. */
export const coordinatorCommands: CommandHandler = async (c) => {
  const cmd = parseCommand(c.text);
  if (!cmd) return undefined;
  const where = c.msg.group ? { chat: "group", group: c.msg.group.id } : { chat: "private" };
  const role = await roleOf(c.tx, c.userKey);
  if (!role) {
    await audit(c.tx, { actor: c.userKey, action: cmd.name, allowed: false, detail: { ...where, error: "notCoordinator", args: cmd.args }, at: c.now });
    return { replies: [{ text: NOT_A_COORDINATOR }] };
  }
  const out = await ACTIONS[cmd.name]({ ...c, role, args: cmd.args });
  await audit(c.tx, { actor: c.userKey, action: cmd.name, target: out.target, allowed: out.allowed, detail: { ...where, ...out.detail }, at: c.now });
  return { replies: [{ text: out.text }], extra: out.extra };
};
coordinatorCommands.slash = (text) => parseCommand(text) !== undefined;
