import type { Case } from "./questions.js";
import { q, en, unk, out, at, county } from "./cases.js";

/**
 * probe25: another mixed set, written after probe24 was fixed and before running it: pinyin with Chinese words inside,
 * chat slang, slips, places, other exams and IP practice, late items.
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE25: Case[] = [
  q("qing wen xian xia pei xun shen me shi hou", "另行通知"),
  q("hui zhi 发 na ge 邮箱", "邮箱"),
  q("zai xian ce shi zhan duo shao", "30%"),
  q("xian shang xue xi shi chang yao duo jiu", "20小时"),
  q("bao ming jie zhi le ma", "6月5日"),
  county("wo men gong si zai xiao gan, zhao shei", WH, [XS, YJ]),
  county("sui zhou de lian xi ren", XS, [WH, YJ]),
  q("培训内容听起来挺干货的 五会都是啥", "会维权应对"),
  unk("线下实操考核会不会很难啊 有点慌hhh"),
  q("四知都是些啥呀 好奇", "风险防范"),
  q("测试成绩占多大头", "30%"),
  q("学时不够二十小时咋办", "20小时"),
  q("抱名截至是几号来着", "6月5日"),
  q("回值要盖章吗", "盖章"),
  q("连系人电话给一下", "027-87520061"),
  county("俺们在洪湖 该报哪个班", YJ, [WH, XS]),
  county("咱们公司在谷城县 联系谁", XS, [WH, YJ]),
  county("阿拉是黄梅的 报名找谁", WH, [XS, YJ]),
  county("我们在监利 线下在哪培训", YJ, [WH, XS]),
  out("注册安全工程师几号报名"),
  out("专利转让要交什么费"),
  out("商标被驳回了怎么办"),
  out("今年公务员考试什么时候"),
  out("會計證怎麼考"),
  en("How much weight does the online test carry?", "30%"),
  en("What's the share of online hours in the selection score?", "40%"),
  q("线下第一天考完试以后还有啥", "学习报告"),
  q("线下第二天上午结束后干嘛", "结业返回"),
  at("2022-06-20T10:00:00+08:00", q("问卷还没填 现在还能补吗", "6月5日")),
  at("2022-06-08T10:00:00+08:00", q("回执昨天才想起来没交 咋办", "6月5日")),
  q("这个陪训要交前吗", "免费"),
  q("要不要交前啊", "免费"),
  unk("线下考试是开卷吗"),
  unk("直播能回看吗"),
];
