import postgres from "postgres";
import { createHash } from "node:crypto";
const sql = postgres("postgres://postgres@127.0.0.1:5432/att9_x", { onnotice: () => {} });
const setup = async () => {
  await sql`drop table if exists a`;
  await sql`create table a (id bigserial primary key, import_id int not null, line int not null, mobile text not null, seconds int not null, row_key bigint)`;
  await sql`create index on a (mobile)`; await sql`create unique index on a (row_key) where row_key is not null`;
};
const N = 300_000;
const rows = Array.from({ length: N }, (_, i) => [i + 2, String(13900000000 + (i % 30000)), 600 + (i % 9000), createHash("sha256").update(String(i)).digest("hex").slice(0, 32)] as const);
const t = async (l: string, f: () => Promise<unknown>) => { await setup(); const t0 = performance.now(); await f(); console.log(l, Math.round(performance.now() - t0), "ms"); };
const ins = async (rs: readonly (readonly [number, string, number, string])[]) => { for (let i = 0; i < N; i += 20000) { const b = rs.slice(i, i + 20000); await sql`insert into a (import_id, line, mobile, seconds, row_key) select 1, * from unnest(${"{" + b.map((r) => r[0]).join(",") + "}"}::int[], ${"{" + b.map((r) => r[1]).join(",") + "}"}::text[], ${"{" + b.map((r) => r[2]).join(",") + "}"}::int[], ${"{" + b.map((r) => r[3]).join(",") + "}"}::text[]) on conflict do nothing returning line`; } };
const ins2 = async (rs: readonly (readonly [number, string, number, string])[]) => { for (let i = 0; i < N; i += 20000) { const b = rs.slice(i, i + 20000); await sql`insert into a (import_id, line, mobile, seconds, row_key) select 1, x.* from unnest(${"{" + b.map((r) => r[0]).join(",") + "}"}::int[], ${"{" + b.map((r) => r[1]).join(",") + "}"}::text[], ${"{" + b.map((r) => r[2]).join(",") + "}"}::int[], ${"{" + b.map((r) => r[3]).join(",") + "}"}::text[]) as x(line, mobile, seconds, row_key) where not exists (select 1 from a where a.row_key = x.row_key) returning line`; } };
const big = rows.map((r) => [r[0], r[1], r[2], BigInt.asIntN(64, BigInt("0x" + r[3].slice(0, 16))).toString()] as const);
await t("bigint keys on conflict", async () => { for (let i = 0; i < N; i += 20000) { const b = big.slice(i, i + 20000); await sql`insert into a (import_id, line, mobile, seconds, row_key) select 1, * from unnest(${"{" + b.map((r) => r[0]).join(",") + "}"}::int[], ${"{" + b.map((r) => r[1]).join(",") + "}"}::text[], ${"{" + b.map((r) => r[2]).join(",") + "}"}::int[], ${"{" + b.map((r) => r[3]).join(",") + "}"}::int8[]) on conflict do nothing returning line`; } });
await sql.end();
