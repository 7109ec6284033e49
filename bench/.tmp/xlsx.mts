import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { readSessionFile } from "../../src/imports/runSessions.ts";
const n = Number(process.argv[2] ?? 100000);
const path = `/tmp/att9_live_${n}.xlsx`;
if (process.argv[3] === "write") {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet("观看详情");
  ws.addRow(["频道号", "观众昵称", "真实姓名", "手机号", "进入时间", "观看时长（秒）"]).commit();
  for (let i = 0; i < n; i++) ws.addRow(["2270342", `观众${i % 30000}`, `学员${i % 30000}`, String(13900000000 + (i % 30000)), `2022-06-${13 + (i % 5)} 09:${String(i % 60).padStart(2, "0")}:00`, 600 + (i % 9000)]).commit();
  ws.commit(); await wb.commit();
} else {
  const t0 = performance.now();
  const f = await readSessionFile(new Uint8Array(readFileSync(path)), "attendance", "x.xlsx");
  console.log(JSON.stringify({ rows: f.table.rows.length, sheet: f.sheet, seconds: ((performance.now() - t0) / 1000).toFixed(1), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}
