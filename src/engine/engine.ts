import { sql } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { contacts, groups } from "../store/schema.js";
import type { InboundFile, InboundMessage } from "../channels/types.js";
import { userKey as keyOf } from "../channels/types.js";
import type { Programme } from "../programme/schema.js";
import { step } from "../conversation/step.js";
import type { Input, Reply, Standing, State } from "../conversation/types.js";
import { groupDecision } from "../answers/index.js";
import { enqueue, type Enqueue, type OutboxRow } from "../outbox/store.js";
import type { Sender } from "../outbox/sender.js";
import { detectMime } from "./detectFile.js";
import { runEffect } from "./effects.js";
import { claimTurn, claimMessage, saveState } from "./turnStore.js";

export interface CommandContext {
  tx: Tx;
  msg: InboundMessage;
  userKey: string;
  text: string;
  now: Date;
  programme: Programme;
  /** A file sent in a private chat (text is then ""): a coordinator's import, say; otherwise the conversation's receipt. */
  file?: InboundFile;
}
/** A coordinator (or other) command: undefined when the text is not its business. */
export type CommandHandler = (c: CommandContext) => Promise<{ replies: Reply[]; extra?: Enqueue[] } | undefined>;

export interface EngineOptions {
  db: Db;
  programme: () => Programme;
  now: () => Date;
  sender: Sender;
  workerId: string;
  groupIntervalSec?: number;
  commands?: CommandHandler[];
  standingOf?: (tx: Tx, userKey: string) => Promise<Standing | undefined>;
}

const MAX_FEEDBACK = 4;

/** The shell around the pure step: dedupe, lock, step, effects and replies in one transaction, then send. */
export class Engine {
  constructor(private readonly o: EngineOptions) {}

  async handle(msg: InboundMessage): Promise<void> {
    const { input, file } = await toInput(msg);
    const now = this.o.now();
    const rows = await this.o.db.transaction(async (tx) => {
      const out = msg.group ? await this.groupTurn(tx, msg, input, now) : await this.privateTurn(tx, msg, input, file, now);
      return out ? enqueue(tx, out, this.o.workerId, now) : [];
    });
    await this.o.sender.sendRows(rows as OutboxRow[]);
  }

  /** undefined: a redelivered message, already handled. */
  private async privateTurn(tx: Tx, msg: InboundMessage, input: Input, file: Awaited<ReturnType<typeof toInput>>["file"], now: Date): Promise<Enqueue[] | undefined> {
    const key = keyOf(msg.channel, msg.userId);
    const conv = await claimTurn(tx, { channel: msg.channel, messageId: msg.messageId, userKey: key, now });
    if (!conv) return undefined;
    const to = (replies: Reply[]): Enqueue[] =>
      replies.map((r) => ({ channel: msg.channel, chatId: msg.userId, chatKind: "user", payload: { text: r.text, options: r.options } }));
    const programme = this.o.programme();
    if (input.kind === "text") {
      const cmd = await this.command(tx, msg, key, input.text, now, programme);
      if (cmd) return [...to(cmd.replies), ...(cmd.extra ?? [])];
    } else if (msg.file) {
      const cmd = await this.command(tx, msg, key, "", now, programme, msg.file);
      if (cmd) return [...to(cmd.replies), ...(cmd.extra ?? [])];
    }
    let state: unknown = conv.state;
    let next: Input | undefined = input;
    const replies: Reply[] = [];
    const reply = { channel: msg.channel, chatId: msg.userId, messageId: msg.messageId, programme, extra: [] as Enqueue[] };
    for (let i = 0; next && i < MAX_FEEDBACK; i++) {
      const r = step(state, next, { now, programme });
      state = r.state;
      replies.push(...r.replies);
      next = undefined;
      for (const e of r.effects) {
        next = (await runEffect(e, { tx, userKey: key, now, file, standingOf: this.o.standingOf, reply })) ?? next;
      }
    }
    await saveState(tx, key, state, now);
    const consentedNow = (state as State).consentData && !(conv.state as Partial<State> | null)?.consentData;
    // PIPL: nothing about the trainee, not even how to reach them, is kept before they consent
    if (consentedNow) {
      await tx.insert(contacts).values({ userKey: key, channel: msg.channel, chatId: msg.userId, displayName: msg.userName, firstSeenAt: now }).onConflictDoNothing();
    }
    return [...to(replies), ...reply.extra];
  }

  private async command(tx: Tx, msg: InboundMessage, userKey: string, text: string, now: Date, programme: Programme, file?: InboundFile) {
    for (const h of this.o.commands ?? []) {
      const r = await h({ tx, msg, userKey, text, now, programme, file });
      if (r) return r;
    }
    return undefined;
  }

  private async groupTurn(tx: Tx, msg: InboundMessage, input: Input, now: Date): Promise<Enqueue[] | undefined> {
    const g = msg.group!;
    if (!(await claimMessage(tx, { channel: msg.channel, messageId: msg.messageId, userKey: keyOf(msg.channel, msg.userId), now }))) return undefined;
    const [row] = await tx
      .insert(groups)
      .values({ channel: msg.channel, chatId: g.id, title: g.title })
      .onConflictDoUpdate({ target: [groups.channel, groups.chatId], set: { title: sql`coalesce(excluded.title, ${groups.title})` } })
      .returning();
    if (input.kind !== "text") return [];
    const toGroup = (text: string): Enqueue => ({ channel: msg.channel, chatId: g.id, chatKind: "group", payload: { text } });
    const programme = this.o.programme();
    const cmd = await this.command(tx, msg, keyOf(msg.channel, msg.userId), input.text, now, programme);
    if (cmd) return [...cmd.replies.map((r) => toGroup(r.text)), ...(cmd.extra ?? [])];
    const d = groupDecision(input.text, { mentioned: Boolean(msg.mentioned) }, { programme, classId: row!.classId ?? undefined });
    if (d.action === "silent") return [];
    if (d.action === "private") {
      const dm: Enqueue = { channel: msg.channel, chatId: msg.userId, chatKind: "user", payload: { text: "您在群里问到个人信息。为保护隐私，请在这里发送“我的报名”或“我的成绩”查询。" } };
      return [toGroup(d.groupReply), dm];
    }
    const paceMs = (this.o.groupIntervalSec ?? 20) * 1000;
    if (!msg.mentioned && row!.lastAnswerAt && now.getTime() - row!.lastAnswerAt.getTime() < paceMs) return [];
    await tx.update(groups).set({ lastAnswerAt: now }).where(sql`${groups.channel} = ${msg.channel} and ${groups.chatId} = ${g.id}`);
    return [toGroup(d.answer.text)];
  }
}

async function toInput(msg: InboundMessage): Promise<{ input: Input; file?: { name: string; mime: string; bytes: Uint8Array } }> {
  if (msg.file) {
    const mime = await detectMime(msg.file.bytes);
    const input: Input = { kind: "file", name: msg.file.name, size: msg.file.bytes.byteLength, mime };
    return { input, file: mime ? { name: msg.file.name, mime, bytes: msg.file.bytes } : undefined };
  }
  if (typeof msg.text === "string") return { input: { kind: "text", text: msg.text } };
  return { input: { kind: "other", what: msg.other ?? "未知类型" } };
}
