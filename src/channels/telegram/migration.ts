import type { Config } from "../../config.js";
import { openStore } from "../../store/db.js";
import { migrateGroup } from "../../store/groups.js";
import type { ChannelLog } from "./log.js";

export type GroupMigratedHook = (fromChatId: string, toChatId: string) => Promise<void>;

/**
 * The hook `fromConfig` wires when no one passes the app's store: on PostgreSQL a short-lived
 * connection of its own (migrations are rare); PGlite admits one opener per folder, so there it only warns.
 */
export function migrationRecorder(config: Pick<Config, "DATABASE_URL">, log: ChannelLog): GroupMigratedHook {
  const url = config.DATABASE_URL;
  if (!url) {
    return async (from, to) =>
      log.warn({ from, to }, "group became a supergroup; its class binding stays on the old id (PGlite: set TelegramChannel.onGroupMigrated)");
  }
  return async (from, to) => {
    const store = await openStore({ url, max: 1 });
    try {
      await migrateGroup(store.db, "telegram", from, to);
    } finally {
      await store.close();
    }
  };
}
