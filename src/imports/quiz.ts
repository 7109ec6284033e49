import { normaliseText } from "../domain/validators.js";
import { mapColumns, type ColumnSpec } from "./columns.js";
import type { Registry } from "./match.js";
import { TableError, type Table } from "./read.js";
import { canTellWho, PERSON, personOf, readColumns, Resolver, whoMissing, type Parsed, type PersonRole } from "./sessions.js";

export const QUIZ: ColumnSpec<PersonRole | "score">[] = [
  ...PERSON,
  { key: "score", names: ["成绩", "得分", "分数", "总分", "考试成绩", "测试成绩", "score"] },
];

export interface QuizRow {
  line: number;
  mobile: string;
  score: number;
  maxScore: number;
}

/** Quiz results out of `max` (100 unless told); every attempt is kept, the best one counts. */
export function parseQuiz(table: Table, reg: Registry, max: number): Parsed<QuizRow> {
  const cols = mapColumns(table.headers, QUIZ);
  if (cols.score === undefined) throw new TableError("quiz: no column for 成绩 (expected a header such as 成绩, 得分, 分数, 总分)");
  if (!canTellWho(cols)) throw whoMissing("quiz");
  const person = personOf(cols);
  const out: Parsed<QuizRow> = { rows: [], refused: [], notes: [], columns: cols, reading: readColumns(table.headers, cols), facts: [`满分按${max}分计`] };
  const who = new Resolver(reg);
  for (const { line, cells } of table.rows) {
    const raw = normaliseText(cells[cols.score] ?? "");
    const m = /^(\d+(?:\.\d+)?)\s*分?$/.exec(raw);
    const score = m ? Number(m[1]) : NaN;
    if (!m || score > max) {
      out.refused.push({ line, reason: raw === "" ? "成绩为空" : `成绩“${raw}”不是0到${max}之间的数` });
      continue;
    }
    const mobile = who.resolve(person(cells), line, out);
    if (mobile) out.rows.push({ line, mobile, score, maxScore: max });
  }
  out.facts.push(...who.facts());
  return out;
}
