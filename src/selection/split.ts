/** Longest text per message on each channel, with room for the part header. */
export const MESSAGE_LIMITS: Record<string, number> = { telegram: 4096, wechat: 2000, console: 100_000 };

const HEADER_ROOM = 40;

/**
 * Splits lines into messages under `limit` characters (UTF-16 units, as Telegram counts),
 * never inside a line; each message after splitting says which part it is.
 */
export function splitMessages(title: string, lines: readonly string[], limit: number): string[] {
  const budget = limit - HEADER_ROOM - title.length;
  const chunks: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const raw of lines) {
    const line = raw.length > budget ? `${raw.slice(0, budget - 1)}…` : raw;
    if (cur.length && size + line.length + 1 > budget) {
      chunks.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(line);
    size += line.length + 1;
  }
  if (cur.length || !chunks.length) chunks.push(cur);
  const n = chunks.length;
  return chunks.map((c, i) => [n > 1 ? `${title}（${i + 1}/${n}）` : title, ...c].join("\n"));
}
