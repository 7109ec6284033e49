import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** Another process holds the embedded database: one line saying which, and what to do instead. */
export class DataDirLockedError extends Error {}

interface Holder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export const LOCK_FILE = "bot.lock";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
};

function readHolder(path: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, "utf8")) as Partial<Holder>;
    return typeof h.pid === "number" ? { pid: h.pid, host: String(h.host ?? ""), command: String(h.command ?? "?"), since: String(h.since ?? "?") } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite is one process's database: a second one opening the same folder corrupts or hangs it. The lock file
 * names its holder; a holder that is gone (killed, crashed) leaves a stale file, which the next process takes over.
 * Returns the release.
 */
export function lockDataDir(dir: string, command: string, pid = process.pid): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const me: Holder = { pid, host: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        if (readHolder(path)?.pid === pid) unlinkSync(path);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const h = readHolder(path);
    if (h && h.pid !== pid && (h.host !== me.host || alive(h.pid))) {
      throw new DataDirLockedError(
        `the embedded database in ${dir} is in use by process ${h.pid} on ${h.host} (${h.command}, since ${h.since}); only one process may open it. ` +
          `Send the command to the bot in a chat instead (e.g. /stats, /publish), stop that process first, or use PostgreSQL (DATABASE_URL) to run several processes`,
      );
    }
    // its holder is gone (or it is unreadable, half written by a process killed at that moment)
    try {
      unlinkSync(path);
    } catch {
      /* another process took it over first: try again */
    }
  }
  throw new DataDirLockedError(`could not take the lock ${path}: several processes are starting at once; start one`);
}
