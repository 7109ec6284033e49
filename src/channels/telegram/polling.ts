import { isTransientError, TelegramApiError, type Api, type Update } from "node-telegram-bot-api";

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

/** The chat an update belongs to: its updates are handled in order, other chats' alongside. */
export function chatOfUpdate(update: Update): string {
  // any kind of update: those without a chat are their own
  const u = update as { message?: { chat?: { id: number } }; callback_query?: { message?: { chat?: { id: number } }; from?: { id: number } } };
  const id = u.message?.chat?.id ?? u.callback_query?.message?.chat?.id ?? u.callback_query?.from?.id;
  return id === undefined ? `update:${update.update_id}` : String(id);
}

/**
 * Hands each fetched batch to `handle`: different chats concurrently, each chat's updates in order. The offset
 * (Telegram's confirmation) moves past an update only once it and every earlier one of the batch were handled, so
 * an update whose handling failed is fetched and handled again (the ones after it too: the inbox drops those repeats).
 */
export async function pollUpdates(api: Api, handle: (u: Update) => Promise<void>, o: PollOptions, signal: AbortSignal): Promise<void> {
  let offset: number | undefined;
  const attempts = new Map<number, number>(); // failures of the updates still unconfirmed
  let streak = 0; // failures in a row, for the backoff
  const maxAttempts = o.maxAttempts ?? 8;
  while (!signal.aborted) {
    let updates: Update[];
    try {
      updates = await api.getUpdates({ offset, timeout: o.timeoutSec, allowed_updates: ALLOWED_UPDATES }, signal);
    } catch (e) {
      if (signal.aborted) return;
      o.onError(e);
      const told = e instanceof TelegramApiError && e.retryAfter !== undefined ? e.retryAfter * 1000 : undefined;
      if (!told && !isTransientError(e)) await wait(Math.min(30_000, 250 * 2 ** Math.min(streak++, 7)), signal);
      else await wait(told ?? 1000, signal);
      continue;
    }
    if (!updates.length) continue;
    const failed = await handleBatch(updates, handle, (u, e) => {
      const n = (attempts.get(u.update_id) ?? 0) + 1;
      attempts.set(u.update_id, n);
      if (n < maxAttempts) return true;
      o.onError(e, u);
      return false; // given up: counts as handled
    });
    // the rest of a batch stays unconfirmed when stopping, so it is fetched again on the next start
    if (signal.aborted && failed === undefined) return;
    const next = failed ?? updates.at(-1)!.update_id + 1;
    for (const id of attempts.keys()) if (id < next) attempts.delete(id);
    offset = next;
    if (failed !== undefined) {
      o.onError(new Error(`update ${failed} not handled; fetching it again`));
      await wait(Math.min(30_000, 250 * 2 ** Math.min(streak++, 7)), signal);
    } else streak = 0;
  }
}

/** Runs a batch by chat; answers the first update id that must be fetched again, if any. */
async function handleBatch(updates: Update[], handle: (u: Update) => Promise<void>, retry: (u: Update, e: unknown) => boolean): Promise<number | undefined> {
  const chats = new Map<string, Update[]>();
  for (const u of updates) chats.set(chatOfUpdate(u), [...(chats.get(chatOfUpdate(u)) ?? []), u]);
  let first: number | undefined;
  await Promise.all(
    [...chats.values()].map(async (list) => {
      for (const u of list) {
        try {
          await handle(u);
        } catch (e) {
          // a chat's later updates wait for the failed one, so its order holds
          if (retry(u, e)) {
            first = Math.min(first ?? Infinity, u.update_id);
            return;
          }
        }
      }
    }),
  );
  return first;
}
