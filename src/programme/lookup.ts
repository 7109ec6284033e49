import type { Programme, ProgrammeClass, City } from "./schema.js";

export function classById(p: Programme, id: string): ProgrammeClass | undefined {
  return p.classes.find((c) => c.id === id);
}

export function classOfCity(p: Programme, cityId: string): ProgrammeClass | undefined {
  return p.classes.find((c) => c.cities.includes(cityId));
}

export function cityById(p: Programme, id: string): City | undefined {
  return p.cities.find((c) => c.id === id);
}

/** Finds a city by its id, full name or an alias inside free text ("我是荆门的" finds jingmen). */
export function findCity(p: Programme, text: string): City | undefined {
  const t = text.trim();
  const exact = p.cities.find((c) => c.id === t.toLowerCase() || c.zh === t || c.en.toLowerCase() === t.toLowerCase() || c.aliases.includes(t));
  if (exact) return exact;
  let best: { city: City; len: number } | undefined;
  for (const c of p.cities) {
    for (const name of [c.zh, ...c.aliases]) {
      if (t.includes(name) && (!best || name.length > best.len)) best = { city: c, len: name.length };
    }
  }
  return best?.city;
}

export function findClass(p: Programme, text: string): ProgrammeClass | undefined {
  const t = text.trim();
  return p.classes.find((c) => c.id === t || c.name.zh === t || c.name.en === t || c.aliases.includes(t));
}

export function formDeadline(p: Programme): Date {
  return new Date(p.registration.formDeadline);
}

/** "2022-06-13" as "6月13日". */
export function zhDate(iso: string): string {
  const [, m, d] = iso.split("-");
  return `${Number(m)}月${Number(d)}日`;
}
