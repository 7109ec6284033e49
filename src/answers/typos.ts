import { pinyin } from "pinyin-pro";

// A slip typed by pinyin input is a character that sounds the same; Hubei speech also merges n/l, the
// flat and retroflex initials and the front and back nasals, so those count as the same sound too.
function sounds(ch: string, loose: boolean): string[] {
  const key = loose ? ch + "~" : ch;
  const cached = soundCache.get(key);
  if (cached) return cached;
  const readings = pinyin(ch, { toneType: "none", multiple: true, type: "array" });
  const out = [...new Set(loose ? readings.map(fold) : readings)];
  soundCache.set(key, out);
  return out;
}
const soundCache = new Map<string, string[]>();

/** Toneless pinyin with the sounds Hubei speech merges folded together: n/l, zh/z, ch/c, sh/s, -ng/-n. */
export function fold(py: string): string {
  return py.replace(/^([zcs])h/, "$1").replace(/^l/, "n").replace(/ng$/, "n").replace(/v/g, "u");
}

const CJK_CHAR = /[\u3400-\u9fff]/;

// Swapping one of these changes the meaning ("线上" and "线下" are one character apart).
// Question and function words are never a slip for a keyword's character ("讲什么" is not "讲师").
export const CRITICAL = new Set("上下前后早晚多少不没有无是否男女一二三四五六七八九十什么怎哪谁几吗呢吧啊的了在这那个些啥咋嘛呀哦和与跟及或");

/** Two Chinese characters a trainee may type one for the other: they sound alike (`loose`: with the dialect merges). */
export function confusable(a: string, b: string, loose = false): boolean {
  if (a === b) return true;
  if (!CJK_CHAR.test(a) || !CJK_CHAR.test(b)) return false;
  const sb = sounds(b, loose);
  return sounds(a, loose).some((s) => sb.includes(s));
}

/**
 * 1 when `kw` occurs in `text`; 0.85 when it occurs with one character swapped
 * (a confusable one; for keywords of six characters or more, any non-critical Chinese character inside); else 0.
 */
export function fuzzyIncludes(text: string, kw: string): number {
  if (text.includes(kw)) return 1;
  const n = kw.length;
  if (n < 2 || text.length < n || !CJK_CHAR.test(kw)) return 0;
  // with one swap allowed, the first or the second character is there as typed
  if (!text.includes(kw[0]!) && !text.includes(kw[1]!)) return 0;
  for (let i = 0; i + n <= text.length; i++) {
    let miss = -1;
    let ok = true;
    for (let j = 0; j < n; j++) {
      if (text.charCodeAt(i + j) === kw.charCodeAt(j)) continue;
      if (miss >= 0) {
        ok = false;
        break;
      }
      miss = j;
    }
    if (!ok || miss < 0) continue;
    const a = kw[miss]!;
    const b = text[i + miss]!;
    if (CRITICAL.has(a) || CRITICAL.has(b)) continue;
    // a short keyword needs the same syllable; a longer one carries enough context for a dialect slip
    if (confusable(a, b, n >= 3)) return 0.85;
    if (n >= 6 && miss > 0 && miss < n - 1 && CJK_CHAR.test(b)) return 0.85;
  }
  return 0;
}

/** Levenshtein distance of at most one, for English keywords of five letters or more. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < la && j < lb) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (la > lb) i++;
    else if (lb > la) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (la - i) + (lb - j) <= 1;
}

// The training's own English words, which a one-letter slip ("trainig", "certficate") must still reach.
const VOCAB = [
  "training", "register", "registration", "receipt", "certificate", "deadline", "offline", "online", "livestream",
  "questionnaire", "schedule", "selection", "accommodation", "lodging", "laptop", "epidemic", "invoice",
  "organiser", "organizer", "assessment", "attendance", "opening", "ceremony", "patent",
];

/** Replaces an English word of five letters or more that is one edit from a training word. */
export function fixSpelling(norm: string): string {
  if (!/[a-z]{5}/.test(norm)) return norm;
  return norm.replace(/[a-z]{5,}/g, (w) => {
    if (VOCAB.includes(w)) return w;
    const hit = VOCAB.find((v) => Math.abs(v.length - w.length) <= 1 && (withinOneEdit(w, v) || swapsTwo(w, v)));
    return hit ?? w;
  });
}

/** Same letters with two neighbours swapped ("reciept"). */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
