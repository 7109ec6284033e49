import type { Case } from "./questions.js";

export const URL = "https://www.wjx.cn/vj/0Ft1w5x.aspx";
export const c = (q: string, ...facts: string[]): Case => ({ q, facts });
export const en = (q: string, ...facts: string[]): Case => ({ q, facts, en: true });
export const unk = (q: string, ...facts: string[]): Case => ({ q, facts, unknown: true });
export const q = c;
/** Not about the training: the reply declines it as outside what the bot handles. */
export const out = (text: string): Case => ({ q: text, facts: [], outside: true });
/** Asked at this clock time (an ISO timestamp), for 今天, 明天, 周三. */
export const at = (now: string, k: Case): Case => ({ ...k, ctx: { ...k.ctx, now } });
/** Asked by a trainee registered in this class. */
export const inClass = (classId: string, k: Case): Case => ({ ...k, ctx: { ...k.ctx, classId } });
/** A place's answer names its own class's contact and none of the other classes'. */
export const county = (text: string, own: string[], others: (string | string[])[]): Case => ({ q: text, facts: own, absent: others.flat() });
