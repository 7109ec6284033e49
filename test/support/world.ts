import { afterAll, beforeAll, beforeEach } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Db } from "../../src/store/db.js";
import { RecordingChannel } from "./recordingChannel.js";
import { testStore, type Driver, type TestStore } from "./db.js";

export interface ConsoleWorld {
  store: TestStore;
  app: App;
  /** The console platform's side: what the bot sent. */
  channel: RecordingChannel;
}

/**
 * One store per test file, and before each test a reset store, a fresh console channel and an app on the fixed
 * clock `now`, then `seed` (coordinators, trainees, groups). Read the fields inside the tests.
 */
export function consoleWorld(driver: Driver, now: Date, seed?: (db: Db) => Promise<void>): ConsoleWorld {
  const w = {} as ConsoleWorld;
  beforeAll(async () => {
    w.store = await testStore(driver);
  });
  afterAll(async () => w.store.close());
  beforeEach(async () => {
    await w.store.reset();
    w.channel = new RecordingChannel();
    w.app = await createApp(loadConfig({ LOG_LEVEL: "silent" }), { store: w.store, channels: [w.channel], now: () => now });
    await seed?.(w.store.db);
  });
  return w;
}
