import cliProgress from "cli-progress";
import type { Db } from "../store/db.js";
import { duration, etaMs, progressOf, type Progress } from "./progress.js";

export interface WatchOptions {
  now: () => Date;
  /** Where the bar is drawn (a terminal); notes go there too. */
  stream?: NodeJS.WriteStream;
  everyMs?: number;
  /** Say so once when nothing moved for this long: no sender is running against this database. */
  stallMs?: number;
}

/** Draws a progress bar (sent, failed, left, time left) until the broadcast has nothing left to send. */
export async function watchBroadcast(db: Db, id: number, o: WatchOptions): Promise<Progress> {
  const stream = o.stream ?? process.stderr;
  let p = (await progressOf(db, id))!;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "群发 #{id} [{bar}] {percentage}% | 已发 {sent} 失败 {failed} 剩余 {left} | 预计还需 {timeLeft}",
      barCompleteChar: "█",
      barIncompleteChar: "░",
      hideCursor: true,
      noTTYOutput: !stream.isTTY,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = (q: Progress) => {
    const eta = etaMs(q, o.now());
    return { id, sent: q.sent, failed: q.failed, left: q.left, timeLeft: eta === undefined ? "—" : duration(eta) };
  };
  bar.start(Math.max(1, p.total), p.sent + p.failed, payload(p));
  let lastDone = p.sent + p.failed;
  let movedAt = Date.now();
  let warned = false;
  while (p.left > 0) {
    await new Promise((r) => setTimeout(r, o.everyMs ?? 1000));
    p = (await progressOf(db, id))!;
    bar.update(p.sent + p.failed, payload(p));
    if (p.sent + p.failed !== lastDone) {
      lastDone = p.sent + p.failed;
      movedAt = Date.now();
    } else if (!warned && Date.now() - movedAt > (o.stallMs ?? 30_000)) {
      warned = true;
      stream.write("\n没有进展：是否有机器人进程（npm start）连着同一个数据库在发送？\n");
    }
  }
  bar.stop();
  return p;
}
