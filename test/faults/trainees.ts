import type { Update } from "node-telegram-bot-api";
import type { FakeTelegram } from "../support/fakeTelegram.js";
import { ANSWERS } from "../support/telegramTrainee.js";
import { person, text } from "../support/telegramUpdates.js";

/** What the suite counts. */
export interface Tally {
  /** Updates sent (each answered 200 by some process in the end, or counted as unaccepted). */
  tried: number;
  /** Answered 200, but no reply came within the wait. */
  lost: number;
  /** A message the chat already got, again, before the trainee said anything more. */
  duplicated: number;
  /** A message the chat already got, again, after the trainee had moved on. */
  stale: number;
  /** No process answered 200 before the run ended (Telegram would go on trying). */
  unaccepted: number;
  registrations: number;
  /** From an update sent to its first reply, ms. */
  latencies: number[];
  /** Example chats with a problem, for the report. */
  examples: string[];
}

export interface Deliverer {
  /** Resolves true once some process answered 200. */
  deliver(u: Update): Promise<boolean>;
}

/** Watches what the fake Bot API received, by chat. */
export class Inbox {
  private seen = 0;
  readonly byChat = new Map<string, { text: string; at: number }[]>();
  private timer: NodeJS.Timeout;

  constructor(private readonly fake: FakeTelegram) {
    this.timer = setInterval(() => this.read(), 10);
  }

  read(): void {
    const all = this.fake.sent;
    for (; this.seen < all.length; this.seen++) {
      const s = all[this.seen]!;
      const list = this.byChat.get(s.chatId) ?? [];
      // a document is told by its name (a receipt's .docx and .pdf are two messages, not one sent twice)
      const caption = typeof s.params.caption === "string" ? s.params.caption : "";
      list.push({ text: s.text ?? (s.file ? `[${s.file.name}] ${caption}` : caption), at: Date.now() });
      this.byChat.set(s.chatId, list);
    }
  }

  count(chat: number): number {
    this.read();
    return this.byChat.get(String(chat))?.length ?? 0;
  }

  close(): void {
    clearInterval(this.timer);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One trainee after another in a closed loop: each answer waits for the bot's reply (up to `replyWaitMs`), then the
 * next; a finished registration starts a new identity. Records when each of its updates went out.
 */
export async function trainee(
  slot: number, o: { fake: FakeTelegram; inbox: Inbox; via: Deliverer; until: () => boolean; replyWaitMs: number; tally: Tally; sentAt: Map<string, number[]> },
): Promise<void> {
  for (let round = 0; !o.until(); round++) {
    const id = 900_000 + slot * 1000 + round;
    const user = person(id, `学员${slot}-${round}`);
    const mobile = `137${String(slot * 1000 + round).padStart(8, "0")}`;
    const answers = ["/start", ...ANSWERS.map((a) => (a === "13800138000" ? mobile : a))];
    const times: number[] = [];
    o.sentAt.set(String(id), times);
    for (const answer of answers) {
      if (o.until()) return;
      const before = o.inbox.count(id);
      const u = { ...text(user, answer), update_id: o.fake.newUpdateId() } as Update;
      times.push(Date.now());
      o.tally.tried++;
      if (!(await o.via.deliver(u))) {
        o.tally.unaccepted++;
        return;
      }
      const end = Date.now() + o.replyWaitMs;
      while (o.inbox.count(id) <= before && Date.now() < end) await sleep(10);
      if (o.inbox.count(id) <= before) {
        o.tally.lost++;
        o.tally.examples.push(`lost: chat ${id}, answer “${answer.slice(0, 12)}”`);
        break; // this conversation is out of step now; a new trainee takes the slot
      }
      o.tally.latencies.push(Date.now() - times.at(-1)!);
      if (answer === "确认提交") o.tally.registrations++;
    }
  }
}

/**
 * Every chat's messages: one already received before, again, is a duplicate if the trainee said nothing in between,
 * else stale (the trainee had moved on). Prompts of one walk through the form are all different texts.
 */
export function judge(inbox: Inbox, sentAt: Map<string, number[]>, tally: Tally): void {
  inbox.read();
  for (const [chat, msgs] of inbox.byChat) {
    const times = sentAt.get(chat) ?? [];
    const firstAt = new Map<string, number>();
    for (const m of msgs) {
      const before = firstAt.get(m.text);
      if (before === undefined) {
        firstAt.set(m.text, m.at);
        continue;
      }
      const movedOn = times.some((t) => t > before && t < m.at);
      if (movedOn) tally.stale++;
      else tally.duplicated++;
      tally.examples.push(`${movedOn ? "stale" : "duplicate"}: chat ${chat}, “${m.text.slice(0, 30).replace(/\n/g, " ")}”`);
    }
  }
}
