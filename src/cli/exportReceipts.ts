import { writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { openConfiguredStore } from "../store/db.js";
import { loadReceiptScans, type ReceiptScan } from "../store/receiptScans.js";
import { loadRoster } from "../store/roster.js";
import { safeFileName } from "../receipt/receiptData.js";
import { UsageError } from "./errors.js";
import { commandContext } from "./context.js";

const EXTENSIONS: Record<string, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/** The scans as one ZIP, each named by organisation and trainee (`单位-姓名.pdf`), a repeated name numbered. */
export async function receiptsZip(scans: ReceiptScan[]): Promise<{ bytes: Uint8Array; names: string[] }> {
  const zip = new JSZip();
  const taken = new Set<string>();
  const names: string[] = [];
  for (const s of scans) {
    const ext = EXTENSIONS[s.mime] ?? s.fileName.split(".").pop() ?? "bin";
    const base = safeFileName(`${s.organization}-${s.name}`);
    let name = `${base}.${ext}`;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}.${ext}`;
    taken.add(name);
    names.push(name);
    zip.file(name, s.bytes, { date: s.receivedAt, binary: true });
  }
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", platform: "UNIX" });
  return { bytes, names };
}

/** `export receipts --class ID --out FILE.zip`: the stamped scans received, and a count of who has not sent one. */
export async function exportReceipts(opts: { class?: string; out?: string }): Promise<void> {
  const { config } = commandContext(opts.class);
  if (!opts.out) throw new UsageError("--out: required for receipts (a ZIP file)");
  const store = await openConfiguredStore(config);
  try {
    const scans = await loadReceiptScans(store.db, opts.class);
    const { bytes, names } = await receiptsZip(scans);
    await writeFile(opts.out, bytes);
    const missing = (await loadRoster(store.db, opts.class)).filter((r) => r.status === "submitted" && !r.receipt);
    process.stderr.write(`wrote ${names.length} stamped receipt scan(s) to ${opts.out}; ${missing.length} registered trainee(s) have not sent one (marked 未交 in the roster export)\n`);
  } finally {
    await store.close();
  }
}
