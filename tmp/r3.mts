import ExcelJS from "exceljs";
import { Readable } from "node:stream";
const wb = new ExcelJS.Workbook();
wb.addWorksheet("First").addRow(["a", "b"]);
wb.addWorksheet("Second").addRow(["c", "d"]);
const buffer = await wb.xlsx.writeBuffer();
let ok = 0, failed = 0, short = 0;
for (let i = 0; i < 200; i++) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(buffer)]), { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", entries: "ignore" });
  try { let n = 0; for await (const ws of reader) { n++; for await (const row of ws) void row; } if (n === 2) ok++; else short++; } catch { failed++; }
}
console.log({ ok, failed, short });
