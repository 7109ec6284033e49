import http from "node:http";
import https from "node:https";

/** What the library's transport reads of an answer: its status and its text. */
type Answer = Pick<Response, "status" | "ok" | "text">;

const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };

/** An error the library's transport tells as a timeout or a cancel (by its name). */
const aborted = (name: "AbortError" | "TimeoutError", message: string) => Object.assign(new Error(message), { name });

/**
 * The library's `fetch`, for its Bot API calls, on node:http with kept-alive connections: a text call (a form
 * body) costs a fraction of undici's fetch, which builds web streams, a Request and a Response for every call.
 * Anything else (an upload's streamed body) goes to the global fetch. Calls time out after `timeoutMs` unless the
 * caller's signal ends them first.
 */
export function httpFetch(timeoutMs: number): typeof fetch {
  const fallback = globalThis.fetch;
  return ((input: string | URL | Request, init: RequestInit = {}) => {
    const body = init.body;
    const text = typeof body === "string" ? body : body instanceof URLSearchParams ? body.toString() : body == null ? "" : undefined;
    const url = typeof input === "string" ? new URL(input) : input instanceof URL ? input : undefined;
    if (text === undefined || !url || !(url.protocol in agents)) return fallback(input, init);
    return new Promise<Answer>((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(aborted("AbortError", "aborted"));
      const payload = Buffer.from(text);
      const headers: Record<string, string | number> = { ...(init.headers as Record<string, string> | undefined), "content-length": payload.byteLength };
      const lib = url.protocol === "https:" ? https : http;
      const req = lib.request(url, { method: init.method ?? "GET", headers, agent: agents[url.protocol as keyof typeof agents] }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          signal?.removeEventListener("abort", onAbort);
          const all = Buffer.concat(chunks).toString("utf8");
          const status = res.statusCode ?? 0;
          resolve({ status, ok: status >= 200 && status < 300, text: () => Promise.resolve(all) });
        });
        res.on("error", fail);
      });
      function fail(e: Error) {
        signal?.removeEventListener("abort", onAbort);
        reject(e);
      }
      function onAbort() {
        req.destroy(aborted("AbortError", "aborted"));
      }
      signal?.addEventListener("abort", onAbort, { once: true });
      req.setTimeout(timeoutMs, () => req.destroy(aborted("TimeoutError", `no answer within ${timeoutMs} ms`)));
      req.on("error", fail);
      req.end(payload);
    });
  }) as typeof fetch;
}
