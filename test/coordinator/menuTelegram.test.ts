import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../support/fakeTelegram.js";
import { startBot } from "../support/telegramApp.js";
import { testStore } from "../support/db.js";

/** The command menus the bot registers with Telegram at start. */
describe("Telegram command menus", () => {
  let store: Awaited<ReturnType<typeof testStore>>;
  beforeAll(async () => {
    store = await testStore("pglite");
  });
  afterAll(() => store.close());

  it("gives everyone /cancel and /whoami, and each coordinator's chat a menu of their own", async () => {
    const fake = await FakeTelegram.start();
    const bot = await startBot(store, fake, "polling", { coordinatorChats: async () => ["1111", "9001"] });
    try {
      // the library sends the scope as a JSON field of the form
      const calls = fake.callsOf("setMyCommands").map((c) => ({
        commands: c.params.commands as { command: string }[],
        scope: typeof c.params.scope === "string" ? (JSON.parse(c.params.scope) as { type: string; chat_id: number | string }) : undefined,
      }));
      const names = (i: number) => calls[i]!.commands.map((x) => x.command);
      expect(calls).toHaveLength(3);
      expect(calls[0]!.scope).toBeUndefined();
      expect(names(0)).toEqual(expect.arrayContaining(["start", "status", "cancel", "whoami"]));
      expect(names(0)).not.toContain("publish");
      expect(calls.slice(1).map((c) => String(c.scope?.chat_id))).toEqual(["1111", "9001"]);
      expect(calls[2]!.scope?.type).toBe("chat");
      expect(names(2)).toEqual(expect.arrayContaining(["stats", "select", "roster", "publish", "broadcast", "cancel", "whoami"]));
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});
