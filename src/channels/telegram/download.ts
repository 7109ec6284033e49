import { TelegramApiError, type Api } from "node-telegram-bot-api";
import type { RemoteFile } from "./inbound.js";

/** The receipt's own limit (conversation/receipt.ts): a bigger file is refused whatever it is, so it is not fetched. */
export const MAX_DOWNLOAD = 10 * 1024 * 1024;

export type Downloaded =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; why: "tooLarge" | "unavailable" };

export interface DownloadOptions {
  api: Api;
  /** The Bot API root and token, for the file URL getFile points to. */
  root: string;
  token: string;
  maxBytes?: number;
  timeoutMs?: number;
}

// a 4xx is Telegram's final word on this file (a bad or expired id, too big for bots); a 5xx or no answer may pass
const final = (status: number) => status >= 400 && status < 500 && status !== 429;

/**
 * Fetches a file the trainee sent, counting its bytes as they come: neither a missing nor a lying `file_size`
 * lets more than `maxBytes` in. A file Telegram will never give is `unavailable`; a passing failure throws, so
 * the update is delivered again.
 */
export async function downloadFile(f: RemoteFile, o: DownloadOptions): Promise<Downloaded> {
  const max = o.maxBytes ?? MAX_DOWNLOAD;
  if ((f.size ?? 0) > max) return { ok: false, why: "tooLarge" };
  let path: string | undefined;
  try {
    const got = await o.api.getFile({ file_id: f.fileId });
    if ((got.file_size ?? 0) > max) return { ok: false, why: "tooLarge" };
    path = got.file_path;
  } catch (e) {
    if (e instanceof TelegramApiError && final(e.errorCode)) return { ok: false, why: "unavailable" };
    throw e;
  }
  if (!path) return { ok: false, why: "unavailable" };
  const res = await fetch(`${o.root.replace(/\/+$/, "")}/file/bot${o.token}/${path}`, { signal: AbortSignal.timeout(o.timeoutMs ?? 60_000) });
  if (!res.ok) {
    await res.body?.cancel();
    if (final(res.status)) return { ok: false, why: "unavailable" };
    throw new Error(`downloading a file: HTTP ${res.status}`);
  }
  if (Number(res.headers.get("content-length") ?? 0) > max) {
    await res.body?.cancel();
    return { ok: false, why: "tooLarge" };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return { ok: false, why: "tooLarge" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (bytes.set(c, at), (at += c.byteLength));
  return { ok: true, bytes };
}
