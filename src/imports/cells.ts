import type { Table } from "./read.js";

/** One column's values, read row by row (the rows of a big CSV split when read: nothing is kept). */
export function* cellsOf(table: Table, i: number): Generator<string> {
  for (const r of table.rows) yield r.cells[i] ?? "";
}
