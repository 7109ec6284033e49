import { longPoll, type Api, type Update } from "node-telegram-bot-api";

export const ALLOWED_UPDATES = ["message", "callback_query"];

export interface PollOptions {
  timeoutSec: number;
  onError: (err: unknown, update?: Update) => void;
  /** Attempts at one update before it is given up, so one poison update cannot stall everyone behind it. */
  maxAttempts?: number;
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(t), resolve()), { once: true });
  });

/**
 * Hands each update to `handle`, in order. The offset (Telegram's confirmation) moves past an update
 * only once it was handled, so an update whose handling failed is fetched and handled again.
 */
export async function pollUpdates(api: Api, handle: (u: Update) => Promise<void>, o: PollOptions, signal: AbortSignal): Promise<void> {
  let offset: number | undefined;
  let attempts = 0; // at the update the offset points to
  let streak = 0; // failures in a row, for the backoff
  const maxAttempts = o.maxAttempts ?? 8;
  while (!signal.aborted) {
    try {
      const source = longPoll(api, { offset, timeout: o.timeoutSec, allowedUpdates: ALLOWED_UPDATES, onError: (e) => o.onError(e) }, signal);
      for await (const update of source) {
        // the rest of a fetched batch stays unconfirmed, so it is fetched again on the next start
        if (signal.aborted) return;
        try {
          await handle(update);
        } catch (e) {
          if (++attempts < maxAttempts) throw e;
          o.onError(e, update);
        }
        attempts = 0;
        streak = 0;
        offset = update.update_id + 1;
      }
    } catch (e) {
      if (signal.aborted) return;
      o.onError(e);
      await wait(Math.min(30_000, 250 * 2 ** Math.min(streak++, 7)), signal);
    }
  }
}
