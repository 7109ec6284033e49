import { benchRegistration } from "./registration.js";

// `npm run bench [-- part ...]`: each part against DATABASE_URL (else PGlite in memory); medians over runs.
const url = process.env.DATABASE_URL;
const parts = process.argv.slice(2);
const want = (p: string) => !parts.length || parts.includes(p);

const optional = async (file: string, fn: string) => {
  try {
    return ((await import(file)) as Record<string, (o?: object) => Promise<unknown>>)[fn];
  } catch {
    return undefined;
  }
};

if (want("registration")) {
  console.log("registration turns:", await benchRegistration({ url }));
}
for (const [part, file, fn] of [
  ["answers", "./answers.js", "benchAnswers"],
  ["telegram", "./telegram.js", "benchTelegramWebhook"],
  ["selection", "./selection.js", "benchSelection"],
  ["broadcast", "./broadcast.js", "benchBroadcast"],
] as const) {
  if (!want(part)) continue;
  const run = await optional(file, fn);
  if (run) console.log(`${part}:`, await run({ url }));
}
