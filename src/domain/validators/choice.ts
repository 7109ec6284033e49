import { ok, err, type Result } from "../result.js";
import { normaliseText, preview } from "./text.js";

export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
  aliases?: string[];
}

/** Case-insensitive, normalised, with spaces removed: "Ａ Ｂ" ≡ "ab". */
const key = (s: string): string => normaliseText(s).toLowerCase().replace(/\s+/g, "");

/** "2", "２", "2.", "2、", "(2)", "第2项" → 2; anything else → undefined. */
function asNumber(s: string): number | undefined {
  const m = /^(?:第\s*)?\(?(\d{1,4})\s*[.、)]?\s*(?:项|个)?$/.exec(normaliseText(s));
  return m ? Number(m[1]) : undefined;
}

/** The options as the trainee saw them: "1. 武汉\n2. 十堰". */
export const listChoices = (options: readonly ChoiceOption[]): string =>
  options.map((o, i) => `${i + 1}. ${o.label}`).join("\n");

type Lookup<V extends string> = { index: number; option: ChoiceOption<V> } | { error: string };

function lookup<V extends string>(s: string, options: readonly ChoiceOption<V>[]): Lookup<V> {
  const n = asNumber(s);
  if (n !== undefined) {
    const option = options[n - 1];
    if (option) return { index: n - 1, option };
    return { error: `没有第${n}项，请回复1到${options.length}之间的数字` };
  }
  const k = key(s);
  const index = options.findIndex(
    (o) => key(o.value) === k || key(o.label) === k || (o.aliases ?? []).some((a) => key(a) === k),
  );
  const option = options[index];
  if (option) return { index, option };
  return { error: `无法识别${preview(normaliseText(s))}` };
}

/**
 * One of the options: its 1-based number as shown ("2", "２", "2."), its value,
 * its label or an alias (case-insensitive, normalised). Returns the value.
 */
export function parseChoice<V extends string>(s: string, options: readonly ChoiceOption<V>[]): Result<V> {
  const choices = `请回复选项前的数字：\n${listChoices(options)}`;
  if (normaliseText(s) === "") return err(`请选择一项。${choices}`);
  const r = lookup(s, options);
  if ("error" in r) return err(`${r.error}。${choices}`);
  return ok(r.option.value);
}

export interface MultiChoiceOptions {
  /** Fewest options to choose; default 1. */
  min?: number;
  /** Most options to choose; default all of them. */
  max?: number;
}

const ALL = /^(?:全部|全选|所有|都要|都选|all)$/i;
const RANGE = /^(\d{1,4})\s*[-~至到]\s*(\d{1,4})$/;

/**
 * Several options separated by commas, 、, ；, spaces or new lines, each given
 * as in parseChoice; "1-3" is a range, "全部"/"all" selects everything.
 * Duplicates are dropped; values come back in option order.
 */
export function parseMultiChoice<V extends string>(
  s: string,
  options: readonly ChoiceOption<V>[],
  opts: MultiChoiceOptions = {},
): Result<V[]> {
  const min = opts.min ?? 1;
  const max = opts.max ?? options.length;
  const how = `请回复选项前的数字，多个用逗号分隔，例如：1,3；也可回复“全部”。\n${listChoices(options)}`;
  const t = normaliseText(s);
  if (t === "") return min <= 0 ? ok([]) : err(`请至少选择${min}项。${how}`);
  if (t.length > 2000) return err(`回复太长了（${t.length}个字），${how}`);
  const chosen = new Set<number>();
  const whole = lookup(t, options);
  if (ALL.test(key(t))) options.forEach((_, i) => chosen.add(i));
  else if (!("error" in whole)) chosen.add(whole.index);
  else {
    for (const piece of t.split(/[,、;，；\n]+/).map((p) => p.trim()).filter(Boolean)) {
      const r = lookup(piece, options);
      if (!("error" in r)) {
        chosen.add(r.index);
        continue;
      }
      for (const word of piece.split(" ").filter(Boolean)) {
        const range = RANGE.exec(word);
        if (range) {
          const [a, b] = [Number(range[1]), Number(range[2])].sort((x, y) => x - y) as [number, number];
          if (a < 1 || b > options.length) return err(`没有第${a < 1 ? a : b}项。${how}`);
          for (let i = a; i <= b; i++) chosen.add(i - 1);
          continue;
        }
        const w = lookup(word, options);
        if ("error" in w) return err(`${w.error}。${how}`);
        chosen.add(w.index);
      }
    }
  }
  if (chosen.size < min) return err(`请至少选择${min}项，您选择了${chosen.size}项。${how}`);
  if (chosen.size > max) return err(`最多只能选择${max}项，您选择了${chosen.size}项。${how}`);
  return ok([...chosen].sort((x, y) => x - y).map((i) => (options[i] as ChoiceOption<V>).value));
}
