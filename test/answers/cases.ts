import type { Case } from "./questions.js";

export const URL = "https://www.wjx.cn/vj/0Ft1w5x.aspx";
export const c = (q: string, ...facts: string[]): Case => ({ q, facts });
export const en = (q: string, ...facts: string[]): Case => ({ q, facts, en: true });
export const unk = (q: string, ...facts: string[]): Case => ({ q, facts, unknown: true });
