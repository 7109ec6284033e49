import { and, eq } from "drizzle-orm";
import type { CommandContext } from "../engine/engine.js";
import type { Enqueue } from "../outbox/store.js";
import { groups } from "../store/schema.js";
import { classById } from "../programme/lookup.js";
import { parseMobile } from "../domain/validators.js";
import { parseUserKey } from "../channels/types.js";
import { checkIdentity } from "./identity.js";
import { loadSelectionInputs } from "../selection/load.js";
import { ruleOf, selectTrainees } from "../selection/rule.js";
import { previewText } from "../selection/preview.js";
import { FORCE_WORDS, previewPublish } from "./publishPreview.js";
import { selectionFile } from "./sheetFiles.js";
import { classStats, statsText } from "./stats.js";
import { mask, moveRegistration, registrationClass } from "./move.js";
import { classList, findClassLoose } from "./parse.js";
import { mayActOn, type Role } from "./roles.js";

export interface ActionContext extends CommandContext {
  role: Role;
  args: string[];
}

/** What an action answers and what the audit log keeps of it. */
export interface Outcome {
  text: string;
  allowed: boolean;
  target?: string;
  detail?: Record<string, unknown>;
  extra?: Enqueue[];
}

const refuse = (text: string, detail: Record<string, unknown>, target?: string): Outcome => ({ text, allowed: false, detail, target });
const className = (c: ActionContext, id: string) => classById(c.programme, id)?.name.zh ?? id;
const own = (c: ActionContext) => (c.role.kind === "class" ? className(c, c.role.classId) : "全部班次");

/** The class the group a command is run in is bound to (none in a private chat or an unbound group). */
async function groupClass(c: ActionContext): Promise<string | undefined> {
  if (!c.msg.group) return undefined;
  const [g] = await c.tx.select({ classId: groups.classId }).from(groups).where(and(eq(groups.channel, c.msg.channel), eq(groups.chatId, c.msg.group.id)));
  return g?.classId ?? undefined;
}

/**
 * The classes a command covers: the one named, else the group's class, else the coordinator's own (or all).
 * In a group bound to a class, a command acts on that class only, and only for a coordinator allowed to act on it.
 */
export async function scope(c: ActionContext, arg: string | undefined): Promise<{ classIds: string[] } | { refused: Outcome }> {
  const bound = await groupClass(c);
  if (bound && !mayActOn(c.role, bound)) {
    return { refused: refuse(`本群绑定的是${className(c, bound)}，您是${own(c)}的联络员，不能在本群操作。`, { error: "otherClass", groupClass: bound }, bound) };
  }
  if (arg) {
    const cls = findClassLoose(c.programme, arg);
    if (!cls) return { refused: refuse(`没有“${arg}”这个班次。可用：${classList(c.programme)}`, { error: "unknownClass", arg }) };
    if (!mayActOn(c.role, cls.id)) return { refused: refuse(`您是${own(c)}的联络员，不能操作${cls.name.zh}。`, { error: "otherClass" }, cls.id) };
    if (bound && bound !== cls.id) {
      const why = `本群绑定的是${className(c, bound)}，在本群不能操作${cls.name.zh}：请私聊机器人发送，或到该班次的群里发送。`;
      return { refused: refuse(why, { error: "groupOfOtherClass", groupClass: bound }, cls.id) };
    }
    return { classIds: [cls.id] };
  }
  if (bound) return { classIds: [bound] };
  if (c.role.kind === "class") return { classIds: [c.role.classId] };
  return { classIds: c.programme.classes.map((x) => x.id) };
}

const privateOnly = (what: string) => refuse(`为保护学员个人信息，${what}请私聊机器人发送。`, { error: "groupChat" });

export async function bind(c: ActionContext): Promise<Outcome> {
  if (!c.msg.group) return refuse("请在要绑定的班级群里发送 /bind 班次，例如 /bind wuhan。", { error: "privateChat" });
  const arg = c.args[0] ?? (c.role.kind === "class" ? c.role.classId : undefined);
  if (!arg) return refuse(`请说明要绑定的班次，例如 /bind wuhan。可用：${classList(c.programme)}`, { error: "usage" });
  const cls = findClassLoose(c.programme, arg);
  if (!cls) return refuse(`没有“${arg}”这个班次。可用：${classList(c.programme)}`, { error: "unknownClass", arg });
  if (!mayActOn(c.role, cls.id)) return refuse(`您是${own(c)}的联络员，不能操作${cls.name.zh}。`, { error: "otherClass" }, cls.id);
  const bound = await groupClass(c);
  // the next /publish of the old class would post its list here: only the provincial office may move a group
  if (bound && bound !== cls.id && c.role.kind !== "provincial") {
    return refuse(`本群已绑定到${className(c, bound)}。改绑到其他班次须由省知识产权局的联络员操作。`, { error: "rebindNeedsProvincial", groupClass: bound }, cls.id);
  }
  const classId = cls.id;
  await c.tx
    .update(groups)
    .set({ classId, boundBy: c.userKey })
    .where(and(eq(groups.channel, c.msg.channel), eq(groups.chatId, c.msg.group.id)));
  const moved = bound && bound !== classId ? `（原绑定${className(c, bound)}）` : "";
  return { text: `本群已绑定到${className(c, classId)}${moved}：遴选名单将发布到本群。`, allowed: true, target: classId, detail: { group: c.msg.group.id, ...(moved ? { from: bound } : {}) } };
}

export async function stats(c: ActionContext): Promise<Outcome> {
  const s = await scope(c, c.args[0]);
  if ("refused" in s) return s.refused;
  return { text: statsText(c.programme, await classStats(c.tx, c.programme, s.classIds)), allowed: true, target: s.classIds.join(",") };
}

export async function select(c: ActionContext): Promise<Outcome> {
  if (c.msg.group) return privateOnly("遴选预览含姓名和得分，");
  const s = await scope(c, c.args[0]);
  if ("refused" in s) return s.refused;
  const texts: string[] = [];
  for (const classId of s.classIds) {
    const rows = selectTrainees(await loadSelectionInputs(c.tx, classId), ruleOf(c.programme));
    texts.push(previewText(c.programme, classId, rows));
  }
  // the whole list as a spreadsheet, beside the top of it as text
  return { text: texts.join("\n\n"), allowed: true, target: s.classIds.join(","), extra: [await selectionFile(c, s.classIds)] };
}

export async function publish(c: ActionContext): Promise<Outcome> {
  const force = c.args.some((a) => FORCE_WORDS.test(a));
  const args = c.args.filter((a) => !FORCE_WORDS.test(a));
  const s = await scope(c, args[0]);
  if ("refused" in s) return s.refused;
  const r = await previewPublish(c, s.classIds, force);
  return { text: r.text, allowed: r.allowed, target: s.classIds.join(","), detail: r.detail };
}

export async function move(c: ActionContext): Promise<Outcome> {
  if (c.msg.group) return privateOnly("转移报名含手机号，");
  // a mobile may be typed with spaces ("138 0013 8000"): the identity is the argument with a colon
  const keyAt = c.args.findIndex((a) => a.includes(":"));
  const rawKey = keyAt >= 0 ? c.args[keyAt] : undefined;
  const rawMobile = c.args.filter((_, i) => i !== keyAt).join("") || undefined;
  const usage = "用法：/move 手机号 新账号，例如 /move 13800138000 telegram:123456789";
  const mobile = rawMobile ? parseMobile(rawMobile) : undefined;
  const checked = rawKey ? checkIdentity(rawKey) : undefined;
  if (checked && !checked.ok) return refuse(`${checked.error}。${usage}`, { error: "usage", args: c.args });
  const to = checked?.ok ? parseUserKey(checked.value) : undefined;
  if (!mobile?.ok || !to) return refuse(`${mobile && !mobile.ok ? `${mobile.error}。` : ""}${usage}`, { error: "usage", args: c.args });
  const target = `${to.channel}:${to.userId}`;
  const classId = await registrationClass(c.tx, mobile.value);
  if (!classId) return refuse(`没有找到手机号为${mask(mobile.value)}的报名。`, { error: "notFound" }, mobile.value);
  if (!mayActOn(c.role, classId)) return refuse(`该报名属于${className(c, classId)}，您是${own(c)}的联络员，不能转移。`, { error: "otherClass", classId }, mobile.value);
  const r = await moveRegistration(c.tx, mobile.value, target, c.now);
  if (!r.ok) {
    const why = { notFound: "没有找到该报名。", sameIdentity: "该报名已经属于这个账号。", targetHasRegistration: `账号 ${target} 已有自己的报名，请先让其取消，或转移另一条报名。` }[r.reason];
    return refuse(why, { error: r.reason, to: target }, mobile.value);
  }
  return {
    text: `已将手机号${mask(mobile.value)}的报名（${className(c, classId)}）从 ${r.from ?? "导入记录"} 转到 ${target}，回执和对话进度一并转移。`,
    allowed: true, target: mobile.value, detail: { from: r.from, to: target, classId }, extra: r.notify ? [r.notify] : [],
  };
}
