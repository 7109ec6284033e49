import { Worker } from "node:worker_threads";
import type { ReceiptValue } from "./receiptData.js";

export type ReceiptPart = "docx" | "pdf";
export interface RenderJob {
  id: number;
  part: ReceiptPart;
  value: ReceiptValue;
}
interface Waiting {
  resolve: (b: Uint8Array) => void;
  reject: (e: Error) => void;
}
export type RenderAnswer = { id: number; bytes: Uint8Array } | { id: number; error: string };

/**
 * Renders receipt files on one worker thread, one at a time in the order asked: a PDF is ~45 ms of CPU that would
 * otherwise stall every chat's turn. The thread runs at the lowest priority (nice 19): under load the turns come first,
 * and receipts follow at the pace the spare CPU allows. A crashed worker fails its jobs (the outbox retries them) and is
 * started again on the next one.
 */
export class RenderPool {
  private worker?: { thread: Worker; jobs: Map<number, Waiting> };
  private seq = 0;

  constructor(private readonly nice = 19) {}

  render(part: ReceiptPart, value: ReceiptValue): Promise<Uint8Array> {
    const w = this.start();
    const id = ++this.seq;
    return new Promise<Uint8Array>((resolve, reject) => {
      w.jobs.set(id, { resolve, reject });
      // an idle worker does not keep the process alive; one with work does
      w.thread.ref();
      w.thread.postMessage({ id, part, value } satisfies RenderJob);
    });
  }

  /** Stops the worker; jobs in flight fail (their rows stay in the outbox). */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.thread.terminate();
  }

  private start(): { thread: Worker; jobs: Map<number, Waiting> } {
    if (this.worker) return this.worker;
    const entry = new URL("./renderWorker.ts", import.meta.url).href;
    const thread = new Worker(new URL("./renderWorker.boot.mjs", import.meta.url), { workerData: { entry, nice: this.nice } });
    const w = { thread, jobs: new Map<number, Waiting>() };
    thread.unref();
    thread.on("message", (a: RenderAnswer) => {
      const job = w.jobs.get(a.id);
      w.jobs.delete(a.id);
      if (!w.jobs.size) thread.unref();
      if (!job) return;
      if ("error" in a) job.reject(new Error(`receipt not rendered: ${a.error}`));
      else job.resolve(a.bytes);
    });
    const fail = (e: Error) => {
      if (this.worker === w) this.worker = undefined;
      for (const job of w.jobs.values()) job.reject(e);
      w.jobs.clear();
    };
    thread.on("error", fail);
    thread.on("exit", (code) => fail(new Error(`receipt renderer exited (${code})`)));
    this.worker = w;
    return w;
  }
}

let shared: RenderPool | undefined;

/** The process's one pool: every app in a process (tests make many) shares its worker. */
export function receiptRenderPool(): RenderPool {
  shared ??= new RenderPool();
  return shared;
}
