import { sql } from "drizzle-orm";
import type { Db, Tx } from "../store/db.js";
import { contacts, groups } from "../store/schema.js";
import type { InboundFile, InboundMessage } from "../channels/types.js";
import { userKey as keyOf } from "../channels/types.js";
import type { Programme } from "../programme/schema.js";
import { step } from "../conversation/step.js";
import type { Input, Reply, Standing, State } from "../conversation/types.js";
import { groupDecision } from "../answers/index.js";
import { enqueue, type Enqueue, type OutboxRow, type Payload } from "../outbox/store.js";
import type { Sender } from "../outbox/sender.js";
import { detectMime } from "./detectFile.js";
import { runEffect } from "./effects.js";
import { arrive, claimTurn, claimMessage, commitTurn, finishTurn, mustQueue, peekTurn, waitsForEarlier, TurnConflict, Durability, type FinishedTurn, type TurnReplies } from "./turnStore.js";
import { ChatOrder } from "./chatOrder.js";
import { BoundedMap } from "./boundedMap.js";
import { initialState } from "../conversation/state.js";
import { lookback, type PaceConfig } from "../outbox/paceRules.js";
import { asyncCommit, TRUST_AHEAD_MS } from "../outbox/claim.js";

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
/**
 * A coordinator (or other) command: undefined when the text is not its business. `claims` names the texts without
 * a slash it may take ("确认导入"), so that they run under the lock, where commands are asked, not as a form answer.
 */
export type CommandHandler = ((c: CommandContext) => Promise<{ replies: Reply[]; extra?: Enqueue[] } | undefined>) & {
  claims?: (text: string) => boolean;
  /** The texts with a slash it may take (its commands): others take the quick path. Without it, any such text may be its. */
  slash?: (text: string) => boolean;
};

export interface EngineOptions {
  db: Db;
  programme: () => Programme;
  now: () => Date;
  sender: Sender;
  workerId: string;
  groupIntervalSec?: number;
  commands?: CommandHandler[];
  standingOf?: (tx: Tx, userKey: string) => Promise<Standing | undefined>;
  /** PostgreSQL only (PGlite has no WAL writer): see Durability. */
  asyncCommit?: boolean;
  /** The channels' limits: a private chat's recent sends are read with its turn for its own pace. */
  pace?: PaceConfig;
  /** The longest a message waits for an earlier one of its chat that arrived, unhandled, at another process. */
  orderWaitMs?: number;
}

// a text with a slash that a handler may take, or one a handler claims, runs under the lock, where the commands are asked
const hasSlash = (text: string) => text.includes("/") || text.includes("／");

/** The chat a message belongs to: its order is kept within it. */
const chatOf = (m: InboundMessage) => `${m.channel}:${m.group ? `g${m.group.id}` : `u${m.userId}`}`;
/** A message's place in its chat: the platform's order where it gives one, else its id. */
const placeOf = (m: InboundMessage) => (m.order === undefined ? m.messageId : String(m.order));


const MAX_FEEDBACK = 4;

/**
 * A conversation left where it asks nothing more (submitted, or back at the start after a cancellation): its replies
 * are `final`, no answer is awaited, so a trainee's silence after one tells nothing of whether it arrived.
 */
const awaitsNothing = (state: unknown) => ["submitted", "new"].includes(String((state as Partial<State> | null)?.phase));
/** A reply as the outbox keeps it, `final` when sent from a conversation that awaits nothing (see awaitsNothing). */
const payloadOf = (r: Reply, state: unknown): Payload => ({ text: r.text, options: r.options, ...(awaitsNothing(state) ? { final: true as const } : {}) });
const ORDER_WAIT_MS = 3000;

/**
 * The shell around the pure step: dedupe, lock, step, effects and replies in one transaction; the replies are
 * sent right after the commit by the sender's dispatcher (each chat in order, chats in parallel).
 */
export class Engine {
  private readonly order = new ChatOrder();
  /**
   * Conversations as this process last wrote them: an optimistic turn starts from here without reading. It is only a
   * guess: the write holds only if the row is still exactly that (another process, a deletion, make it fail).
   */
  private readonly known = new BoundedMap<string, { turns: number; state: unknown } | null>(20_000);
  /** PostgreSQL: turns commit asynchronously and the platform is answered once they are durable. */
  private readonly durability?: Durability;

  constructor(private readonly o: EngineOptions) {
    if (o.asyncCommit) this.durability = new Durability(o.db);
  }

  /**
   * For channels: resolves once the turn is committed (the webhook can answer); its replies go out meanwhile.
   * Messages of one chat that arrive together are handled one at a time, in the order of their ids.
   */
  accept(msg: InboundMessage): Promise<void> {
    return this.order
      .run(chatOf(msg), placeOf(msg), async () => {
        await this.afterEarlier(msg);
        const t = await this.turn(msg);
        void this.o.sender.dispatch(t.rows, t.recent, t.ours).catch(() => undefined);
      })
      .then(() => this.durability?.durable());
  }

  /** Like accept, but resolves only once the turn's replies are sent and recorded (tests, the CLI). */
  async handle(msg: InboundMessage): Promise<void> {
    let sent: Promise<void> = Promise.resolve();
    await this.order.run(chatOf(msg), placeOf(msg), async () => {
      await this.afterEarlier(msg);
      const t = await this.turn(msg);
      sent = this.o.sender.dispatch(t.rows, t.recent, t.ours);
    });
    await Promise.all([sent, this.durability?.durable()]);
  }

  /**
   * Across processes, a private chat's messages go in the platform's order too: the arrival is recorded in the inbox,
   * and a message waits while an earlier one of its chat, arrived at another process, is unhandled there (at most
   * orderWaitMs after that one's arrival, so a message lost with a killed process holds up nothing for long).
   */
  private async afterEarlier(msg: InboundMessage): Promise<void> {
    if (msg.group || msg.order === undefined || this.o.orderWaitMs === 0) return;
    const m = { channel: msg.channel, messageId: msg.messageId, userKey: keyOf(msg.channel, msg.userId), seq: msg.order, waitMs: this.o.orderWaitMs ?? ORDER_WAIT_MS };
    const first = await arrive(this.o.db, { ...m, now: this.o.now(), asyncCommit: this.durability !== undefined });
    if (first.seen || !first.earlier) return;
    this.known.delete(m.userKey);
    const end = Date.now() + m.waitMs;
    while (Date.now() < end && (await waitsForEarlier(this.o.db, m))) await new Promise((r) => setTimeout(r, 20));
  }

  private mayBeCommand(text: string): boolean {
    const handlers = this.o.commands ?? [];
    if (handlers.some((h) => h.claims?.(text))) return true;
    // "/start" and the conversation's own commands are no handler's: they need no lock of their own
    return hasSlash(text) && handlers.some((h) => !h.slash || h.slash(text));
  }

  private async turn(msg: InboundMessage): Promise<{ rows: OutboxRow[]; recent?: number[]; ours?: number[] }> {
    const { input, file } = await toInput(msg);
    const now = this.o.now();
    // the chat's replies this process is still sending: this turn's may follow them at once (see unsentBefore)
    const ours = msg.group ? [] : this.o.sender.inChain(msg.channel, "user", msg.userId);
    if (!msg.group && input.kind === "text" && !this.mayBeCommand(input.text)) {
      const fast = await this.optimisticTurn(msg, input, now, ours);
      if (fast !== "locked") return fast ? { ...fast, ours } : { rows: [] };
    }
    this.known.delete(keyOf(msg.channel, msg.userId));
    return this.o.db.transaction(async (tx) => {
      // a private turn sets it in its first statement (claimTurn), sparing a round trip
      if (this.durability && msg.group) await asyncCommit(tx);
      if (msg.group) {
        const out = await this.groupTurn(tx, msg, input, now);
        return { rows: out ? await enqueue(tx, out, this.o.workerId, now) : [], recent: undefined };
      }
      const out = await this.privateTurn(tx, msg, input, file, now, ours);
      if (!out) return { rows: [], recent: undefined };
      if ("rows" in out) return { ...out, ours };
      // a command's replies, like a form turn's, queue behind the chat's unsent replies
      const queued = await mustQueue(tx, { channel: msg.channel, chatId: msg.userId, workerId: this.o.workerId, ours });
      return { rows: await enqueue(tx, queued ? out.map((e) => ({ ...e, notBefore: new Date(0) })) : out, queued ? undefined : this.o.workerId, now), ours };
    });
  }

  /** undefined: a redelivered message, already handled. A command answers rows to write; a form turn, its written replies. */
  private async privateTurn(
    tx: Tx, msg: InboundMessage, input: Input, file: Awaited<ReturnType<typeof toInput>>["file"], now: Date, ours: number[],
  ): Promise<Enqueue[] | FinishedTurn | undefined> {
    const key = keyOf(msg.channel, msg.userId);
    const conv = await claimTurn(tx, { channel: msg.channel, messageId: msg.messageId, userKey: key, now, asyncCommit: this.durability !== undefined });
    if (!conv) return undefined;
    const to = (replies: Reply[]): Enqueue[] =>
      replies.map((r) => ({ channel: msg.channel, chatId: msg.userId, chatKind: "user", payload: payloadOf(r, conv.state) }));
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
    const consentedNow = (state as State).consentData && !(conv.state as Partial<State> | null)?.consentData;
    // PIPL: nothing about the trainee, not even how to reach them, is kept before they consent
    if (consentedNow) {
      await tx.insert(contacts).values({ userKey: key, channel: msg.channel, chatId: msg.userId, displayName: msg.userName, firstSeenAt: now }).onConflictDoNothing();
    }
    const done = await finishTurn(tx, { ...this.repliesOf(msg, replies, now, ours, state), userKey: key, state });
    // what effects add (the filled receipt's files) follows the turn's replies: sent with them when they go at once,
    // queued behind them when they wait for another process's reply to this chat (a claim would let it overtake)
    if (reply.extra.length) {
      const queued = done.rows.some((r) => r.status === "pending");
      const rows = await enqueue(tx, reply.extra, queued ? undefined : this.o.workerId, now);
      if (!queued) done.rows.push(...rows);
    }
    return done;
  }

  /**
   * Most turns (a form answer: no command, no effect) take two statements and one commit: the conversation is read
   * without a lock, stepped, and written with the message id and replies in one statement that holds only if
   * nobody moved the conversation meanwhile. "locked": the turn must run under the lock (an effect, a lost race).
   */
  private async optimisticTurn(msg: InboundMessage, input: Input, now: Date, ours: number[]): Promise<FinishedTurn | undefined | "locked"> {
    const key = keyOf(msg.channel, msg.userId);
    let known = this.known.get(key);
    if (!known) {
      const peek = await peekTurn(this.o.db, { channel: msg.channel, messageId: msg.messageId, userKey: key });
      if (peek.seen) return undefined;
      known = peek.turns === null ? null : { turns: peek.turns, state: peek.state };
    }
    const before = known?.state ?? initialState();
    const r = step(structuredClone(before), input, { now, programme: this.o.programme() });
    if (r.effects.length) return "locked";
    const consentedNow = (r.state as State).consentData && !(before as Partial<State>).consentData;
    try {
      const out = await commitTurn(this.o.db, {
        ...this.repliesOf(msg, r.replies, now, ours, r.state), messageId: msg.messageId, userKey: key, state: r.state, version: known,
        contact: consentedNow ? { displayName: msg.userName } : undefined, asyncCommit: this.durability !== undefined,
      });
      // a redelivery tells nothing of the conversation's present state
      if (out) this.known.set(key, { turns: (known?.turns ?? 0) + 1, state: r.state });
      else this.known.delete(key);
      return out;
    } catch (e) {
      this.known.delete(key);
      if (e instanceof TurnConflict) return "locked";
      throw e;
    }
  }

  private repliesOf(msg: InboundMessage, replies: Reply[], now: Date, ours: number[], state: unknown): TurnReplies {
    const paced = this.o.pace?.[msg.channel];
    const back = paced ? lookback(paced) : 0;
    return {
      now, channel: msg.channel, chatId: msg.userId, workerId: this.o.workerId, payloads: replies.map((r) => payloadOf(r, state)),
      since: new Date(now.getTime() - back), until: new Date(now.getTime() + TRUST_AHEAD_MS), ours,
    };
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
    const d = groupDecision(input.text, { mentioned: Boolean(msg.mentioned) }, { programme, classId: row!.classId ?? undefined, now });
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
