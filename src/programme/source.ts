import { asc, max } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../store/db.js";
import { programmeUpdates } from "../store/schema.js";
import { programmeSchema, type Programme } from "./schema.js";
import { classById, zhDate } from "./lookup.js";

/** A change a coordinator announced: the offline training's start and place, for every class or one. */
export const offlinePatch = z.object({
  kind: z.literal("offline"),
  classId: z.string().nullable().optional(),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  place: z.string().min(1),
});
export type OfflinePatch = z.infer<typeof offlinePatch>;

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The programme with the announced changes applied in order (the latest wins). One for every class sets the
 * offline dates and place; one for a single class adds its line to the announcement, which answers show while
 * no common date is set.
 */
export function applyUpdates(base: Programme, patches: readonly OfflinePatch[]): Programme {
  const p = structuredClone(base);
  const byClass = new Map<string, OfflinePatch>();
  for (const u of patches) {
    if (u.classId) {
      byClass.set(u.classId, u);
      continue;
    }
    p.offline.startDate = u.startDate;
    p.offline.place = u.place;
    p.offline.schedule = p.offline.schedule.map((s) => ({ ...s, date: addDays(u.startDate, s.day - 1) }));
  }
  if (byClass.size) {
    const lines = [...byClass.values()].map((u) => ({ name: classById(p, u.classId!)?.name ?? { zh: u.classId!, en: u.classId! }, u }));
    p.offline.announcement = {
      zh: lines.map(({ name, u }) => `${name.zh}：${zhDate(u.startDate)}起，${u.place}`).join("；"),
      en: lines.map(({ name, u }) => `${name.en}: from ${u.startDate}, ${u.place}`).join("; "),
    };
  }
  return programmeSchema.parse(p);
}

export interface ProgrammeSourceOptions {
  db: Db;
  base: Programme;
  refreshMs?: number;
  log?: (msg: string, extra?: object) => void;
}

/** The programme the bot answers from: the file plus the announced changes, re-read so every process follows. */
export class ProgrammeSource {
  private programme: Programme;
  private seen = -1;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly o: ProgrammeSourceOptions) {
    this.programme = o.base;
  }

  current(): Programme {
    return this.programme;
  }

  /** Re-reads the changes when there are new ones; a bad one is logged and the last good programme kept. */
  async refresh(): Promise<Programme> {
    const [{ last } = { last: null }] = await this.o.db.select({ last: max(programmeUpdates.id) }).from(programmeUpdates);
    if ((last ?? 0) === this.seen) return this.programme;
    const rows = await this.o.db.select().from(programmeUpdates).orderBy(asc(programmeUpdates.id));
    const patches = rows.flatMap((r) => {
      const parsed = offlinePatch.safeParse(r.patch);
      if (!parsed.success) this.o.log?.("programme update ignored", { id: r.id, error: parsed.error.issues[0]?.message });
      return parsed.success ? [parsed.data] : [];
    });
    try {
      this.programme = applyUpdates(this.o.base, patches);
      this.seen = last ?? 0;
    } catch (e) {
      this.o.log?.("programme updates do not apply", { error: (e as Error).message });
    }
    return this.programme;
  }

  start(): void {
    const every = this.o.refreshMs ?? 15_000;
    const tick = async () => {
      await this.refresh().catch((e: Error) => this.o.log?.("programme refresh failed", { error: e.message }));
      if (!this.stopped) this.timer = setTimeout(() => void tick(), every);
    };
    this.timer = setTimeout(() => void tick(), every);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
