import type { Case } from "./questions.js";
import { URL, q, en, unk, out, at, inClass, county } from "./cases.js";

/**
 * Fifth held-out batch (issue 10), written after the retrieval design was done and before running it:
 * slips, homophones, no punctuation, two questions in one, counties and districts, relative dates with a clock,
 * English, subjects outside the training, questions the notice leaves open.
 */

const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YC = ["黄夏", "15871601325"];
/** A county's answer names its own class's contact and no other class's. */

const SLIPS: Case[] = [
  q("培训收废吗", "不得向企业、培训人员收取任何费用"),
  q("报名节止日期是哪天", "6月5日"),
  q("直波链接什么时候发", "直播链"),
  q("回值发哪个邮箱", "whfw011@163.com"),
  q("证数怎么拿", "知识产权专员证书"),
  q("住宿怎么按排", "食宿统一安排"),
  q("线下培训在那里", "另行通知"),
  q("林选标准是啥", "30%", "40%"),
  q("问卷练接在哪", URL),
  q("交通费报消吗", "往返交通费自理"),
  q("笔计本电脑要带吗", "笔记本电脑"),
  q("开班仪试是哪天", "6月13日"),
  q("线上课程安拍", "知识产权检索查新技能实务"),
  q("培训对像是谁", "负责知识产权工作的企业专（兼）职人员"),
  q("十堰班联系人电化多少", "13797815940"),
  q("宜昌班油箱是多少", "446131789@qq.com"),
  q("十堰班的连系人是谁", "肖玉杰"),
  q("报名回执要盖张吗", "公章"),
  q("线上时常要求多少", "20小时"),
  q("结叶证书谁发", "湖北省知识产权局"),
];

const HOMOPHONES: Case[] = [
  q("培训要交钱码", "不得向企业、培训人员收取任何费用"),
  q("线下管饭码", "食宿统一安排"),
  q("直播连接发了没", "直播链"),
  q("考核标准事什么", "30%"),
  q("在线时常要多少小时", "20小时"),
  q("结业政书是什么", "知识产权专员证书"),
  q("报民方式是什么", URL),
  q("培训留程是什么", "线上培训"),
  q("请问食宿安牌", "食宿统一安排"),
  q("防疫药求有哪些", "疫情防控"),
  q("宜昌班邮相多少", "446131789@qq.com"),
  q("武汉班连系电话", "027-87865011"),
  q("黄夏的电话号嘛", "15871601325"),
  q("线下要带电恼吗", "笔记本电脑"),
  q("报名截只是几号", "6月5日"),
];

const NO_PUNCTUATION: Case[] = [
  q("线下培训要带电脑吗我没有笔记本怎么办", "笔记本电脑"),
  q("报名回执发哪里", "报名邮箱"),
  q("问卷链接发一下谢谢", URL),
  q("我是荆州的报哪个班找谁", ...YC),
  q("第二天上午讲什么", "企业知识产权分析评议与专利导航"),
  q("线上培训多少天", "5天"),
  q("证书是谁颁发的", "湖北省知识产权局"),
  q("我同事也想报名可以吗", "不限"),
  q("不是本地的管住吗", "本地学员不安排住宿"),
  q("几号开始直播", "6月13日"),
  q("遴选按什么标准选人", "30%", "40%"),
  q("结业要写学习报告吗", "学习报告"),
  q("线下住宿要自己付钱吗", "食宿统一安排"),
  q("线上培训人数有限制吗", "不限"),
  q("线下一共几天", "2天"),
];

const TWO_IN_ONE: Case[] = [
  q("培训免费吗 管饭吗", "不得向企业、培训人员收取任何费用", "食宿统一安排"),
  q("截止时间是哪天？回执发哪个邮箱？", "6月5日", "whfw011@163.com"),
  q("线上几号开始，线下在哪", "6月13日", "另行通知"),
  q("要带电脑吗？路费报销吗？", "笔记本电脑", "往返交通费自理"),
  q("我是襄阳的，找谁报名，邮箱多少", "肖玉杰", "287283496@qq.com"),
  q("遴选怎么算分 证书谁发", "30%", "知识产权专员证书"),
  q("第一天上午讲什么 最后一天下午呢", "开班仪式", "知识产权考核答疑互动"),
  q("直播链接怎么拿到？线上要学够多少小时？", "直播链", "20小时"),
  q("线下多少人 线上限不限人数", "600", "不限"),
  q("问卷在哪填 截止几号", URL, "6月5日"),
  q("宜昌班联系人是谁？电话多少？", "黄夏", "15871601325"),
  q("实战课用什么系统 要自己带电脑吗", "新一代专利信息检索与分析系统", "笔记本电脑"),
  q("疫情有什么要求？要不要带电脑？", "疫情防控", "笔记本电脑"),
  q("线下考试在第几天 考完有证书吗", "知识产权结业专员考试", "知识产权专员证书"),
  q("报名要交钱吗，另外报名流程是什么", "不得向企业、培训人员收取任何费用", URL),
];

const COUNTIES: Case[] = [
  county("我在枣阳 找谁报名", XS, [WH, YC]),
  county("广水的找谁", XS, [WH, YC]),
  county("当阳的企业报哪个班", YC, [WH, XS]),
  county("钟祥市的联系人", YC, [WH, XS]),
  county("大冶的企业回执发给谁", WH, [XS, YC]),
  county("麻城属于哪个班", ["1+8"], [XS, YC]),
  county("赤壁的找哪个老师", WH, [XS, YC]),
  county("利川的企业联系谁", YC, [WH, XS]),
  county("丹江口的报名找谁", XS, [WH, YC]),
  county("松滋这边属于哪个城市群", ["宜荆荆恩"], [WH, XS]),
  county("汉川的联系电话", WH, [XS, YC]),
  county("我们公司在光谷 报哪个班", ["1+8"], [XS, YC]),
  county("汉口的企业找谁", WH, [XS, YC]),
  county("东湖高新区的企业联系人", WH, [XS, YC]),
  county("宜都的回执发哪个邮箱", ["446131789@qq.com"], [WH, XS]),
  county("老河口的企业报哪个班", ["襄十随神"], [WH, YC]),
  county("武穴的联系人是谁", WH, [XS, YC]),
  county("蕲春县的企业找谁", WH, [XS, YC]),
  county("郧西的报名邮箱", ["287283496@qq.com"], [WH, YC]),
  county("巴东县属于哪个班", ["宜荆荆恩"], [WH, XS]),
  county("监利的联系人电话", YC, [WH, XS]),
  county("洪湖的企业去哪个基地", ["宜昌"], [WH, XS]),
  county("谷城的找谁咨询", XS, [WH, YC]),
  county("京山的企业报名联系谁", YC, [WH, XS]),
];

const CLOCK: Case[] = [
  at("2022-06-01T10:00:00+08:00", q("明天有课吗", "6月13日")),
  at("2022-06-14T09:00:00+08:00", q("今天下午讲什么", "知识产权检索查新技能实务")),
  at("2022-06-12T20:00:00+08:00", q("明天上午讲啥", "培训班开班仪式")),
  at("2022-06-13T09:00:00+08:00", q("后天下午什么课", "知识产权维权策略实务")),
  at("2022-06-15T18:00:00+08:00", q("明天讲什么", "技术研发与高价值知识产权培育及挖掘", "高质量专利撰写实务")),
  at("2022-06-16T08:00:00+08:00", q("今天下午上什么课", "高质量专利撰写实务")),
  at("2022-06-08T10:00:00+08:00", q("下周一讲什么", "培训班开班仪式")),
  at("2022-06-08T10:00:00+08:00", q("下周五下午是什么课", "知识产权考核答疑互动")),
  at("2022-06-13T10:00:00+08:00", q("这周三讲啥", "知识产权风险防范与控制策略", "知识产权维权策略实务")),
  at("2022-06-13T10:00:00+08:00", q("周四下午讲什么", "高质量专利撰写实务")),
  at("2022-06-04T10:00:00+08:00", q("明天还能报名吗", "6月5日")),
  at("2022-06-06T10:00:00+08:00", q("今天还能报名吗", "6月5日", "截止")),
  at("2022-06-10T10:00:00+08:00", q("报名截止了吗", "6月5日")),
  at("2022-06-16T20:00:00+08:00", q("明天讲什么课", "企业知识产权标准化管理模式实务")),
  at("2022-06-14T09:00:00+08:00", q("昨天下午讲的什么", "知识产权类课题项目申报书撰写辅导")),
  at("2022-06-20T10:00:00+08:00", q("明天有直播吗", "6月17日")),
  at("2022-06-13T10:00:00+08:00", q("今天晚上有课吗", "没有")),
  at("2022-06-14T09:00:00+08:00", en("What is on tomorrow morning?", "知识产权风险防范与控制策略")),
  at("2022-06-12T10:00:00+08:00", en("What's on today?", "June 13")),
  at("2022-06-09T10:00:00+08:00", q("下周二上午讲什么", "企业知识产权分析评议与专利导航")),
];

const ENGLISH: Case[] = [
  en("Is there any fee for the training?", "no fee"),
  en("When does the online training start?", "June 13"),
  en("Where is the offline training held?", "announced later"),
  en("What's the registration deadline?", "June 5"),
  en("Who is the contact for Yichang?", "15871601325"),
  en("Which class is Xiangyang in?", "Xiang-Shi-Sui-Shen"),
  en("Do I need to bring a laptop?", "laptop"),
  en("Are meals provided during the offline training?", "arranged"),
  en("Will travel costs be reimbursed?", "pay their own travel"),
  en("How many hours of online study are required?", "20"),
  en("What's the link to the questionnaire?", URL),
  en("What is taught on day 4 in the afternoon?", "高质量专利撰写实务"),
  en("What is the e-mail for the Wuhan class?", "whfw011@163.com"),
  en("How many people can attend the offline training?", "600"),
  en("Is lodging provided for local trainees?", "except for local trainees"),
  en("How are trainees chosen for the offline stage?", "40"),
  en("trainig schedule for the first day", "培训班开班仪式"),
  en("whats the deadline for registraton", "June 5"),
  en("Is the training free and do we get lunch?", "no fee", "arranged"),
  { ...unk("Can I watch a replay of the livestream?"), en: true },
];

const OUTSIDE: Case[] = [
  out("明天武汉会下雨吗"),
  out("武汉这几天天气怎么样"),
  out("商标注册要多久"),
  out("能帮我查一下商标吗"),
  out("专利年费怎么缴"),
  out("发明专利申请费多少钱"),
  out("你们代理专利申请吗"),
  out("有没有推荐的专利代理机构"),
  out("专利被驳回了能复审吗"),
  out("我想注册一个公司怎么弄"),
  out("社保怎么交"),
  out("公积金能取吗"),
  out("版权登记在哪办"),
  out("明天武汉限行吗"),
  out("个税怎么申报"),
  out("今晚吃什么好"),
  out("what's the weather in wuhan tomorrow"),
  out("can you file a trademark for me"),
  out("高企认定需要什么条件"),
  out("软件著作权怎么申请"),
];

const NOT_STATED: Case[] = [
  unk("线下培训住哪个酒店", "027-87520061"),
  unk("直播有回放吗", "027-87520061"),
  inClass("xiangshisuishen", unk("直播能回看吗", "肖玉杰")),
  unk("线上培训可以请假吗", "027-87520061"),
  inClass("yijingjingen", unk("考试不及格能补考吗", "黄夏")),
  unk("上课需要穿正装吗", "027-87520061"),
  unk("线下培训停车方便吗", "027-87520061"),
  inClass("wuhan", unk("能开发票吗", "林周")),
  unk("讲课的是哪些老师", "027-87520061"),
  unk("线下培训具体几号", "另行通知"),
];

export const HELDOUT5: Case[] = [...SLIPS, ...HOMOPHONES, ...NO_PUNCTUATION, ...TWO_IN_ONE, ...COUNTIES, ...CLOCK, ...ENGLISH, ...OUTSIDE, ...NOT_STATED];

/** Group chatter the bot must not answer when it is not mentioned. */
export const HELDOUT5_CHATTER: string[] = [
  "今天直播好卡啊", "老师讲得太好了", "有人一起拼车去十堰吗", "大家下午好", "收到收到", "今天的课听完了", "谁有昨天的课件",
  "我们公司也有三个人报名了", "哈哈哈哈哈", "刚吃完饭", "[图片]", "武汉今天好热", "明天见各位", "这个系统好用",
  "群主辛苦了", "我已经交了回执", "周末愉快", "今天下雨了路上小心", "领导让我来学习的", "🌹🌹🌹", "好的收到谢谢",
  "签到", "我在路上了", "网络有点卡", "已提交",
  "明天武汉天气咋样啊", "有人知道商标怎么注册吗",
];
