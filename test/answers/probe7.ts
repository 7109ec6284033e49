import type { Case } from "./questions.js";
import { URL } from "./cases.js";

/**
 * Seventh batch (issue 10, phase 1): a second round of probes, written after probe6's fixes and before running them,
 * in other words than probe6 and the earlier batches. First run: see the commit that adds this file.
 */
const q = (text: string, ...facts: string[]): Case => ({ q: text, facts });
const en = (text: string, ...facts: string[]): Case => ({ q: text, facts, en: true });
const unk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true });
const out = (text: string): Case => ({ q: text, facts: [], outside: true });
const at = (now: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, now } });
const inClass = (classId: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, classId } });

const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YC = ["黄夏", "15871601325"];
const county = (text: string, own: string[], others: string[][]): Case => ({ q: text, facts: own, absent: others.flat() });

const TIME: Case[] = [
  q("直播从哪天到哪天", "6月13日", "6月17日"),
  q("网课几号开始上", "6月13日"),
  q("线上培训周几开始", "6月13日"),
  q("培训持续多长时间", "5天"),
  q("6月14号上午是什么课", "企业知识产权分析评议与专利导航"),
  q("6/17下午讲啥", "知识产权考核答疑互动"),
  q("十三号上午有啥安排", "培训班开班仪式"),
  q("检索查新的课在哪天", "6月14日"),
  q("风险防范那节什么时候", "6月15日"),
  q("专利撰写的课是哪天", "6月16日"),
  q("申报书撰写辅导哪天讲", "6月13日"),
  q("线下培训有几天", "2天"),
  q("线下结业考试在第几天", "第1天"),
  q("学习报告什么时候写", "晚上"),
  q("线下什么时候结业", "第2天"),
  at("2022-06-15T07:30:00+08:00", q("今天讲什么课", "知识产权风险防范与控制策略")),
  at("2022-06-16T12:00:00+08:00", q("今天下午上啥", "高质量专利撰写实务")),
  at("2022-06-12T09:00:00+08:00", q("明天几号开课", "6月13日")),
  at("2022-06-14T20:00:00+08:00", q("明天上午的课", "知识产权风险防范与控制策略")),
  at("2022-06-09T10:00:00+08:00", q("下周四讲什么", "技术研发与高价值知识产权培育及挖掘")),
  at("2022-06-03T10:00:00+08:00", q("后天是截止日吗", "6月5日")),
  at("2022-06-05T10:00:00+08:00", q("今天是最后一天报名吗", "6月5日")),
];

const PEOPLE: Case[] = [
  county("黄陂的企业报名联系哪位", WH, [XS, YC]),
  county("我司在襄州区，找谁", XS, [WH, YC]),
  county("竹山县企业的联系人电话", XS, [WH, YC]),
  county("秭归的企业报哪个班", ["宜荆荆恩"], [WH, XS]),
  county("荆州沙市区的联系人", YC, [WH, XS]),
  county("鄂州华容区企业找谁报名", WH, [XS, YC]),
  county("通城县的回执发哪", ["whfw011@163.com"], [XS, YC]),
  county("随县的报名邮箱是多少", ["287283496@qq.com"], [WH, YC]),
  county("掇刀区的企业联系谁", YC, [WH, XS]),
  county("咸丰的企业属于哪个城市群", ["宜荆荆恩"], [WH, XS]),
  q("黄石的联系人手机号", "17786398350"),
  q("省知识产权局的电话是多少", "027-87520061"),
  q("肖玉杰老师的邮箱", "287283496@qq.com"),
  q("黄夏的邮箱", "446131789@qq.com"),
  q("自贸区基地负责哪个城市群", "武汉"),
  q("宜昌基地负责哪些市", "荆州"),
  q("十堰基地管哪几个城市", "襄阳"),
  inClass("yijingjingen", q("我们班回执发哪个邮箱", "446131789@qq.com")),
  inClass("wuhan", q("有问题联系谁", "林周")),
];

const RULES: Case[] = [
  q("参加培训需要交费吗", "不得向企业、培训人员收取任何费用"),
  q("培训全程免费吗", "不得向企业、培训人员收取任何费用"),
  q("线下的吃饭问题怎么解决", "食宿统一安排"),
  q("武汉本地的学员安排住宿吗", "本地学员不安排住宿"),
  q("去线下的路费能报吗", "往返交通费自理"),
  q("线下要不要自带电脑", "笔记本电脑"),
  q("报名要提交哪些东西", URL, "回执"),
  q("回执需要盖什么章", "公章"),
  q("回执电子版发到哪个邮箱", "报名邮箱"),
  q("回执可以上传到系统吗", "上传报名问卷系统"),
  q("报名最晚哪天", "6月5日"),
  q("问卷地址发一下", URL),
  q("怎样才算报名成功", "在线完成问卷即为报名成功"),
  q("直播链接谁发", "承办单位"),
  q("线上听课有人数限制吗", "不限"),
  q("线下一共招多少人", "600"),
  q("武汉城市圈线下名额多少", "200"),
  q("怎么被选去线下", "30%", "40%"),
  q("线上要看满多少小时", "20小时"),
  q("在线问答测试占比", "30%"),
  q("遴选总分多少", "100"),
  q("结业证书谁颁发", "湖北省知识产权局"),
  q("怎样才能拿到专员证书", "学习报告"),
  q("培训面向哪些人", "负责知识产权工作的企业专（兼）职人员"),
  q("参加线下有什么要求", "笔记本电脑"),
  q("防疫方面要注意什么", "疫情防控"),
  q("培训分几个阶段", "线上", "线下"),
  q("培训结束后还有什么服务", "交流群"),
  q("智慧桥账号怎么开通", "免费开通"),
  q("培训内容有哪些板块", "四知"),
  q("实战课程用什么系统", "新一代专利信息检索与分析系统"),
  q("这次培训是哪个文件通知的", "鄂知发〔2022〕12号"),
  q("市州局的联系人名单几号前报", "5月26日"),
];

const TYPED: Case[] = [
  q("培训免废吗", "不得向企业、培训人员收取任何费用"),
  q("几号截至报名", "6月5日"),
  q("回执要该章吗", "公章"),
  q("线下管不管饭", "食宿统一安排"),
  q("线下要带笔记本吗？", "笔记本电脑"),
  q("直播链接啥时候发啊", "直播链"),
  q("证书咋拿", "学习报告"),
  q("报名咋报", URL),
  q("在线时长多少个小时", "20小时"),
  q("线下吃住怎么安排的", "食宿统一安排"),
  q("線下培訓在哪裡", "另行通知"),
  q("報名回執要蓋章嗎", "公章"),
  q("培訓要帶電腦嗎", "笔记本电脑"),
  q("襄阳班连系人", ...XS),
  q("武汉班的油箱", "whfw011@163.com"),
];

const ENGLISH: Case[] = [
  en("When is the registration deadline?", "June 5"),
  en("How do I get the livestream link?", "link"),
  en("Are meals and accommodation covered?", "arranged"),
  en("What do I need to bring to the offline training?", "laptop"),
  en("Who is the contact person for the Wuhan class?", "027-87865011"),
  en("How many days is the offline training?", "2"),
  en("Is the training free of charge?", "no fee"),
  en("How is the score for selection calculated?", "30"),
  en("What will we learn?", "四知"),
  en("what is on day 3 morning", "知识产权风险防范与控制策略"),
  en("Which city cluster is Jingzhou in?", "Yi-Jing-Jing-En"),
  en("Who gets a certificate?", "study report"),
];

const OUTSIDE: Case[] = [
  out("专利侵权怎么起诉"),
  out("商标被抢注了怎么办"),
  out("哪里可以办专利申请"),
  out("实用新型专利多久能授权"),
  out("今天武汉空气质量怎么样"),
  out("公司年报怎么填"),
  out("股票怎么开户"),
  out("附近有什么好吃的"),
  out("帮我查一下专利号"),
  out("知识产权质押贷款怎么办"),
  out("专利资助政策是什么"),
  out("车辆年检在哪里办"),
];

const OPEN: Case[] = [
  unk("直播有录播吗", "027-87520061"),
  unk("线下培训住单间吗", "027-87520061"),
  unk("可以带家属吗", "027-87520061"),
  unk("线上课可以用手机看吗", "027-87520061"),
  // issue 10: "定了吗" asks whether the place is set; the notice answers it ("另行通知"), so it is no longer "not stated"
  q("线下培训地点定了吗", "另行通知"),
  unk("证书有效期多久", "027-87520061"),
  unk("报名以后能取消吗", "027-87520061"),
  unk("能找人代替我参加吗", "027-87520061"),
  inClass("xiangshisuishen", unk("线下有停车的地方吗", "肖玉杰")),
  unk("讲课老师有哪些", "027-87520061"),
  unk("有没有教材", "027-87520061"),
  unk("及格线是多少分", "027-87520061"),
];

const TWO: Case[] = [
  q("线下在哪？住宿怎么安排？", "另行通知", "食宿统一安排"),
  q("问卷链接发我一下 截止日期是哪天", URL, "6月5日"),
  q("培训收费吗？证书谁发？", "不得向企业、培训人员收取任何费用", "湖北省知识产权局"),
  q("十堰班联系人和邮箱", "肖玉杰", "287283496@qq.com"),
  q("线上几天 线下几天", "5天", "2天"),
];

export const PROBE7: Case[] = [...TIME, ...PEOPLE, ...RULES, ...TYPED, ...ENGLISH, ...OUTSIDE, ...OPEN, ...TWO];
