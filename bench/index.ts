import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { benchRegistration } from "./registration.js";
import { benchAnswers } from "./answers.js";
import { benchTelegramWebhook } from "./telegram.js";
import { benchSelection } from "./selection.js";
import { benchImportQuestionnaire } from "./importQuestionnaire.js";
import { median } from "./stats.js";

// `npm run bench [-- part ...]`: parts run against a fresh database on DATABASE_URL's server (else PGlite in memory).
const server = process.env.DATABASE_URL;
const parts = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3);
const want = (p: string) => !parts.length || parts.includes(p);

/** A database of its own for one run, dropped afterwards. */
async function withDatabase<T>(fn: (url: string | undefined) => Promise<T>): Promise<T> {
  if (!server) return fn(undefined);
  const name = `bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  try {
    return await fn(u.toString());
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** Runs a part several times and reports each run and the medians of its numbers. */
async function repeat<T extends object>(label: string, fn: () => Promise<T>) {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await fn());
  const medians = Object.fromEntries(
    Object.keys(results[0]!)
      .filter((k) => results.every((r) => typeof (r as Record<string, unknown>)[k] === "number"))
      .map((k) => [k, median(results.map((r) => (r as Record<string, number>)[k]!))]),
  );
  console.log(`\n${label} (${runs} runs; ${server ? "PostgreSQL" : "PGlite"})`);
  for (const r of results) console.log("  run:", JSON.stringify(r));
  console.log("  median:", JSON.stringify(medians));
}

if (want("registration")) await repeat("registration turns, 500 trainees, 50 at once", () => withDatabase((url) => benchRegistration({ url })));
if (want("answers")) await repeat("answer latency over the question table (ms)", () => benchAnswers());
if (want("telegram")) await repeat("telegram webhook, 50 trainees at once", () => withDatabase((url) => benchTelegramWebhook({ databaseUrl: url })));
if (want("selection")) await repeat("selection rule, 100,000 trainees (ms)", () => benchSelection());
// `import` is both halves of the issue: 20,000 questionnaire rows, then 300,000 attendance rows
if (want("import-questionnaire") || want("import")) {
  await repeat("questionnaire import, 20,000 rows in 问卷星's by-number layout", () => withDatabase((url) => benchImportQuestionnaire({ url })));
}
if (parts.includes("peer")) {
  // not in the default set: it runs the shared harness (about 10 minutes) and needs root for its database setup
  const { benchPeer } = await import("./peer.js");
  const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const users = (arg("users") ?? "1,50,200").split(",").map(Number);
  process.exitCode = await benchPeer({ runs, seconds: Number(arg("seconds") ?? 20), users });
}
if (want("broadcast")) {
  const { benchBroadcast } = (await import("./broadcast.js")) as { benchBroadcast: (o: { url?: string }) => Promise<object> };
  await repeat("broadcast", () => withDatabase((url) => benchBroadcast({ url })));
}
if (want("import")) {
  const { benchImportAttendance } = await import("./importAttendance.js");
  await repeat("attendance import, 300,000 rows of a five-day livestream", () => withDatabase((url) => benchImportAttendance({ url })));
}
