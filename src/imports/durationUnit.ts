import { TableError } from "./read.js";
import { headerUnit } from "./columns.js";
import { isPlainNumber, UNIT_NAMES, type Unit } from "./duration.js";

/** The longest session that could be written in minutes: a day. A plain number above it can only be seconds. */
const MINUTES_IN_A_DAY = 1440;
/** Above this a plain number is not seconds of one session either (an API's milliseconds, say). */
const SECONDS_IN_100_HOURS = 360_000;

export interface UnitDecision {
  /** The unit of the column's plain numbers; undefined: none has one (each such row is refused). */
  unit?: Unit;
  /** How the unit was told, for the reading. */
  note?: string;
}

export class UnitUnknown extends TableError {}

/**
 * The unit of a duration column's plain numbers, from what the coordinator said (`--unit`), the header, or the
 * values (one above a day's minutes: seconds, as 企业微信, 诺云 and 飞书 export them). When a column is mostly
 * plain numbers and none of these tells, the whole file is refused: seconds read as minutes are 60× too long.
 */
export function decideUnit(header: string, values: Iterable<string>, given?: Unit): UnitDecision {
  if (given) return { unit: given, note: `不带单位的时长按命令行指定的“${UNIT_NAMES[given]}”读取` };
  const fromHeader = headerUnit(header);
  if (fromHeader) return { unit: fromHeader, note: `表头“${header}”注明单位：不带单位的时长按“${UNIT_NAMES[fromHeader]}”读取` };
  let plain = 0;
  let filled = 0;
  let max = 0;
  for (const v of values) {
    if (!v.trim()) continue;
    filled++;
    if (!isPlainNumber(v)) continue;
    plain++;
    max = Math.max(max, Number(v));
  }
  if (!plain) return {};
  if (max > SECONDS_IN_100_HOURS) {
    throw new UnitUnknown(
      `attendance: the duration column "${header}" holds plain numbers up to ${max}, too large for seconds (over 100 hours); ` +
        `milliseconds? name the unit in the header (观看时长（毫秒）) or pass --unit ms`,
    );
  }
  if (max > MINUTES_IN_A_DAY) {
    return { unit: "second", note: `时长列“${header}”不带单位，最大值${max}超过一天的分钟数（${MINUTES_IN_A_DAY}），只能是秒：按秒读取` };
  }
  if (plain * 2 >= filled) {
    throw new UnitUnknown(
      `attendance: the duration column "${header}" holds plain numbers (largest ${max}) and nothing says whether they are seconds or minutes; ` +
        `name the unit in the header (观看时长（秒） / 观看时长（分钟）) or pass --unit seconds|minutes`,
    );
  }
  return { note: `时长列“${header}”中有${plain}个不带单位的数，无法判断秒还是分钟：这些行不导入` };
}
