import pino from "pino";

/** Logs go to stderr, so JSONL on stdout stays clean. */
export function makeLogger(level: string) {
  return pino({ level, base: undefined }, pino.destination(2));
}
export type Logger = ReturnType<typeof makeLogger>;
