import type { Command } from "commander";
import { ConsoleChannel } from "../channels/console/index.js";
import { loadConfig } from "../config.js";
import { createApp } from "../app.js";

/** `chat --jsonl`: one JSON object per line in, replies and `{"handled":N}` out; exits 0 at end of input. */
export function registerChat(program: Command) {
  program
    .command("chat")
    .description("chat with the bot in the terminal; --jsonl for scripts")
    .option("--jsonl", "read and write one JSON object per line")
    .action(async (opts: { jsonl?: boolean }) => {
      const config = loadConfig();
      const channel = new ConsoleChannel({ jsonl: Boolean(opts.jsonl) });
      const app = await createApp(config, { channels: [channel] });
      await channel.start((m) => app.engine.handle(m));
      await channel.finished();
      await app.store.close();
    });
}
