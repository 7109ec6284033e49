import { normaliseText } from "../domain/validators.js";

const formats = new Map<string, Intl.DateTimeFormat>();
// building a DateTimeFormat costs far more than using one: an import reads thousands of times in one zone
function formatOf(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
    });
    formats.set(timeZone, f);
  }
  return f;
}

const offsets = new Map<string, number>();

/** The zone's offset at an instant; zones change offset only on quarter hours, so a quarter hour shares one. */
function offsetMs(utcMs: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(utcMs / 900_000)}`;
  let v = offsets.get(key);
  if (v === undefined) {
    v = measuredOffsetMs(utcMs, timeZone);
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, v);
  }
  return v;
}

function measuredOffsetMs(utcMs: number, timeZone: string): number {
  const parts = formatOf(timeZone).formatToParts(new Date(utcMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - utcMs;
}

/**
 * A local time as the questionnaire platform writes it ("2022/5/20 10:23:45", "2022-05-20 10:23",
 * "2022年5月20日 10:23") read in `timeZone`; an explicit offset or Z is honoured.
 */
export function parseWallTime(raw: string, timeZone: string): Date | undefined {
  const t = normaliseText(raw);
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(t) && /T/.test(t)) {
    const d = new Date(t);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d+)?秒?)?)?$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x))) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return undefined;
  const guess = Date.UTC(y!, mo! - 1, d!, h, mi, s);
  // China has no daylight saving; the second pass only matters for zones that do
  const first = guess - offsetMs(guess, timeZone);
  return new Date(guess - offsetMs(first, timeZone));
}
