import type { Case } from "./questions.js";
import { q, en, out, at, county } from "./cases.js";

/**
 * probe23: a second set of heldout9's kinds, written after probe22 was fixed and before running it, to see whether the
 * fixes carry to other sentences.
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE23: Case[] = [
  // pinyin typed apart
  q("xian shang zhi bo ji hao jie shu", "17日"),
  q("xian xia pei xun ji tian", "2天"),
  q("zheng shu shei fa de", "湖北省知识产权局"),
  q("bao ming yao jiao hui zhi ma", "回执"),
  q("pei xun guan zhu ma", "统一安排"),
  q("wen juan lian jie zai na", "0Ft1w5x"),
  at("2022-06-15T09:00:00+08:00", q("jin tian shang wu jiang sha", "风险防范")),
  county("wo men shi jing zhou de, lian xi ren shi shei", YJ, [WH, XS]),
  county("wo zai xiang yang, hui zhi fa na ge you xiang", ["287283496@qq.com"], ["whfw011@163.com", "446131789@qq.com"]),
  county("huang gang de qi ye zhao shei", WH, [XS, YJ]),
  // slang, slips, shares, dialect, places
  q("实战课程听着好牛啊 具体教啥", "智慧桥"),
  q("这培训感觉挺高大上的 要钱不", "免费"),
  q("陪训几天啊", "5天"),
  q("在线学习时常要多少", "20小时"),
  q("问卷那项占百分之几", "30%"),
  q("三项分别占百分之多少", "40%"),
  county("俺是潜江的 找哪个老师", WH, [XS, YJ]),
  county("咱们恩施建始的企业归哪个班", YJ, [WH, XS]),
  county("俺们郧西县的 电话多少", XS, [WH, YJ]),
  county("咱是远安的 报名联系谁", YJ, [WH, XS]),
  // outside
  out("今年一级造价师啥时候报名"),
  out("消防工程师报名截止几号"),
  out("商標註冊要多久"),
  out("專利代理費一般多少錢"),
  out("考研报名入口在哪里"),
  out("软件著作权登记费用多少"),
  // readings
  en("What percent does attendance count for in the selection?", "40%"),
  en("How much does the quiz count for?", "30%"),
  q("考完试那天晚上干啥", "学习报告"),
  q("报到完了接着干嘛", "考核仪式"),
  at("2022-06-10T10:00:00+08:00", q("回执忘了发 还来得及吗", "6月5日")),
  at("2022-06-06T09:00:00+08:00", q("盖章的回执昨天没交上 还能交吗", "6月5日")),
  q("参加这个要掏前吗", "免费"),
  q("线下住宿要交前不", "统一安排"),
];
