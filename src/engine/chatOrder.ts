/**
 * Runs the turns of one chat one at a time, and those that arrive together in the order of their ids (Telegram's
 * update ids rise): a turn waits one turn of the event loop before it starts, so updates delivered in the same
 * burst are all queued and sorted first. Different chats run concurrently.
 */
export class ChatOrder {
  private readonly chats = new Map<string, { queue: Job[]; running: boolean }>();

  run(chat: string, id: string, work: () => Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
      let c = this.chats.get(chat);
      if (!c) this.chats.set(chat, (c = { queue: [], running: false }));
      c.queue.push({ id, work, resolve, reject });
      c.queue.sort((a, b) => compareIds(a.id, b.id));
      if (!c.running) {
        c.running = true;
        setImmediate(() => void this.drain(chat));
      }
    });
  }

  private async drain(chat: string): Promise<void> {
    const c = this.chats.get(chat)!;
    for (let job = c.queue.shift(); job; job = c.queue.shift()) {
      try {
        await job.work();
        job.resolve();
      } catch (e) {
        job.reject(e);
      }
    }
    this.chats.delete(chat);
  }
}

interface Job {
  id: string;
  work: () => Promise<void>;
  resolve: () => void;
  reject: (e: unknown) => void;
}

const NUMERIC = /^\d{1,15}$/;

/** Numeric ids by value (update ids), anything else as text. */
export function compareIds(a: string, b: string): number {
  if (NUMERIC.test(a) && NUMERIC.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
