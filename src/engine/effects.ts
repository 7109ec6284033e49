import { eq } from "drizzle-orm";
import type { Tx } from "../store/db.js";
import { contacts } from "../store/schema.js";
import { deleteRegistration, mobileTaken, saveRegistration, statusView, storeReceipt } from "../store/registrations.js";
import type { Effect, Input, Standing } from "../conversation/types.js";
import type { Programme } from "../programme/schema.js";
import type { Enqueue } from "../outbox/store.js";
import { receiptMessages } from "../receipt/deliver.js";

export interface EffectContext {
  tx: Tx;
  userKey: string;
  now: Date;
  file?: { name: string; mime: string; bytes: Uint8Array };
  /** The coordinator module's scorer, when present. */
  standingOf?: (tx: Tx, userKey: string) => Promise<Standing | undefined>;
  /** Where the turn's replies go, and the messages effects add after them (the receipt's files). */
  reply?: { channel: string; chatId: string; messageId: string; programme: Programme; extra: Enqueue[] };
}

/** Carries out one effect inside the turn's transaction; some answer with an input for the next step. */
export async function runEffect(e: Effect, c: EffectContext): Promise<Input | undefined> {
  switch (e.type) {
    case "checkMobile":
      return { kind: "mobileChecked", mobile: e.mobile, taken: await mobileTaken(c.tx, e.mobile, c.userKey) };
    case "saveRegistration": {
      const r = await saveRegistration(c.tx, c.userKey, e.registration, c.now);
      return r.ok ? { kind: "saved", submittedAt: r.submittedAt.toISOString() } : { kind: "saveFailed", reason: "mobileTaken" };
    }
    case "deleteRegistration":
      await deleteRegistration(c.tx, c.userKey);
      return undefined;
    case "storeReceipt":
      if (c.file) await storeReceipt(c.tx, c.userKey, c.file, c.now);
      return undefined;
    case "sendReceipt":
      if (c.reply) c.reply.extra.push(...(await receiptMessages(c.tx, c.userKey, c.reply, c.reply.programme)));
      return undefined;
    case "lookupStatus": {
      const view = await statusView(c.tx, c.userKey);
      if (e.scores && view.registration && c.standingOf) view.standing = await c.standingOf(c.tx, c.userKey);
      return { kind: "status", view, scores: e.scores };
    }
    case "setNewsOptOut":
      await c.tx.update(contacts).set({ newsOptOut: e.optOut }).where(eq(contacts.userKey, c.userKey));
      return undefined;
  }
}
