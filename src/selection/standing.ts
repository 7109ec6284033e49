import { eq } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { registrations } from "../store/schema.js";
import type { Programme } from "../programme/schema.js";
import { classById } from "../programme/lookup.js";
import type { Standing } from "../conversation/types.js";
import { ruleOf, selectTrainees, type SelectionRow } from "./rule.js";
import { loadSelectionInputs } from "./load.js";
import { lastPublishedRun } from "./runs.js";

const toStanding = (r: SelectionRow, quota: number, selected: boolean | null): Standing => ({
  questionnaire: r.questionnaire, hours: r.hours, attendance: r.attendance, quiz: r.quiz, total: r.total,
  eligible: r.eligible, rank: r.rank, quota, selected,
});

/**
 * The engine's `standingOf`: once a class's list is published the frozen row is the official answer;
 * before that, the points as the rule computes them now.
 */
export function makeStandingOf(programme: () => Programme) {
  return async (tx: Tx, userKey: string): Promise<Standing | undefined> => {
    const [reg] = await tx.select({ id: registrations.id, classId: registrations.classId }).from(registrations).where(eq(registrations.userKey, userKey));
    if (!reg) return undefined;
    const p = programme();
    const quota = classById(p, reg.classId)?.quota ?? 0;
    const run = await lastPublishedRun(tx, reg.classId);
    const frozen = run?.rows.find((r) => r.registrationId === reg.id);
    if (frozen) return toStanding(frozen, quota, frozen.selected);
    const live = selectTrainees(await loadSelectionInputs(tx, reg.classId), ruleOf(p)).find((r) => r.registrationId === reg.id);
    if (!live) return undefined;
    // registered after the list was published: not on it, so no rank either
    return run ? { ...toStanding(live, quota, false), rank: null } : toStanding(live, quota, null);
  };
}
