import type { Case } from "./questions.js";
import { URL, q, en, unk, out, at, county } from "./cases.js";

/**
 * Eighth batch (issue 10, phase 1): a third round of probes, written after probe7's fixes and before running them:
 * long and polite messages, chat habits (老师 + question, emoji, spaces, mixed English), and the categories again.
 * First run: see the commit that adds this file.
 */

const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YC = ["黄夏", "15871601325"];

const CHAT: Case[] = [
  q("老师您好，请问一下这个培训要不要钱呀", "不得向企业、培训人员收取任何费用"),
  q("您好 想咨询下报名截止是哪天", "6月5日"),
  q("老师，线下培训要自己带电脑吗🙏", "笔记本电脑"),
  q("请问线下培训食宿怎么安排？谢谢！", "食宿统一安排"),
  q("麻烦问下回执是发邮箱吗", "报名邮箱"),
  q("打扰一下，直播链接在哪里看", "直播链"),
  q("我们是襄阳一家企业，想报名参加这个培训，请问联系谁", ...XS),
  q("你好，我想了解一下培训都讲些什么内容", "四知"),
  q("请问 线上 培训 几号 开始", "6月13日"),
  q("问卷的link发一下", URL),
  q("offline培训在哪", "另行通知"),
  q("请问证书是哪里发的啊", "湖北省知识产权局"),
  q("老师 线上课要上多少小时才能去线下", "20小时"),
  q("想问下我们公司可以报几个人", "不限"),
  q("培训的截止时间和报名方式麻烦发一下", "6月5日", URL),
  q("线下住宿是统一安排的吗", "食宿统一安排"),
  q("回执盖章版和电子版都要发吗", "扫描"),
  q("请问交通费用是自理吗", "往返交通费自理"),
  q("线上直播一共有多少节课", "6月13日"),
  q("你好，宜昌的企业应该报哪个班", "宜荆荆恩"),
];

const MORE_TIME: Case[] = [
  q("第五天下午是什么", "知识产权考核答疑互动"),
  q("第3天下午讲什么", "知识产权维权策略实务"),
  q("6月13日下午有课吗", "知识产权类课题项目申报书撰写辅导"),
  q("六月十五号讲啥", "知识产权风险防范与控制策略"),
  q("开班是哪天上午", "6月13日"),
  q("线下第一天中午干嘛", "学员报到"),
  q("线下第二天中午", "结业返回"),
  q("新一代检索系统哪天教", "第2天"),
  q("线上课程表发一下", "高质量专利撰写实务"),
  q("线下课程安排", "学员报到"),
  at("2022-06-13T13:00:00+08:00", q("今天下午讲什么", "知识产权类课题项目申报书撰写辅导")),
  at("2022-06-16T22:00:00+08:00", q("明天最后一天讲什么", "企业知识产权标准化管理模式实务")),
  at("2022-06-07T10:00:00+08:00", q("下周一几点开始", "6月13日")),
  at("2022-06-14T10:00:00+08:00", q("周三上午讲啥", "知识产权风险防范与控制策略")),
  at("2022-06-01T10:00:00+08:00", q("报名还有几天截止", "6月5日")),
];

const MORE_PEOPLE: Case[] = [
  county("我是天门的 找哪位老师", WH, [XS, YC]),
  county("保康县企业报名联系方式", XS, [WH, YC]),
  county("远安的企业找谁", YC, [WH, XS]),
  county("嘉鱼县属于哪个班", ["1+8"], [XS, YC]),
  county("建始的回执发哪个邮箱", ["446131789@qq.com"], [WH, XS]),
  county("南漳的联系人", XS, [WH, YC]),
  county("红安的企业报名找谁", WH, [XS, YC]),
  county("石首的企业联系电话", YC, [WH, XS]),
  q("省局的联系人电话", "027-87520061"),
  q("武汉城市圈的培训班联系人", ...WH),
  q("宜昌班联系方式", ...YC),
  q("襄十随神班邮箱", "287283496@qq.com"),
];

const MORE_RULES: Case[] = [
  q("培训会收取资料费吗", "不得向企业、培训人员收取任何费用"),
  q("线下吃饭要钱吗", "食宿统一安排"),
  q("本地的学员住宿怎么办", "本地学员不安排住宿"),
  q("路费自己承担吗", "往返交通费自理"),
  q("电脑要什么样的", "网络功能"),
  q("报名需要盖章吗", "公章"),
  q("回执的扫描件发给谁", "报名邮箱"),
  q("问卷填了就算报上了吗", "在线完成问卷即为报名成功"),
  q("线上没有名额限制吧", "不限"),
  q("线下每个班多少个名额", "200"),
  q("遴选看哪些方面", "30%", "40%"),
  q("学时不够20小时能去线下吗", "20小时"),
  q("在线测试成绩占多少比例", "30%"),
  q("线下考核通过了有什么", "知识产权专员证书"),
  q("专员证书由谁颁发", "湖北省知识产权局"),
  q("什么样的人能报名", "负责知识产权工作的企业专（兼）职人员"),
  q("需要配合疫情防控吗", "疫情防控"),
  q("培训的流程是什么", "线上培训"),
  q("结业以后有什么福利", "智慧桥"),
  q("承办单位有哪些", "基地"),
  q("通知是哪天发的", "5月17日"),
  q("这个培训是干什么的", "四知"),
  q("报名要填哪些信息", URL),
];

const MORE_EN: Case[] = [
  en("Hi, when does the livestream start?", "June 13"),
  en("Is there a cost to attend?", "no fee"),
  en("Where do I fill in the survey?", URL),
  en("Who do I contact in Enshi?", "15871601325"),
  en("Do local trainees get a hotel room?", "except for local trainees"),
  en("Do I pay for my own transport?", "pay their own travel"),
  en("what's taught on the last day afternoon", "知识产权考核答疑互动"),
  en("How many trainees are selected for the offline stage?", "600"),
  en("Can students join?", "enterprise staff"),
];

const MORE_OUT: Case[] = [
  out("专利代理师考试怎么报名"),
  out("商标申请要交多少钱"),
  out("武汉哪里停车便宜"),
  out("社保断缴了怎么办"),
  out("外观设计专利怎么申请"),
  out("著作权和专利有什么区别"),
  out("周末武汉天气咋样"),
  out("帮我看看这个合同"),
  // found by hand after the first run, then fixed
  out("专利怎么申请"),
  out("How do I apply for a patent?"),
  { q: "How do I pay my taxes?", facts: [], outside: true },
  { q: "Where can I register a trademark?", facts: [], outside: true },
];

const MORE_OPEN: Case[] = [
  unk("直播错过了能看回放吗", "027-87520061"),
  unk("线下酒店是哪家", "027-87520061"),
  unk("有没有纸质证书", "027-87520061"),
  unk("线下培训具体哪天", "另行通知"),
  unk("在线考试什么时间", "027-87520061"),
  unk("课件能发一下吗", "027-87520061"),
  unk("能开培训发票吗", "027-87520061"),
  unk("线下培训要穿工装吗", "027-87520061"),
  // found by hand after the first run, then fixed
  unk("知识产权局在哪", "027-87520061"),
  unk("线上培训需要摄像头吗", "027-87520061"),
  { ...unk("Can I bring my child?"), en: true },
  { ...unk("Will there be recordings?"), en: true },
  unk("考试不过怎么办", "027-87520061"),
  unk("线上要签到吗", "027-87520061"),
];

const MORE_TWO: Case[] = [
  q("线下几天？要带什么？", "2天", "笔记本电脑"),
  q("直播几号开始，要学多少小时", "6月13日", "20小时"),
  q("报名免费吗，证书有吗", "不得向企业、培训人员收取任何费用", "知识产权专员证书"),
  q("宜昌班找谁 回执发哪", "黄夏", "446131789@qq.com"),
  // found by hand after the first run, then fixed: the outside clause no longer steers the answer to the schedule
  { q: "培训免费吗？明天下雨吗？", facts: ["不得向企业、培训人员收取任何费用", "不在我能解答的范围内"], absent: ["开班仪式"] },
];

export const PROBE8: Case[] = [...CHAT, ...MORE_TIME, ...MORE_PEOPLE, ...MORE_RULES, ...MORE_EN, ...MORE_OUT, ...MORE_OPEN, ...MORE_TWO];
