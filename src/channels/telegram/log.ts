import { safeError } from "../../redact.js";

/** The part of a pino logger the channel uses, so tests can pass a silent one. */
export interface ChannelLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const consoleLog: ChannelLog = {
  warn: (obj, msg) => console.warn(`[telegram] ${msg}`, obj),
  error: (obj, msg) => console.error(`[telegram] ${msg}`, obj),
};

export const errorDetail = (e: unknown) => ({ err: safeError(e) });
