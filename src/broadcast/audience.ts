import type { Programme } from "../programme/schema.js";
import { classById, findClass } from "../programme/lookup.js";
import { findClassLoose } from "../coordinator/parse.js";
import { err, ok, type Result } from "../domain/result.js";

/** Who a broadcast goes to; trainee audiences may be narrowed to one class. */
export const TRAINEE_AUDIENCES = ["all", "registered", "started", "selected", "notSelected", "noReceipt"] as const;
export type TraineeAudience = (typeof TRAINEE_AUDIENCES)[number];

export type Audience =
  | { kind: TraineeAudience; classId?: string }
  | { kind: "class"; classId: string }
  | { kind: "group"; channel: string; chatId: string };

export const BROADCAST_KINDS = ["notice", "news"] as const;
export type BroadcastKind = (typeof BROADCAST_KINDS)[number];

const NAMES: Record<string, TraineeAudience | "class" | "group"> = {
  all: "all", 全部: "all", 所有: "all",
  registered: "registered", 已报名: "registered", 已提交: "registered",
  started: "started", 未提交: "started", 未完成: "started",
  selected: "selected", 入选: "selected", 已入选: "selected",
  "not-selected": "notSelected", notselected: "notSelected", 未入选: "notSelected",
  "no-receipt": "noReceipt", noreceipt: "noReceipt", 未交回执: "noReceipt",
  class: "class", 班次: "class",
  group: "group", 群: "group",
};

export const AUDIENCE_HELP = "all | class:<班次> | registered | started | selected | not-selected | no-receipt | group:<渠道>:<群ID>；除 group 外都可加 :<班次> 只发一个班";

/** Reads `registered`, `class:wuhan`, `selected:武汉班`, `group:telegram:-100123`. */
export function parseAudience(text: string, p: Programme): Result<Audience> {
  const [head = "", ...rest] = text.trim().split(":");
  const kind = NAMES[head.toLowerCase()];
  if (!kind) return err(`不认识的发送对象“${text}”。可用：${AUDIENCE_HELP}`);
  if (kind === "group") {
    const [channel, ...id] = rest;
    if (!channel || !id.length) return err("群的写法：group:<渠道>:<群ID>，如 group:telegram:-100123");
    return ok({ kind, channel, chatId: id.join(":") });
  }
  const classText = rest.join(":");
  if (!classText) return kind === "class" ? err(`请写明班次，如 class:${p.classes[0]!.id}`) : ok({ kind });
  const cls = classById(p, classText) ?? findClass(p, classText) ?? findClassLoose(p, classText);
  if (!cls) return err(`不认识的班次“${classText}”。可用：${p.classes.map((c) => c.id).join("、")}`);
  return ok({ kind, classId: cls.id });
}

/**
 * What a coordinator may send to: the provincial office anyone; a class's coordinator only that class, so their
 * trainee audiences are narrowed to it. A group's class is checked against the database later.
 */
export function scopeAudience(a: Audience, coordinatorClass: string | null): Result<Audience> {
  if (coordinatorClass === null || a.kind === "group") return ok(a);
  if (a.classId && a.classId !== coordinatorClass) return err(`您是 ${coordinatorClass} 班的联络员，只能向本班发送。`);
  return ok({ ...a, classId: coordinatorClass });
}

const LABELS: Record<TraineeAudience | "class", string> = {
  all: "全部学员", class: "已报名学员", registered: "已提交报名的学员", started: "开始填写但未提交报名的学员",
  selected: "入选线下培训的学员", notSelected: "未入选线下培训的学员", noReceipt: "已提交报名但未交盖章回执的学员",
};

export function describeAudience(a: Audience, p: Programme): string {
  if (a.kind === "group") return `群 ${a.channel}:${a.chatId}`;
  const cls = a.classId ? classById(p, a.classId) : undefined;
  return `${cls ? `${cls.name.zh}班` : ""}${LABELS[a.kind]}`;
}

/** The same audience as the command line writes it, for the audit log and the CLI. */
export function audienceKey(a: Audience): string {
  if (a.kind === "group") return `group:${a.channel}:${a.chatId}`;
  const kind = a.kind === "notSelected" ? "not-selected" : a.kind === "noReceipt" ? "no-receipt" : a.kind;
  return a.classId ? `${kind}:${a.classId}` : kind;
}

/** Policy news carry the way to stop them; programme notices always go and say nothing of it. */
export function messageText(text: string, kind: BroadcastKind): string {
  return kind === "news" ? `${text}\n\n（回复“退订”不再接收政策资讯，培训通知不受影响）` : text;
}
