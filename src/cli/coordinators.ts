import type { Command } from "commander";
import { loadConfig, makeNow } from "../config.js";
import { checkIdentity } from "../coordinator/identity.js";
import { openConfiguredStore, type Store } from "../store/db.js";
import { addCoordinator, listCoordinators, removeCoordinator } from "../coordinator/roles.js";
import { audit } from "../coordinator/audit.js";
import { UsageError } from "./errors.js";
import { commandContext } from "./context.js";

async function withStore<T>(fn: (s: Store, now: Date) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openConfiguredStore(config);
  try {
    return await fn(store, makeNow(config.clock)());
  } finally {
    await store.close();
  }
}

function identity(id: string): string {
  const k = checkIdentity(id);
  if (!k.ok) throw new UsageError(k.error);
  return k.value;
}

export function registerCoordinators(program: Command) {
  const cmd = program.command("coordinators").description("who may use /bind, /stats, /select, /publish and /move");
  cmd
    .command("add")
    .argument("<identity>", "channel:id, e.g. telegram:123456789")
    .option("--class <id>", "a class coordinator; without it, provincial (all classes)")
    .action(async (id: string, opts: { class?: string }) => {
      const key = identity(id);
      const { classId } = commandContext(opts.class);
      await withStore(async (s, now) => {
        const what = await addCoordinator(s.db, key, classId ?? null, now);
        await audit(s.db, { actor: "cli", action: "coordinators.add", target: key, allowed: true, detail: { classId: classId ?? null, what }, at: now });
        process.stdout.write(`${key}: ${what === "added" ? "added" : "now"} ${classId ? `coordinator of ${classId}` : "provincial coordinator (all classes)"}\n`);
      });
    });
  cmd
    .command("remove")
    .argument("<identity>", "channel:id")
    .action(async (id: string) => {
      const key = identity(id);
      await withStore(async (s, now) => {
        const removed = await removeCoordinator(s.db, key);
        await audit(s.db, { actor: "cli", action: "coordinators.remove", target: key, allowed: true, detail: { removed }, at: now });
        if (!removed) throw new UsageError(`${key} is not a coordinator`);
        process.stdout.write(`${key}: removed\n`);
      });
    });
  cmd
    .command("list")
    .option("--json", "one JSON array")
    .action(async (opts: { json?: boolean }) => {
      await withStore(async (s) => {
        const rows = await listCoordinators(s.db);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(rows.map((r) => ({ identity: r.userKey, classId: r.classId, addedAt: r.addedAt.toISOString() })))}\n`);
          return;
        }
        if (!rows.length) process.stdout.write("no coordinators yet: npm run -s cli -- coordinators add telegram:ID [--class wuhan]\n");
        for (const r of rows) process.stdout.write(`${r.userKey}\t${r.classId ?? "provincial"}\t${r.addedAt.toISOString()}\n`);
      });
    });
}
