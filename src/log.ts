import pino from "pino";
import { redactText, redactValue } from "./redact.js";

/** Logs go to stderr, so JSONL on stdout stays clean; every string in them is stripped of personal values. */
export function makeLogger(level: string, destination: pino.DestinationStream = pino.destination(2)) {
  return pino(
    {
      level, base: undefined,
      formatters: { log: (o) => redactValue(o) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? redactText(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
export type Logger = ReturnType<typeof makeLogger>;
