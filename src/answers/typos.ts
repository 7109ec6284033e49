// Characters people swap when typing pinyin or by shape; a keyword tolerates one swap inside a group.
const GROUPS = [
  "费废肺沸", "播波拨博", "链连练", "接街", "邮油由", "箱相香", "联连", "系细", "住驻注助", "宿诉速",
  "证正政症", "书输术叔舒", "班般搬版", "报抱保", "名明", "课可克", "程成", "讲将奖", "线现", "截节",
  "止只址至", "带待代戴袋", "饭范反", "钱前", "撰篆赚", "写泻", "仪议疑", "式试事",
  "考烤", "核合", "遴林临邻", "选旋", "疫役", "情请清", "电点店典垫", "话化画", "流留刘", "培陪赔",
  "训讯迅", "直值植", "哪那", "盖概改", "章张", "问文闻", "卷眷倦", "费肺", "址纸", "谁睡", "找照",
  "回会汇", "执直", "员园元", "格隔", "额鹅", "晚碗", "票漂", "程城", "管馆", "吃迟", "路录",
  "防房访", "控空", "携协", "脑恼", "笔比", "记纪", "账帐", "号好", "长常尝", "截接", "递第",
];

const groupOf = new Map<string, Set<number>>();
GROUPS.forEach((g, i) => {
  for (const ch of g) {
    const s = groupOf.get(ch) ?? new Set<number>();
    s.add(i);
    groupOf.set(ch, s);
  }
});

// Swapping one of these changes the meaning ("线上" and "线下" are one character apart).
const CRITICAL = new Set("上下前后早晚多少不没有无是否男女一二三四五六七八九十");

export function confusable(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = groupOf.get(a);
  const gb = groupOf.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
}

const CJK_CHAR = /[\u3400-\u9fff]/;

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
    if (confusable(a, b)) return 0.85;
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
