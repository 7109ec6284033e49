import type { CommandContext, CommandHandler } from "../engine/engine.js";
import type { Tx } from "../store/db.js";
import { audit } from "../coordinator/audit.js";
import { roleOf } from "../coordinator/roles.js";
import { announceOffline } from "../reminders/announce.js";
import { AUDIENCE_HELP, describeAudience, parseAudience, scopeAudience, type BroadcastKind } from "./audience.js";
import { confirmBroadcast, draftBroadcast } from "./create.js";
import { progressOf, progressText } from "./progress.js";
import { previewText } from "./preview.js";
import { ANNOUNCE_USAGE, parseOfflineArgs } from "../coordinator/announceArgs.js";

const COMMAND = /^[/／](broadcast|confirm|announce)(?:@\w+)?(?:\s+([\s\S]*))?$/i;
const KINDS: Record<string, BroadcastKind> = { news: "news", 资讯: "news", notice: "notice", 通知: "notice" };

const USAGE = [
  "群发：/broadcast [news] <对象> <内容>",
  `对象：${AUDIENCE_HELP}`,
  "例：/broadcast class wuhan 明天上午9点直播开班，请提前进入直播间。",
  "进度：/broadcast status <编号>",
  "公布线下培训：/announce offline [班次] 7月5日 武汉市某某酒店",
].join("\n");

const NOT_A_COORDINATOR = "这是培训班联络员专用的命令，您的账号没有联络员权限。";

/** /broadcast, /confirm, /announce: coordinators only, in a private chat; every attempt is audited. */
export const broadcastCommands: CommandHandler = async (c) => {
  const m = COMMAND.exec(c.text.trim());
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  const rest = (m[2] ?? "").trim();
  const role = await roleOf(c.tx, c.userKey);
  const refuse = async (error: string, text: string) => {
    await audit(c.tx, { actor: c.userKey, action: name, allowed: false, detail: { error, args: rest.slice(0, 200) }, at: c.now });
    return { replies: [{ text }] };
  };
  if (!role) return refuse("notCoordinator", NOT_A_COORDINATOR);
  if (c.msg.group) return refuse("inGroup", "请私聊机器人使用群发和公布命令，预览不宜发在群里。");
  const coordinatorClass = role.kind === "class" ? role.classId : null;
  if (name === "confirm") return confirm(c, rest, coordinatorClass);
  if (name === "announce") return announce(c, rest, coordinatorClass);
  const status = /^(status|进度)\s+#?(\d+)$/i.exec(rest);
  if (status) return reply(await statusText(c.tx, Number(status[2]), c.userKey, coordinatorClass, c.now));
  return draft(c, rest, coordinatorClass);
};

const reply = (text: string) => ({ replies: [{ text }] });

async function draft(c: CommandContext, rest: string, coordinatorClass: string | null) {
  let body = rest;
  const take = () => {
    const t = /^(\S+)\s*/.exec(body);
    body = t ? body.slice(t[0].length) : body;
    return t?.[1];
  };
  let word = take();
  const kind = word ? KINDS[word.toLowerCase()] : undefined;
  if (kind) word = take();
  // the chat form "class wuhan" is the command line's "class:wuhan"
  if (word && /^(class|班次)$/i.test(word)) word = `${word}:${take() ?? ""}`;
  if (!word || !body.trim()) return reply(USAGE);
  const parsed = parseAudience(word, c.programme);
  if (!parsed.ok) return reply(`${parsed.error}\n\n${USAGE}`);
  const scoped = scopeAudience(parsed.value, coordinatorClass);
  if (!scoped.ok) {
    await audit(c.tx, { actor: c.userKey, action: "broadcast.draft", allowed: false, detail: { audience: word, error: scoped.error }, at: c.now });
    return reply(scoped.error);
  }
  const request = { actor: c.userKey, audience: scoped.value, kind: kind ?? ("notice" as const), text: body.trim(), now: c.now, programme: c.programme, coordinatorClass };
  const d = await draftBroadcast(c.tx, request);
  if (!d.ok) return reply(d.error);
  return reply(previewText({ ...request, id: d.value.id, resolved: d.value.resolved, audienceText: describeAudience(scoped.value, c.programme) }));
}

async function confirm(c: CommandContext, rest: string, coordinatorClass: string | null) {
  const id = /^#?(\d+)$/.exec(rest)?.[1];
  if (!id) return reply("请写上群发编号，如 /confirm 12");
  const r = await confirmBroadcast(c.tx, Number(id), c.userKey, c.now, c.programme, coordinatorClass);
  if (!r.ok) return reply(r.error);
  return reply(`群发 #${id} 已开始发送，共 ${r.value.total} 人。发送 /broadcast status ${id} 查看进度；发完后报告会发给您。`);
}

async function statusText(tx: Tx, id: number, userKey: string, coordinatorClass: string | null, now: Date): Promise<string> {
  const p = await progressOf(tx, id);
  // a class coordinator sees their own broadcasts; the provincial office sees all
  if (!p || (coordinatorClass !== null && p.createdBy !== userKey)) return `没有您可查看的群发 #${id}。`;
  return progressText(p, now);
}

async function announce(c: CommandContext, rest: string, coordinatorClass: string | null) {
  const m = /^(?:offline|线下)\s+([\s\S]+)$/i.exec(rest);
  if (!m) return reply(ANNOUNCE_USAGE);
  const args = parseOfflineArgs(m[1]!, c.programme);
  if (!args.ok) return reply(args.error);
  const { classId, startDate, place } = args.value;
  const r = await announceOffline(c.tx, { actor: c.userKey, coordinatorClass, classId, startDate, place, now: c.now, programme: c.programme });
  if (!r.ok) return reply(r.error);
  const f = r.value.fired;
  const told = f?.broadcastId ? `已通知入选学员 ${f.total} 人（群发 #${f.broadcastId}，发完后报告会发给您）。` : `暂无可通知的入选学员${f?.note ? `（${f.note}）` : ""}。`;
  return reply(`已公布线下培训安排：${startDate} 起，${place.trim()}。机器人的答复随之更新。\n${told}`);
}
broadcastCommands.slash = (text) => COMMAND.test(text.trim());
