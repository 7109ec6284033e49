import { closedText } from "./texts.js";
import { formDeadline } from "../programme/lookup.js";
import type { State, StepContext, StepResult } from "./types.js";

/** Registration is open from the notice's issue to the form deadline. */
export const isOpen = (ctx: StepContext) =>
  ctx.now <= formDeadline(ctx.programme) && ctx.now >= new Date(ctx.programme.registration.opensAt);

/** The refusal outside the window, with the contact of the trainee's class. */
export function closed(state: State, ctx: StepContext): StepResult {
  const before = ctx.now < new Date(ctx.programme.registration.opensAt);
  const text = before ? `报名尚未开始，请于${ctx.programme.registration.opensAt.slice(0, 10)}后再来。` : closedText(ctx.programme, state.answers);
  return { state, replies: [{ text }], effects: [] };
}
