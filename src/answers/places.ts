import type { City, Programme } from "../programme/schema.js";
import gazetteer from "./data/hubei-places.json" with { type: "json" };

export interface Place {
  /** The name as people write it ("枣阳", "光谷"). */
  name: string;
  /** Its official name when it is a division ("枣阳市"). */
  full: string;
  city: City;
}

const ENDING = /(?:土家族自治县|区|县|市)$/;

/** Every district, county, county-level city and common area name of the gazetteer, with its prefecture in this programme. */
export function placesOf(p: Programme): Place[] {
  const out: Place[] = [];
  const noShort = new Set(gazetteer.noShortForm);
  for (const [prefecture, entry] of Object.entries(gazetteer.prefectures)) {
    const city = p.cities.find((c) => c.zh === prefecture || c.aliases.includes(prefecture));
    if (!city) continue;
    for (const full of entry.divisions) {
      out.push({ name: full, full, city });
      const short = full.replace(ENDING, "");
      if (short !== full && short.length >= 2 && !noShort.has(full)) out.push({ name: short, full, city });
    }
    for (const area of entry.areas) out.push({ name: area, full: area, city });
  }
  return out.sort((a, b) => b.name.length - a.name.length);
}
