import { normaliseText } from "../domain/validators.js";
import type { Programme, ProgrammeClass } from "../programme/schema.js";

export const COORDINATOR_COMMANDS = ["bind", "stats", "select", "publish", "move"] as const;
export type CoordinatorCommand = (typeof COORDINATOR_COMMANDS)[number];

/** "/bind wuhan", "/bind@HubeiIpBot wuhan" (Telegram adds the bot's name in groups); others are not ours. */
export function parseCommand(text: string): { name: CoordinatorCommand; args: string[] } | undefined {
  const m = /^[/／]([a-z]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(normaliseText(text));
  if (!m) return undefined;
  const name = m[1]!.toLowerCase() as CoordinatorCommand;
  if (!COORDINATOR_COMMANDS.includes(name)) return undefined;
  return { name, args: (m[2] ?? "").split(/\s+/).filter(Boolean) };
}

const bare = (s: string) => normaliseText(s).replace(/[“”"'‘’\s]/g, "").toLowerCase();

/** A class by id, Chinese name or alias, quotes optional; also by a city of it ("武汉", "宜昌班", "荆门市"). */
export function findClassLoose(p: Programme, text: string): ProgrammeClass | undefined {
  const t = bare(text);
  const named = (x: string) => p.classes.find((c) => [c.id, c.name.zh, c.name.en, ...c.aliases].some((n) => bare(n) === x));
  const city = (x: string) => p.cities.find((c) => [c.id, c.zh, ...c.aliases].some((n) => bare(n) === x));
  const byCity = (x: string) => {
    const c = city(x);
    return c ? p.classes.find((k) => k.cities.includes(c.id)) : undefined;
  };
  const short = t.replace(/(班次|班)$/, "");
  return named(t) ?? named(short) ?? byCity(t) ?? (short ? byCity(short) : undefined);
}

export const classList = (p: Programme) => p.classes.map((c) => `${c.id}（${c.name.zh}）`).join("、");
