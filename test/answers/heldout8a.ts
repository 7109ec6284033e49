import type { Case } from "./questions.js";

/** heldout8a: blind-written trainee WeChat questions (typos, spoken forms, EN, dates, contacts by city/county, unk/out) */
const q = (text: string, ...facts: string[]): Case => ({ q: text, facts });
const en = (text: string, ...facts: string[]): Case => ({ q: text, facts, en: true });
const unk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true });
const out = (text: string): Case => ({ q: text, facts: [], outside: true });
const at = (now: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, now } });
const inClass = (classId: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, classId } });
const county = (text: string, own: string[], others: string[][]): Case => ({ q: text, facts: own, absent: others.flat() });

const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const HELDOUT8A: Case[] = [
  // schedule / dates
  q("直播几号开始啊", "13"),
  q("线上培训搞几天", "5"),
  q("直播到哪天结束", "17"),
  q("线下那个2天的啥时候 在哪里", "另行通知"),
  q("整个培训是几月份到几月份"),
  q("一共分几个阶段"),
  at("2022-06-13T08:30:00+08:00", q("今天上午有啥课", "开班仪式")),
  at("2022-06-13T13:00:00+08:00", q("下午讲什么来着", "项目申报书撰写辅导")),
  at("2022-06-14T07:50:00+08:00", q("今早上的课是啥", "专利导航")),
  at("2022-06-14T20:00:00+08:00", q("明天上午上啥", "风险防范与控制策略")),
  at("2022-06-15T14:00:00+08:00", q("这会儿下午是哪门课", "维权策略实务")),
  at("2022-06-16T09:00:00+08:00", q("今天下午是不是讲专利撰写", "高质量专利撰写实务")),
  at("2022-06-12T21:00:00+08:00", q("明天开始了吗 第一节是啥", "开班仪式")),
  at("2022-06-17T10:00:00+08:00", q("今天最后一天了吧 下午干嘛", "考核答疑互动")),
  at("2022-06-16T19:00:00+08:00", q("明儿上午讲啥课", "标准化管理模式实务")),
  at("2022-06-10T10:00:00+08:00", q("还有几天开始直播", "13")),
  q("检索查新那节课在第几天", "下午"),
  q("高价值知识产权培育挖掘是哪天上午讲"),
  q("新法政策解读课是那天"),
  q("维权的课安排在哪天下午"),
  // courses
  q("四知都包括哪些", "专利导航"),
  q("五会是啥意思", "会检索查新", "会技术交底"),
  q("会闭环管理对应哪门课", "标准化管理模式实务"),
  q("实战课程讲些什么", "智慧桥"),
  q("智慧桥系统收费吗", "免费"),
  q("线下第一天晚上要干嘛", "学习报告撰写"),
  q("线下第二天上午学啥", "新一代专利信息检索与分析系统"),
  q("线下几点报道", "中午"),
  q("结业考试是线下第几天", "知识产权结业专员考试"),
  q("线下第2天啥时候可以走", "结业返回"),
  // registration / questionnaire / receipt
  q("怎么报名啊", "调查问卷"),
  q("问卷链接发我下", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  q("报名回执要盖章麽", "公章"),
  q("回执发到哪里去", "报名邮箱"),
  q("回执截至日期是啥时候", "6月5日"),
  q("填完问卷就算报上了吗", "报名成功"),
  q("直播链接谁发给我们", "承办单位"),
  q("报名回執要填哪些東西", "电子邮箱"),
  q("回执要交电子版还是扫描版", "扫描"),
  q("问卷填的好不好有影响吗", "30%"),
  q("一个公司能报几个人 线上有人数限制没", "不限"),
  // selection / hours / quiz
  q("线上要学够多少小时", "20小时"),
  q("线下名额有多少", "600"),
  q("我们武汉圈线下能去几个人", "200"),
  q("线下咋选人的", "40%", "30%"),
  q("在线测试成绩占多少比例", "30%"),
  q("考核总分多少分", "100分"),
  q("没做问卷只看直播能拿认证不"),
  q("学习时长占比多少 要多久才够", "40%", "20小时"),
  // certificate / after
  q("证书谁发的", "知识产权专员证书"),
  q("怎么才能拿到证书", "学习报告"),
  q("结业以后还有啥服务吗", "合作交流群"),
  q("检索系统账号要钱不", "免费"),
  // costs / requirements
  q("培训收费吗 多少钱", "收取任何费用"),
  q("线下要带电脑吗", "笔记本电脑"),
  q("路费报销不", "往返交通费自理"),
  q("线下管吃住吗 我是本地的", "本地学员不安排住宿"),
  q("要做防疫吗", "疫情防控"),
  q("市局联系人名单几号前报", "5月26日"),
  q("参加对象有要求吗 兼职做知识产权的能报不"),
  // organisers / purpose / doc
  q("这个是谁主办的 哪个基地承办宜昌的", "知识产权局", "宜昌"),
  q("十堰基地负责哪个片区", "襄十随神城市群"),
  q("自贸区基地承办哪个班", "武汉城市圈"),
  q("文号是多少", "鄂知发〔2022〕12号"),
  q("为啥要搞这个培训", "知识产权强国纲要"),
  q("这通知哪天印发的", "2022年5月17日"),
  // contacts
  q("省局联系人电话", "陈炫如", "027-87520061"),
  inClass("wuhan", q("我们班联系谁", "林周", "whfw011@163.com")),
  inClass("xiangshisuishen", q("报名邮箱是多少", "287283496@qq.com")),
  inClass("yijingjingen", q("我们班负责人电话多少", "黄夏", "15871601325")),
  inClass("wuhan", q("林老师手机号多少", "17786398350")),
  county("我是麻城的企业 找谁报名", WH, [XS, YJ]),
  county("大冶这边归哪个班 联系人是", WH, [XS, YJ]),
  county("枣阳的公司报哪个班", XS, [WH, YJ]),
  county("丹江口的 回执发给谁", XS, [WH, YJ]),
  county("广水市企业联系谁", XS, [WH, YJ]),
  county("宜都的能报吗 找哪个老师", YJ, [WH, XS]),
  county("松滋的联系人电话", YJ, [WH, XS]),
  county("利川这边报名找谁", YJ, [WH, XS]),
  county("汉川的 哪个班", WH, [XS, YJ]),
  county("钟祥的企业属于哪个城市群", YJ, [WH, XS]),
  // English
  en("When does the livestream start?"),
  en("What's the questionnaire link?", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  en("how many online hours do I need", "20"),
  en("Is there any fee for this training?"),
  en("I'm in Xiangyang, who is my contact", "13797815940"),
  en("email for the Wuhan class?", "whfw011@163.com"),
  // unknown
  unk("线下在哪个酒店住"),
  unk("直播用什么平台 腾讯会议还是钉钉"),
  unk("直播每天几点开始"),
  unk("错过了直播有回放吗"),
  unk("线下停车方便不"),
  unk("证书有效期几年"),
  unk("能开发票吗"),
  unk("遴选名单啥时候公布"),
  unk("线下培训具体是几月几号"),
  unk("在线测试是几道题 考多久"),
  // outside
  out("明天武汉下雨吗"),
  out("商标注册怎么收费"),
  out("软件著作权登记要多久"),
  out("高新技术企业认定有啥条件"),
  out("帮我推荐个专利代理机构"),
  out("研发费用加计扣除怎么算"),
  out("给我写首诗"),
  out("how do I file a PCT application"),
  out("发明专利年费多少钱"),
  out("湖北哪里好玩"),
];
