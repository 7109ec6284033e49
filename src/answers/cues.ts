import type { Programme } from "../programme/schema.js";
import { fuzzyIncludes } from "./typos.js";

export type CueName = "training" | "trainingItself" | "trainingEn" | "exact" | "trip" | "heads" | "taskVerbs" | "taskVerbsEn" | "taskMeasures" | "topicTails" | "taskMakeEn" | "notTraining";

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The programme's words of one cue list as alternatives, the longer first; never matching when the list is empty. */
export function cueSource(p: Programme, name: CueName): string {
  const words = [...(p.answers?.cues?.[name] ?? [])].sort((a, b) => b.length - a.length);
  return words.length ? words.map(esc).join("|") : "(?!)";
}

const cache = new WeakMap<Programme, Map<string, RegExp>>();

/** A cue list as a regex matching any of its words as written (normalised, Latin in lower case). */
export function cue(p: Programme, name: CueName, flags = ""): RegExp {
  let m = cache.get(p);
  if (!m) cache.set(p, (m = new Map()));
  let re = m.get(name + flags);
  if (!re) m.set(name + flags, (re = new RegExp(cueSource(p, name), flags)));
  return re;
}

/**
 * The cue list names something in the text, as written or with one character typed for one that sounds the same
 * ("文卷" for 问卷, "临选" for 遴选, "陪训" for 培训): a slip of a training word is still the training's word.
 */
export function cueOrSlip(p: Programme, name: CueName, text: string): boolean {
  if (cue(p, name).test(text)) return true;
  return (p.answers?.cues?.[name] ?? []).some((w) => w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w) && fuzzyIncludes(text, w) > 0);
}
