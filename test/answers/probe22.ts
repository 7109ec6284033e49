import type { Case } from "./questions.js";
import { q, en, out, at, county } from "./cases.js";

/**
 * probe22: written after heldout9's first run and before any fix, one kind of miss per group: pinyin typed syllable by
 * syllable, messages about the training read as outside (slang, slips of a training word, shares, dialect pronouns,
 * county-level places), outside subjects not declined (IP fees in traditional characters, other exams' registration),
 * and wrong readings (English shares of the selection, the evening after the exam, a late receipt, 前 for 钱).
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE22: Case[] = [
  // 1. full pinyin, syllable by syllable, mixed, with commas and places
  q("xian xia pei xun zai na li", "另行通知"),
  q("bao ming jie zhi shi ji hao", "6月5日"),
  q("pei xun yao jiao qian ma", "免费"),
  q("zai xian xue xi yao duo shao xiao shi", "20小时"),
  q("hui zhi yao gai zhang ma", "盖章"),
  q("xianshang peixun ji tian", "5天"),
  at("2022-06-14T09:00:00+08:00", q("ming tian shang wu jiang shen me", "风险防范")),
  county("wo shi zhong xiang de, zhao shei bao ming", YJ, [WH, XS]),
  county("wo zai shiyan, lianxiren dianhua duoshao", XS, [WH, YJ]),
  county("xiao gan de qi ye, hui zhi fa na li", ["whfw011@163.com"], ["287283496@qq.com", "446131789@qq.com"]),
  // 2. about the training, though in slang, slips, shares, dialect or a county-level place
  q("四知听着好高大上啊hhh 具体是哪四个", "新法政策"),
  q("五会是啥 感觉好唬人哈哈", "会检索查新"),
  q("问劵交了 接下来干嘛", "回执"),
  q("在线测试那项占百分之多少", "30%"),
  q("问卷质量占百分之几啊", "30%"),
  county("俺是钟祥的 报名找哪个", YJ, [WH, XS]),
  county("咱宜都的企业归哪个班 联系谁", YJ, [WH, XS]),
  county("阿拉在武穴 联系人是谁", WH, [XS, YJ]),
  county("俺们竹山县的 回执发哪", ["287283496@qq.com"], ["whfw011@163.com", "446131789@qq.com"]),
  county("沙洋那边的找谁", YJ, [WH, XS]),
  county("咱们老河口的企业联系哪位", XS, [WH, YJ]),
  county("俺在蕲春 找哪个老师", WH, [XS, YJ]),
  // 3. outside: IP fees (traditional), other exams' registration
  out("商標續展費在哪裡交"),
  out("專利年費可以減繳嗎"),
  out("今年二建什么时候报名"),
  out("中级经济师考试几号开始报名"),
  out("注册会计师报名入口在哪"),
  out("教资报名截止是哪天"),
  out("软考啥时候报名啊"),
  out("专利年费滞纳金怎么算"),
  // 4. wrong readings
  en("How much does the online test count toward the selection?", "30%"),
  en("What percentage of the selection score is study time?", "40%"),
  en("What weight does the questionnaire have in the selection?", "30%"),
  q("线下第一天晚上有什么安排", "学习报告"),
  q("考完试晚上干嘛", "学习报告"),
  at("2022-06-08T10:00:00+08:00", q("回执还没发 现在补发来得及吗", "6月5日")),
  at("2022-06-07T09:00:00+08:00", q("问卷忘了填 还能补填吗", "6月5日")),
  at("2022-06-09T11:00:00+08:00", q("回执晚交了几天 还收吗", "6月5日")),
  q("这培训收前吗", "免费"),
  q("报名要花前不", "免费"),
  q("线下吃住要掏前吗", "统一安排"),
];
