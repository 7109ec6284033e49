import type { Case } from "./questions.js";
import { URL } from "./cases.js";

/**
 * Sixth batch (issue 10, phase 1): probes written from the notice before running them, by category, to find where
 * unseen questions typed the way trainees type go wrong. First run and the fixes: see the commit that adds this file.
 */
const q = (text: string, ...facts: string[]): Case => ({ q: text, facts });
const en = (text: string, ...facts: string[]): Case => ({ q: text, facts, en: true });
const unk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true });
const enUnk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true, en: true });
const out = (text: string): Case => ({ q: text, facts: [], outside: true });
const at = (now: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, now } });
const inClass = (classId: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, classId } });

const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YC = ["黄夏", "15871601325"];
const county = (text: string, own: string[], others: string[][]): Case => ({ q: text, facts: own, absent: others.flat() });

const SCHEDULE: Case[] = [
  q("线上培训是哪几天", "6月13日", "6月17日"),
  q("直播一共几天", "5天"),
  q("第四天上午讲啥", "技术研发与高价值知识产权培育及挖掘"),
  q("第1天下午什么课", "知识产权类课题项目申报书撰写辅导"),
  q("6.15上午讲什么", "知识产权风险防范与控制策略"),
  q("6月16号下午的课是什么", "高质量专利撰写实务"),
  q("最后一天上午讲什么", "企业知识产权标准化管理模式实务"),
  q("专利导航哪天讲", "6月14日"),
  q("维权那节课是什么时候", "6月15日", "下午"),
  q("标准化管理哪天上", "6月17日"),
  q("开班仪式在哪天", "6月13日"),
  q("答疑互动是第几天", "第5天"),
  q("线下第一天晚上干什么", "学习报告"),
  q("线下第二天上午安排", "新一代专利信息检索与分析系统应用教学"),
  q("线下考试什么时候考", "知识产权结业专员考试"),
  q("智慧桥系统哪天教", "智慧桥"),
  q("线下报到是几点", "中午"),
  q("培训整体时间是什么时候", "6月"),
  at("2022-06-14T08:30:00+08:00", q("今天上午讲什么", "企业知识产权分析评议与专利导航")),
  at("2022-06-13T21:00:00+08:00", q("明天下午的课是啥", "知识产权检索查新技能实务")),
  at("2022-06-11T10:00:00+08:00", q("后天有直播吗", "6月13日")),
  at("2022-06-10T10:00:00+08:00", q("下周三下午讲什么", "知识产权维权策略实务")),
  at("2022-06-13T10:00:00+08:00", q("第三天讲什么", "知识产权风险防范与控制策略")),
  at("2022-06-18T10:00:00+08:00", q("今天还有直播吗", "6月17日")),
];

const TOPICS: Case[] = [
  q("培训主要讲哪些内容", "四知", "五会"),
  q("五会是指什么", "会检索查新"),
  q("四知包括啥", "知识产权新法政策解读"),
  q("实战课程是什么", "智慧桥"),
  q("会教怎么写专利吗", "高质量专利撰写实务"),
  q("有没有讲项目申报的课", "知识产权类课题项目申报书撰写辅导"),
  q("讲不讲专利检索", "知识产权检索查新技能实务"),
  q("高价值专利培育是哪天的课", "6月16日"),
];

const CONTACTS: Case[] = [
  q("省局联系人是谁", "陈炫如", "027-87520061"),
  q("十堰基地的电话", "13797815940"),
  q("武汉班邮箱多少", "whfw011@163.com"),
  q("宜荆荆恩的联系人", ...YC),
  q("襄十随神城市群邮箱", "287283496@qq.com"),
  q("林周的手机号", "17786398350"),
  county("我是孝感的，报名找哪个", WH, [XS, YC]),
  county("神农架的企业联系谁", XS, [WH, YC]),
  county("仙桃的报哪个班", ["1+8"], [XS, YC]),
  county("恩施的回执发哪个邮箱", ["446131789@qq.com"], [WH, XS]),
  county("我在宜城，联系人是谁", XS, [WH, YC]),
  county("应城的企业报名找谁", WH, [XS, YC]),
  county("我们在潜江 找哪个老师", WH, [XS, YC]),
  county("房县的企业归哪个班", ["襄十随神"], [WH, YC]),
  county("枝江的联系电话多少", YC, [WH, XS]),
  county("武昌区的企业联系谁", WH, [XS, YC]),
  county("沙洋的找谁报名", YC, [WH, XS]),
  county("曾都区属于哪个城市群", ["襄十随神"], [WH, YC]),
  inClass("xiangshisuishen", q("我们班的联系人是谁", ...XS)),
  inClass("wuhan", q("回执发到哪个邮箱", "whfw011@163.com")),
];

const RULES: Case[] = [
  q("培训收费吗", "不得向企业、培训人员收取任何费用"),
  q("要交培训费不", "不得向企业、培训人员收取任何费用"),
  q("拿证书需要什么条件", "学习报告"),
  q("证书是哪个单位发的", "湖北省知识产权局"),
  q("证书叫什么名字", "知识产权专员证书"),
  q("什么人可以参加", "负责知识产权工作的企业专（兼）职人员"),
  q("兼职做知识产权的能参加吗", "专（兼）职"),
  q("线下要带什么东西", "笔记本电脑"),
  q("电脑需要能上网吗", "网络功能"),
  q("回执要盖公章吗", "公章"),
  q("回执发电子版还是扫描版", "扫描"),
  q("回执发到哪", "报名邮箱"),
  q("报名截止日期", "6月5日"),
  q("几号前要交回执", "6月5日"),
  q("填完问卷就算报名成功了吗", "在线完成问卷即为报名成功"),
  q("直播链接怎么获取", "直播链"),
  q("线上有没有人数限制", "不限"),
  q("线下能去多少人", "600"),
  q("每个城市群线下多少人", "200"),
  q("怎么才能参加线下培训", "30%", "40%"),
  q("线上学习时长要多少", "20小时"),
  q("在线测试占多少分", "30%"),
  q("考勤占比多少", "40%"),
  q("问卷填写质量占多少", "30%"),
  q("线下在哪培训", "另行通知"),
  q("外地学员管住吗", "食宿统一安排"),
  q("本地学员安排住宿吗", "本地学员不安排住宿"),
  q("来回车费谁出", "往返交通费自理"),
  q("疫情防控有要求吗", "疫情防控"),
  q("培训流程是怎样的", "线上培训"),
  q("结业后有什么服务", "智慧桥"),
  q("问卷链接", URL),
  q("报名方式", URL),
  q("市州联系人名单什么时候报", "5月26日"),
  q("培训是谁主办的", "湖北省知识产权局"),
  q("哪些单位承办", "基地"),
];

const SLIPS: Case[] = [
  q("培训要收废吗", "不得向企业、培训人员收取任何费用"),
  q("线下管住宿码", "食宿统一安排"),
  q("回只发哪个邮箱", "报名邮箱"),
  q("报名截至是啥时候", "6月5日"),
  q("证书谁颁法", "湖北省知识产权局"),
  q("笔记本点脑要带吗", "笔记本电脑"),
  q("遴远标准", "30%"),
  q("直播练接在哪", "直播链"),
  q("培训地店在哪", "另行通知"),
  q("要不要叫钱", "不得向企业、培训人员收取任何费用"),
  q("線上培訓幾號開始", "6月13日"),
  q("報名截止時間", "6月5日"),
  q("證書誰發", "湖北省知识产权局"),
  q("宜昌班聯繫人", ...YC),
  q("培訓免費嗎", "不得向企业、培训人员收取任何费用"),
];

const ENGLISH: Case[] = [
  en("How long is the online training?", "5"),
  en("Who should I contact in Shiyan?", "13797815940"),
  en("What do I need to do to register?", URL),
  en("Is accommodation provided?", "arranged"),
  en("Who issues the certificate?", "Hubei Provincial Intellectual Property Office"),
  en("what is taught on the second day afternoon", "知识产权检索查新技能实务"),
  en("Do I have to stamp the receipt?", "stamp"),
  en("Where do I send the receipt?", "e-mail"),
  en("Is there a limit on online participants?", "unlimited"),
  en("When is the offline training?", "announced later"),
  enUnk("Is there parking at the venue?"),
  out("What's the weather like in Yichang?"),
];

const OUTSIDE: Case[] = [
  out("专利申请费怎么交"),
  out("商标怎么续展"),
  out("医保卡怎么办"),
  out("武汉明天多少度"),
  out("公司营业执照怎么办理"),
  out("帮我写个专利申请书"),
  out("专利转让怎么办理"),
  out("房贷利率是多少"),
  out("驾照怎么考"),
  out("版权怎么登记"),
  out("个人所得税怎么退"),
  out("明天限号吗"),
  out("高新企业补贴什么时候发"),
  out("作品著作权登记要多少钱"),
  out("发明专利审查要多长时间"),
];

const NOT_STATED: Case[] = [
  unk("线下培训有停车位吗", "027-87520061"),
  unk("上课有没有课件", "027-87520061"),
  inClass("wuhan", unk("直播可以回看吗", "林周")),
  unk("线下培训住什么酒店", "027-87520061"),
  unk("培训费能开发票吗", "027-87520061"),
  unk("线下培训要穿正装吗", "027-87520061"),
  unk("证书什么时候发", "027-87520061"),
  unk("没考过能补考吗", "027-87520061"),
  unk("线下培训具体地址在哪", "另行通知"),
  unk("线下培训哪天开始", "另行通知"),
  unk("直播用什么平台", "027-87520061"),
  unk("培训的老师是谁", "027-87520061"),
  unk("线上测试什么时候考", "027-87520061"),
  unk("报名截止后还能补报吗", "027-87520061"),
];

const TWO_IN_ONE: Case[] = [
  q("线下管住吗？要带电脑吗？", "食宿统一安排", "笔记本电脑"),
  q("回执要盖章吗 发哪个邮箱", "公章", "报名邮箱"),
  q("证书谁发的，拿证要什么条件", "湖北省知识产权局", "学习报告"),
  q("几号截止报名？直播几号开始？", "6月5日", "6月13日"),
  q("免费吗 路费报不报", "不得向企业、培训人员收取任何费用", "往返交通费自理"),
  q("线上要学多少小时，在线测试占多少", "20小时", "30%"),
];

export const PROBE6: Case[] = [...SCHEDULE, ...TOPICS, ...CONTACTS, ...RULES, ...SLIPS, ...ENGLISH, ...OUTSIDE, ...NOT_STATED, ...TWO_IN_ONE];
