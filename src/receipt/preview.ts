import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadProgramme } from "../programme/load.js";
import { chineseFontFace } from "./font.js";
import { receiptDocx } from "./docx.js";
import { receiptPdf } from "./pdf.js";
import { receiptData } from "./receiptData.js";
import { SAMPLE_REGISTRATION } from "./sample.js";

// Writes the sample trainee's receipt as DOCX and PDF, and the PDF's first page as PNG (pdftoppm, poppler-utils) to look at.
const dir = process.argv[2] ?? "receipt-preview";
mkdirSync(dir, { recursive: true });
const v = receiptData(SAMPLE_REGISTRATION, loadProgramme(), new Date());
const docx = join(dir, `${v.fileBase}.docx`);
const pdf = join(dir, `${v.fileBase}.pdf`);
writeFileSync(docx, await receiptDocx(v));
writeFileSync(pdf, await receiptPdf(v, chineseFontFace()));
process.stdout.write(`${docx}\n${pdf}\n`);
try {
  execFileSync("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", pdf, join(dir, "page")]);
  process.stdout.write(`${join(dir, "page-1.png")}\n`);
} catch {
  process.stderr.write("pdftoppm not found: apt-get install -y poppler-utils to render the page as PNG\n");
}
