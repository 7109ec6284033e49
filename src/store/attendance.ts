import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "./db.js";
import { attendance, imports } from "./schema.js";

type Conn = Tx | Db;

/** Sessions to insert, read by index (the import keeps them as columns). */
export interface SessionValues {
  length: number;
  line(i: number): number;
  mobile(i: number): string;
  seconds(i: number): number;
  rowKey(i: number): string | null;
}

/** Rows per statement: four array parameters each, so neither driver's parameter limit applies. */
const BATCH = 20_000;

/** A PostgreSQL array literal of values that need no quoting (numbers, digits, hex). */
const arrayOf = (xs: readonly (string | number | null)[]) => `{${xs.map((x) => (x === null ? "NULL" : x)).join(",")}}`;

/**
 * Attendance imports one at a time (until the transaction ends): the check for sessions already brought by
 * another file and the insert that follows must not interleave with another import's.
 */
export async function lockAttendanceImports(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7202206)`);
}

/** The row keys already stored for these mobiles' sessions (from any file). */
export async function storedRowKeys(tx: Conn, mobiles: readonly string[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let i = 0; i < mobiles.length; i += BATCH) {
    const found = await tx
      .select({ rowKey: attendance.rowKey })
      .from(attendance)
      .where(sql`${attendance.mobile} = any(${arrayOf(mobiles.slice(i, i + BATCH))}::text[]) and ${attendance.rowKey} is not null`);
    for (const f of found) keys.add(f.rowKey!);
  }
  return keys;
}

/**
 * Inserts sessions in big batches, each one statement over `unnest` of four array parameters (fast on
 * PostgreSQL and PGlite alike). Mobiles are validated digits and row keys hex, so the literals need no quoting.
 */
export async function insertSessions(tx: Conn, importId: number, rows: SessionValues, tick?: (n: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const end = Math.min(rows.length, i + BATCH);
    const column = <T extends string | number | null>(of: (k: number) => T) => {
      const xs: T[] = [];
      for (let k = i; k < end; k++) xs.push(of(k));
      return arrayOf(xs);
    };
    const [lines, mobiles, seconds, keys] = [column((k) => rows.line(k)), column((k) => rows.mobile(k)), column((k) => rows.seconds(k)), column((k) => rows.rowKey(k))];
    // drizzle names every column, the serial id too: the select draws it from its sequence
    await tx.insert(attendance).select(
      sql`select nextval(pg_get_serial_sequence('attendance', 'id')), ${importId}::int, x.* from unnest(${lines}::int[], ${mobiles}::text[], ${seconds}::int[], ${keys}::text[]) as x`,
    );
    tick?.(end - i);
  }
}

export interface EarlierImport {
  id: number;
  fileName: string;
  importedAt: Date;
  rows: number;
}

/** Earlier imports of the same report (same kind and source), which a new file replaces. */
export async function importsOfSource(tx: Conn, kind: string, source: string, except: number): Promise<EarlierImport[]> {
  return tx
    .select({ id: imports.id, fileName: imports.fileName, importedAt: imports.importedAt, rows: imports.rows })
    .from(imports)
    .where(and(eq(imports.kind, kind), eq(imports.source, source), ne(imports.id, except)));
}

/** Removes imports and their sessions; the file of a removed import may be imported again. Returns the sessions removed. */
export async function removeAttendanceImports(tx: Conn, ids: readonly number[]): Promise<number> {
  if (!ids.length) return 0;
  const gone = await tx.delete(attendance).where(inArray(attendance.importId, [...ids])).returning({ id: attendance.id });
  await tx.delete(imports).where(inArray(imports.id, [...ids]));
  return gone.length;
}
