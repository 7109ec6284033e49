import type { Case } from "./questions.js";

/** heldout6a: blind helper, 2026-12-01; colloquial trainee chat on the 2022 notice: schedule by relative dates, topics, livestream, contacts, county→class, unknowns, out-of-scope */
const q = (text: string, ...facts: string[]): Case => ({ q: text, facts });
const en = (text: string, ...facts: string[]): Case => ({ q: text, facts, en: true });
const unk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true });
const out = (text: string): Case => ({ q: text, facts: [], outside: true });
const at = (now: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, now } });
const inClass = (classId: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, classId } });
const county = (text: string, own: string[], others: string[][]): Case => ({ q: text, facts: own, absent: others.flat() });

// class contacts as the notice writes them
const WH = ["027-87865011"];
const XS = ["13797815940"];
const YJ = ["15871601325"];
const WH_X = ["027-87865011", "17786398350", "林周", "whfw011@163.com"];
const XS_X = ["13797815940", "肖玉杰", "287283496@qq.com"];
const YJ_X = ["15871601325", "黄夏", "446131789@qq.com"];

export const HELDOUT6A: Case[] = [
  // --- general facts, colloquial / typos ---
  q("陪训啥时候开始", "13"),
  q("报名截止几号", "6月5日"),
  q("回执盖章扫描版发到哪里", "报名邮箱"),
  q("问卷链接发我下", "wjx.cn/vj/0Ft1w5x.aspx"),
  q("直拨怎么进去 链接在哪", "直播链"),
  q("填完问卷就算报名成功了吗", "报名成功"),
  q("要交钱吗这个培训", "收取任何费用"),
  q("线下要带电脑不", "笔记本电脑"),
  q("线下管吃住吗 路费报不报", "食宿统一安排", "往返交通费自理"),
  q("我是武汉本地的 线下给安排住宿吗", "本地学员不安排住宿"),
  q("线上要学够多少小时才能去线下", "20小时"),
  q("线下遴选怎么算分的", "30%", "40%"),
  q("线下一共多少人", "600"),
  q("每个城市群线下多少名额", "200"),
  q("结业发什么证", "知识产权专员证书"),
  q("证书谁颁发的", "湖北省知识产权局"),
  q("培训内容有哪些板块", "四知", "五会", "实战课程"),
  q("五会是哪五会", "会检索查新", "会技术交底", "会项目申报", "会维权应对", "会闭环管理"),
  q("四知都讲啥", "新法政策解读", "专利导航", "风险防范与控制策略", "培育及挖掘"),
  q("实战课程讲什么系统", "智慧桥", "新一代专利信息检索与分析系统"),
  q("线下培训什么时候 在哪", "另行通知"),
  q("线下第一天几点报到", "中午", "学员报到"),
  q("线下第一天晚上干嘛", "学习报告撰写"),
  q("线下第二天安排", "检索与分析系统应用教学", "培训班结业"),
  q("结业考试在哪天考", "结业专员考试"),
  q("直播最后一天下午讲啥", "考核答疑互动"),
  q("第三天讲什么", "风险防范与控制策略", "维权策略实务"),
  q("专利撰写那节课第几天", "高质量专利撰写实务"),
  q("项目申报书怎么写那课啥时候", "申报书撰写辅导"),
  q("检索查新的课是哪天上", "检索查新技能实务"),
  q("开班仪式是几号", "13"),
  q("省知识产权局联系人是谁 电话", "陈炫如", "027-87520061"),
  q("武汉班联系人", "林周", "027-87865011"),
  q("十偃班的邮箱", "287283496@qq.com"),
  q("宜昌那个班找谁", "黄夏", "15871601325"),
  q("武汉班邮箱多少", "whfw011@163.com"),
  q("林周手机号多少", "17786398350"),
  q("承办单位有哪几个", "自贸区", "十堰", "宜昌"),
  q("我们公司兼职搞知识产权的能报吗", "负责知识产权工作"),
  q("线上能报几个人 有限制吗", "参训人数不限"),
  q("怎么才能拿到考核认证机会", "问卷调查", "线上培训"),
  q("报名截止哪天 回执要盖章吗", "6月5日", "盖章"),
  q("线下去的话要注意啥", "疫情防控", "笔记本电脑"),
  q("结业后有啥服务", "合作交流群", "免费开通"),
  q("培训流程是啥样的", "学员报名", "线上培训", "结业认证"),
  q("知识产权专圆证书怎么拿", "知识产权专员证书"),
  // --- traditional characters (script-neutral facts only) ---
  q("線上培訓幾號開始", "13"),
  q("襄陽班聯繫電話", "13797815940"),
  q("報名郵箱是哪個 宜昌班的", "446131789@qq.com"),
  q("省局聯繫人電話", "027-87520061"),
  q("線上要學滿幾小時", "20"),

  // --- schedule with a clock ---
  at("2022-06-13T08:30:00+08:00", q("今天上午讲啥", "开班仪式", "新法政策法规宣讲")),
  at("2022-06-13T20:00:00+08:00", q("明天上什么课", "分析评议与专利导航", "检索查新技能实务")),
  at("2022-06-13T12:00:00+08:00", q("后天课程是啥", "风险防范与控制策略", "维权策略实务")),
  at("2022-06-10T10:00:00+08:00", q("下周一直播讲啥", "开班仪式", "申报书撰写辅导")),
  at("2022-06-13T21:00:00+08:00", q("周三下午是啥课", "维权策略实务")),
  at("2022-06-14T14:00:00+08:00", q("今天下午讲什么", "检索查新技能实务")),
  at("2022-06-16T19:00:00+08:00", q("明天最后一天了吧 讲啥", "标准化管理模式实务", "考核答疑互动")),
  at("2022-06-15T08:00:00+08:00", q("今天上午啥课", "风险防范与控制策略")),
  at("2022-06-15T22:00:00+08:00", q("明早讲啥", "高价值知识产权培育及挖掘")),
  at("2022-06-16T09:00:00+08:00", q("今天下午那节是啥", "高质量专利撰写实务")),
  at("2022-06-11T09:00:00+08:00", q("直播还有几天开始", "13")),
  at("2022-06-14T10:00:00+08:00", q("周五讲啥", "标准化管理模式实务", "考核答疑互动")),
  at("2022-06-12T10:00:00+08:00", q("第三天是几号 讲啥", "15", "维权策略实务")),
  at("2022-06-09T10:00:00+08:00", q("6.15上午什么课", "风险防范与控制策略")),
  at("2022-06-13T09:00:00+08:00", q("明天陪训讲专利导航吗", "分析评议与专利导航")),
  at("2022-06-17T15:00:00+08:00", q("线上完了 线下啥时候", "另行通知")),
  at("2022-06-06T10:00:00+08:00", q("今天还能报名吗", "6月5日")),

  // --- registered in a class ---
  inClass("wuhan", q("有问题找谁", "林周", "027-87865011")),
  inClass("xiangshisuishen", q("回执发哪个邮箱", "287283496@qq.com")),
  inClass("yijingjingen", q("我们班联系电话", "15871601325")),
  inClass("wuhan", q("报名回执扫描件发哪", "whfw011@163.com")),
  inClass("xiangshisuishen", q("没收到直拨链接找谁", "肖玉杰", "13797815940")),
  inClass("yijingjingen", q("邮箱多少", "446131789@qq.com")),
  inClass("yijingjingen", q("我们班是哪个基地承办", "宜昌")),
  inClass("wuhan", q("我们班线下多少人", "200")),
  inClass("xiangshisuishen", q("我们班承办单位是哪", "十堰")),

  // --- county / city → class contact ---
  county("我是大冶的企业 报名找谁", WH, [XS_X, YJ_X]),
  county("枣阳的公司联系哪个老师", XS, [WH_X, YJ_X]),
  county("潜江的 该找谁", WH, [XS_X, YJ_X]),
  county("利川企业报名联系谁", YJ, [WH_X, XS_X]),
  county("麻城的报哪个班 联系电话", WH, [XS_X, YJ_X]),
  county("宜都的找谁报名", YJ, [WH_X, XS_X]),
  county("松滋企业 联系人电话多少", YJ, [WH_X, XS_X]),
  county("钟祥这边归哪个班 找谁", YJ, [WH_X, XS_X]),
  county("丹江口的企业联系谁", XS, [WH_X, YJ_X]),
  county("广水的 报名电话", XS, [WH_X, YJ_X]),
  county("安陆企业咨询找谁", WH, [XS_X, YJ_X]),
  county("赤壁的报名联系哪个", WH, [XS_X, YJ_X]),
  county("神农架林区的企业找谁报", XS, [WH_X, YJ_X]),
  county("仙桃的公司 联系人", WH, [XS_X, YJ_X]),
  county("老河口的企业该联系谁", XS, [WH_X, YJ_X]),
  county("当阳的 哪个班 电话多少", YJ, [WH_X, XS_X]),
  county("武穴企业报名找谁", WH, [XS_X, YJ_X]),
  county("我們是棗陽的 該找誰報名", XS, [WH_X, YJ_X]),
  county("洪湖的企业联系电话", YJ, [WH_X, XS_X]),
  county("谷城县的找哪个班联系人", XS, [WH_X, YJ_X]),
  county("天门企业归哪个班 找谁", WH, [XS_X, YJ_X]),

  // --- not answered by the notice ---
  unk("直播有回放吗 错过了能看不"),
  unk("线下具体地址在哪 哪个酒店"),
  unk("直播用啥平台 腾讯会议还是钉钉"),
  unk("每天直播几点开始"),
  unk("在线问答测试考啥题型"),
  unk("结业考试多少分及格"),
  unk("线下名单啥时候公布"),
  unk("线上培训需要开摄像头吗"),
  unk("证书有有效期吗"),
  inClass("yijingjingen", unk("线下在宜昌哪个地方培训")),

  // --- not about the training ---
  out("武汉明天下雨吗"),
  out("商标注册要多少钱"),
  out("软著怎么登记"),
  out("增值税专用发票怎么开"),
  out("推荐个靠谱的专利代理机构"),
  out("帮我写个年终总结"),
  out("武汉到十堰高铁几个小时"),
  out("个税app怎么退税"),

  // --- English ---
  en("When does the online training start?", "13"),
  en("whats the email of the Yichang class", "446131789@qq.com"),
  en("phone of the provincial IP office contact?", "027-87520061"),
  en("how many hours online do i need to qualify for offline", "20"),
  en("Link to the questionnaire pls", "wjx.cn/vj/0Ft1w5x.aspx"),
  en("Is the training free? and who do I call for the Wuhan class", "027-87865011"),
];
