import type { Case } from "./questions.js";
import { q, unk } from "./cases.js";

/**
 * probe27: pinyin with tone numbers and pinyin asking what the notice leaves out, checked after probe26 (first run: the
 * tone numbers and both replay questions got no answer).
 */
export const PROBE27: Case[] = [
  q("pei2 xun4 mian3 fei4 ma", "免费"),
  q("bao4 ming2 jie2 zhi3 ji3 hao4", "6月5日"),
  unk("xian shang ke you hui fang ma"),
  unk("zhi bo you hui fang ma"),
  unk("xian xia zhu su shi dan jian ma"),
];
