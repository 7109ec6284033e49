import { parentPort, workerData } from "node:worker_threads";
import { setPriority } from "node:os";
import { receiptDocx } from "./docx.js";
import { receiptPdf } from "./pdf.js";
import { chineseFontFace } from "./font.js";
import type { ReceiptPart, RenderJob, RenderAnswer } from "./renderPool.js";

// Linux keeps a nice value per thread: only this one yields to the turns of the event loop
try {
  setPriority(0, Number((workerData as { nice?: number }).nice ?? 0));
} catch {
  // not allowed here: render at the process's priority
}

const render = (part: ReceiptPart, v: RenderJob["value"]) => (part === "pdf" ? receiptPdf(v, chineseFontFace()) : receiptDocx(v));

parentPort!.on("message", (job: RenderJob) => {
  render(job.part, job.value).then(
    (bytes) => parentPort!.postMessage({ id: job.id, bytes } satisfies RenderAnswer),
    (e: unknown) => parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) } satisfies RenderAnswer),
  );
});
