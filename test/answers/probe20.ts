import type { Case } from "./questions.js";
import { q, en, unk, out, at, county } from "./cases.js";

/**
 * probe20: an eleventh set, written after probe19 was fixed and before running it: everyday wording of registration,
 * selection, certificate, fees and logistics, English, and a few of every other kind.
 */
const WH = ["林周", "027-87865011"];

// Left out as unclear questions: "报告写不完怎么办", "现在几点开始的".
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];
const enOut = (text: string): Case => ({ q: text, facts: [], outside: true, en: true });

export const PROBE20: Case[] = [
  q("我要报名 第一步干啥", "问卷"),
  q("报名需要准备啥材料不", "回执"),
  q("回执是我自己填还是单位填", "单位名称"),
  q("回执写完要干嘛", "公章"),
  q("回执邮箱是统一的吗", "所在班次"),
  q("问卷大概填些什么", "问卷"),
  q("扫码填问卷的二维码在哪", "wjx.cn"),
  q("填了问卷没交回执算报名吗", "报名成功"),
  q("报名有名额限制吗", "不限"),
  q("报名是免费的吧", "免费"),
  q("啥样的人能进线下", "遴选"),
  q("线下考核资格怎么来的", "遴选"),
  q("问卷填得认真有用吗", "30%"),
  q("线上学习时间够20小时就行吗", "20小时"),
  q("遴选的三项是啥", "30%", "40%"),
  q("总分100分怎么分配", "30%"),
  q("不去线下能拿证吗", "线下考核"),
  q("证书是什么名称", "知识产权专员证书"),
  q("拿证的条件", "学习报告"),
  q("证书由哪个局发", "湖北省知识产权局"),
  q("培训期间吃住免费吗", "食宿统一安排"),
  q("交通费能报销吗", "自理"),
  q("有没有什么费用要交", "任何费用"),
  q("线下住宿本地人安排吗", "本地学员不安排住宿"),
  // (written as answered; one clause, half unstated: judged unknown, giving the laptop)
  unk("要带身份证和电脑吗", "笔记本电脑"),
  q("电脑要联网吗", "网络功能"),
  q("后期服务有哪些", "合作交流群", "智慧桥"),
  q("企业能免费用哪些系统", "智慧桥"),
  q("会推送政策吗", "政策"),
  q("能咨询评职称的事吗", "职称评价考试"),
  q("这个培训是谁组织的", "湖北省知识产权局"),
  q("线下培训谁来组织", "承办单位"),
  q("这个培训的依据是什么文件", "知识产权强国纲要"),
  q("培训对象是谁", "负责知识产权工作的企业专（兼）职人员"),
  q("培训内容", "四知"),
  q("线下培训课程安排", "学员报到"),
  q("线上课程安排", "开班仪式"),
  q("线下第二天上午讲什么系统", "新一代专利信息检索与分析系统"),
  q("智慧桥是啥", "专利转化运用系统"),
  // contacts
  q("武汉班电话", "027-87865011"),
  q("十堰班邮箱", "287283496@qq.com"),
  q("宜昌班联系人", "黄夏"),
  q("襄十随神城市群联系人是谁", "肖玉杰"),
  q("宜荆荆恩的报名邮箱", "446131789@qq.com"),
  q("武汉1+8城市圈的邮箱", "whfw011@163.com"),
  county("我们单位在潜江 联系谁", WH, [XS, YJ]),
  county("枣阳的企业 回执发哪个邮箱", ["287283496@qq.com"], [["whfw011@163.com", "446131789@qq.com"]]),
  county("荆门的企业报名找谁", YJ, [WH, XS]),
  county("咸宁 联系人电话", WH, [XS, YJ]),
  county("我们是当阳的 报名截止几号", ["6月5日"], [WH, XS]),
  // English
  en("what do I need to register", "questionnaire"),
  en("is there a limit on online places", "unlimited"),
  en("what happens after I fill in the questionnaire", "registration"),
  en("is the selection based on scores", "30%"),
  en("how do I get the certificate", "pass"),
  en("are meals free", "arranged"),
  en("do I pay for my travel", "own"),
  en("who runs the offline training", "Host"),
  en("what's the Yichang class email", "446131789@qq.com"),
  en("what's the Wuhan class phone", "027-87865011"),
  en("what is taught on day 3 of the livestream", "风险防范与控制策略"),
  en("what is on offline day 2 morning", "新一代专利信息检索与分析系统"),
  at("2022-06-14T09:00:00+08:00", en("what's today's morning class", "专利导航")),
  at("2022-06-15T20:00:00+08:00", en("tomorrow afternoon?", "高质量专利撰写实务")),
  // clock
  at("2022-06-14T09:00:00+08:00", q("今天第几天", "第2天")),
  at("2022-06-16T14:00:00+08:00", q("这节是撰写课吗", "高质量专利撰写实务")),
  at("2022-06-17T09:00:00+08:00", q("最后一天下午讲啥", "考核答疑互动")),
  // open and outside
  unk("线下可以提前一天到吗"),
  // (written as unknown; no fee of any kind may be charged answers it)
  q("证书要交工本费吗", "任何费用"),
  unk("考试可以用电脑查资料吗"),
  unk("线上课程有讲义吗"),
  out("专利侵权赔偿标准"),
  out("武汉东湖好玩吗"),
  out("怎么查企业信用"),
  out("帮我做个PPT"),
  enOut("write an email to my boss"),
];
