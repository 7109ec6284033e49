import type { Case } from "./questions.js";

/**
 * A third held-out batch: how busy clerks, older engineers and 市州 coordinators type in WeChat —
 * very short, indirect, multi-part, voice-input homophones, mixed English, English only, half-days,
 * and things the notice does not say. Written and scored before any fix.
 */
const q = (text: string, ...facts: string[]): Case => ({ q: text, facts });
const en = (text: string, ...facts: string[]): Case => ({ q: text, facts, en: true });
const unk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true });
const at = (cityId: string, text: string, ...facts: string[]): Case => ({ q: text, facts, ctx: { cityId } });
const URL = "https://www.wjx.cn/vj/0Ft1w5x.aspx";
const PROVINCE = "027-87520061";

export const HELDOUT3: Case[] = [
  // very short
  q("几号截止", "6月5日"),
  q("住哪", "统一安排"),
  q("费用？", "收取任何费用"),
  q("啥时候开课", "6月13日"),
  q("线上几天啊", "6月13日", "6月17日"),
  q("问卷地址发一下", URL),
  q("名额多少", "600"),
  q("证书谁发", "湖北省知识产权局"),
  q("要带啥", "笔记本电脑"),
  q("回执发哪", "邮箱"),
  // indirect, by where the company is
  q("我们公司在潜江，该联系哪位老师", "林周"),
  q("我在恩施一家企业上班，报名表发给谁", "446131789@qq.com"),
  q("老板让我问下十堰这边谁负责", "肖玉杰"),
  q("襄樊的企业归哪个班", "襄十随神"),
  q("神龙架的学员去哪个基地", "十堰"),
  q("我是天门的，线下在哪培训", "另行通知"),
  q("咸宁这边的联系人电话", "027-87865011"),
  at("jingzhou", "我该找谁报名", "黄夏"),
  q("我们单位在随州 有问题打哪个电话", "13797815940"),
  // multi-part
  q("报名截止几号？报名表发哪个邮箱？我们是荆门的", "6月5日", "446131789@qq.com"),
  q("线下培训要收费吗，住宿管不管", "收取任何费用", "统一安排"),
  q("线上培训什么时候开始，要学够多少小时", "6月13日", "20小时"),
  q("证书怎么拿？要考试吗", "知识产权专员证书"),
  q("遴选怎么算分，问卷占多少", "30%"),
  q("线下几天，在哪里", "另行通知"),
  // voice input: homophones
  q("报明截至日期", "6月5日"),
  q("线下陪训要带笔记本电脑吗", "笔记本电脑"),
  q("直博链接什么时候发", "直播链"),
  q("在线学习时常要多少", "20小时"),
  q("回执要盖张吗", "公章"),
  q("知识产权专员正书怎么获得", "知识产权专员证书"),
  q("宜昌班的连系人是谁", "黄夏"),
  q("食速怎么安排", "统一安排"),
  q("交通费报消吗", "往返交通费自理"),
  // mixed English
  q("deadline是哪天", "6月5日"),
  q("offline培训要带laptop吗", "笔记本电脑"),
  q("报名的link发一下", URL),
  q("线上课程的schedule有吗", "6月13日", "知识产权考核答疑互动"),
  q("培训有certificate吗", "知识产权专员证书"),
  q("contact person是谁，我们在黄冈", "林周"),
  q("online培训几号start", "6月13日"),
  q("hotel要自己订吗", "统一安排"),
  // English only
  en("deadline?", "June 5"),
  en("how much does it cost", "free"),
  en("Where do I fill in the survey?", URL),
  en("What's on the afternoon of day 2?", "知识产权检索查新技能实务"),
  en("Do I need to bring a laptop for the offline part?", "laptop"),
  en("How many hours online do I need to qualify?", "20"),
  en("who's the contact for Xiangyang companies", "Xiao Yujie", "13797815940"),
  en("when does the livestream start", "June 13"),
  en("How are trainees picked for the offline training?", "30%", "40%"),
  en("what's the email for the Wuhan class", "whfw011@163.com"),
  en("is food and lodging covered", "arranged"),
  // half-days and sessions
  q("第二天下午是啥课", "知识产权检索查新技能实务"),
  q("14号上午", "企业知识产权分析评议与专利导航"),
  q("周五下午讲什么", "知识产权考核答疑互动"),
  q("6.15下午", "知识产权维权策略实务"),
  q("线上最后一天上午上什么", "企业知识产权标准化管理模式实务"),
  q("专利撰写那节课是哪天", "6月16日"),
  q("检索查新课在哪天", "6月14日"),
  q("线下第一天晚上干嘛", "知识产权专员学习报告撰写"),
  q("线下考试在第几天", "第1天"),
  q("开班仪式几号", "6月13日"),
  q("13号下午的课", "知识产权类课题项目申报书撰写辅导"),
  q("星期三上午", "知识产权风险防范与控制策略"),
  q("智慧桥那个系统啥时候教", "第1天"),
  // rules
  q("报名表要盖公章吗", "公章"),
  q("线上培训参训人数有限制吗", "不限"),
  q("宜荆荆恩班招几个人", "200"),
  q("市州联系人名单几号前报", "5月26日"),
  q("问卷填好了就算报上名了吗", "报名成功"),
  // the notice does not say
  unk("第四天上午谁讲课", PROVINCE),
  unk("线下培训能停车吗", PROVINCE),
  unk("结业考试几分及格", PROVINCE),
  unk("线下住宿是几人间", PROVINCE),
  unk("线上缺了一天课能补吗", PROVINCE),
  unk("我们是潜江的，线下培训有没有车接送", "林周"),
  unk("能开个参加培训的证明给单位吗", PROVINCE),
  unk("直播用什么平台，腾讯会议还是钉钉", PROVINCE),
  { q: "What time does the livestream start each morning?", facts: [PROVINCE], unknown: true, en: true },
  unk("证书有编号吗，网上能查到吗", PROVINCE),
];

/** Group chatter: silent when the bot is not mentioned. */
export const HELDOUT3_CHATTER: string[] = [
  "收到",
  "好的谢谢老师",
  "你们那边直播卡吗",
  "哈哈哈哈",
  "[强][强]",
  "明天见",
  "下午开会，先下了",
  "谁有充电宝借我一下",
  "中午吃啥去",
  "老王你报了没",
  "这个老师讲得真好",
  "我们公司今年申请了20多件专利",
  "周末去爬山吗",
  "已提交",
  "👍",
  "辛苦了各位",
  "刚开完会，回头再看",
  "群里有做新能源的吗",
  "打卡",
  "@张三 文件发你邮箱了",
  // added after the first run, from probing
  "谁有课件",
  "哪位有智慧桥的账号",
];
