import type { Case } from "./questions.js";
import { q, en, unk, out, at, inClass, county } from "./cases.js";

/** Held-out batch 6b, written blind 2026-12-01 from the 2022 notice only: colloquial trainee chat (typos, traditional, two-in-one, English), eligibility, registration, fees, selection, certificate, unknowns and off-topic. */

const WUHAN = ["林周", "027-87865011", "whfw011@163.com"];
const XSSS = ["肖玉杰", "13797815940", "287283496@qq.com"];
const YJJE = ["黄夏", "15871601325", "446131789@qq.com"];

export const HELDOUT6B: Case[] = [
  // --- eligibility / places ---
  q("谁能参加这个培训啊", "负责知识产权工作"),
  q("我是兼职管专利的 能报吗", "负责知识产权工作"),
  q("线上有名额限制没", "人数不限"),
  q("线下一共收多少人", "600"),
  q("武汉这边线下几个名额", "200"),
  q("宜荆荆恩城市群线下多少人", "200"),
  q("线上不限人数吧 线下呢", "人数不限", "600"),
  q("襄十随神的名额多少个", "200"),

  // --- registration ---
  q("怎么报名", "调查问卷", "报名回执"),
  q("问卷链接发一下", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  q("问卷填完就算报上了吗", "报名成功"),
  q("回直要盖章吗", "盖章"),
  q("报名回执发到哪", "报名邮箱"),
  q("回执要发电子版还是扫描版", "扫描"),
  q("报铭截止是几号", "6月5日"),
  q("报名截至日期", "6月5日"),
  q("回执盖什么章 部门章行不行", "公章"),
  q("报完名怎么知道直播在哪看", "直播链"),
  q("问卷填的好不好有影响吗", "30%"),
  q("回执上要填啥信息", "报名班次"),
  at("2022-06-03T10:00:00+08:00", q("现在报名还来得及吗", "6月5日")),
  inClass("xiangshisuishen", q("我十堰班的 回执发哪个邮箱", "287283496@qq.com")),
  inClass("wuhan", q("回执邮箱是多少", "whfw011@163.com")),
  inClass("yijingjingen", q("报名有问题找谁", "黄夏", "15871601325")),

  // --- timing ---
  q("培训啥时候开始", "13"),
  q("线上直播是哪几天", "13", "17"),
  q("线下什么时候在哪里", "另行通知"),
  q("线下培训地点定了没", "另行通知"),
  q("市州联系人名单什么时候报", "5月26日"),
  q("线下第一天几点报到", "中午"),
  q("线上第五天下午讲什么", "答疑互动"),
  q("线上第一天上午是啥课", "开班仪式"),

  // --- fees / costs ---
  q("培训收费吗", "任何费用"),
  q("要交钱不", "任何费用"),
  q("路费谁出", "往返交通费自理"),
  q("线下吃住怎么安排", "食宿统一安排"),
  q("我就是本地的 给安排住宿不", "本地学员不安排住宿"),
  q("检索系统账号要钱吗", "免费开通"),

  // --- selection ---
  q("怎么选人参加线下", "综合遴选"),
  q("线上要学够多少小时", "20小时"),
  q("林选标准是什么", "30%", "40%"),
  q("在线时长占多少分", "40%"),
  q("测试成绩占比多少", "30%"),
  q("总分多少分", "100分"),
  q("线下名单按什么定", "考核成绩"),
  q("不做问卷能直接上线下吗", "问卷调查"),

  // --- certificate ---
  q("正书怎么拿", "知识产权专员证书"),
  q("证书是谁发的", "湖北省知识产权局"),
  q("拿证要干嘛", "线下考核", "学习报告"),
  q("只上线上能拿证吗", "线下考核"),

  // --- what to bring / requirements ---
  q("线下要带啥", "笔记本电脑"),
  q("带笔记本点脑吗", "笔记本电脑"),
  q("电脑要能上网吗", "网络功能"),
  q("疫情方面有什么要求", "疫情防控"),

  // --- organisers / purpose / content ---
  q("谁主办的", "湖北省知识产权局"),
  q("十堰那边哪个单位承办", "十堰"),
  q("武汉城市圈谁承办", "自贸区"),
  q("宜昌基地负责哪个班", "宜荆荆恩"),
  q("办这个培训是为了啥", "知识产权队伍建设"),
  q("四知五会是什么", "四知", "五会"),
  q("实战课教什么", "智慧桥"),
  q("结业以后还有啥服务", "智慧桥"),
  q("文号是多少", "12号"),
  q("省局联系人电话", "陈炫如", "027-87520061"),

  // --- traditional characters ---
  q("報名截止是哪天", "6月5日"),
  q("線上培訓要多少小時", "20"),
  q("宜昌班聯繫電話多少", "15871601325"),
  q("武漢班郵箱", "whfw011@163.com"),
  q("線下名額多少個", "600"),

  // --- two in one ---
  q("报名截止哪天 回执发哪里", "6月5日", "报名邮箱"),
  q("收不收费 路费报不报", "任何费用", "往返交通费自理"),
  q("线上要多少小时 占多少分", "20小时", "40%"),
  q("证书谁发 要带电脑吗", "知识产权专员证书", "笔记本电脑"),
  q("襄阳的找谁报 电话多少", "肖玉杰", "13797815940"),
  q("问卷链接在哪 填完算报名成功吗", "https://www.wjx.cn/vj/0Ft1w5x.aspx", "报名成功"),
  q("线下多少人 地点定了吗", "600", "另行通知"),

  // --- counties (class follows the prefecture-level city) ---
  county("我是大冶的企业 报哪个班 找谁", WUHAN.slice(0, 2), [XSSS, YJJE]),
  county("枣阳的公司联系谁", XSSS.slice(0, 2), [WUHAN, YJJE]),
  county("钟祥这边报名找哪个老师", YJJE.slice(0, 2), [WUHAN, XSSS]),
  county("利川的企业报哪个班", YJJE.slice(0, 2), [WUHAN, XSSS]),
  county("广水的 回执发哪个邮箱", ["287283496@qq.com"], [WUHAN, YJJE]),
  county("汉川的企业报名找谁", WUHAN.slice(0, 2), [XSSS, YJJE]),

  // --- English ---
  en("Is there any fee for the training?"),
  en("whats the link for the questionnaire", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  en("How many online hours do I need", "20"),
  en("how many people for offline training in total", "600"),
  en("Email for the Wuhan class registration?", "whfw011@163.com"),
  en("Who do I call for the Yichang class", "15871601325"),
  en("what are the selection weights", "30%", "40%"),
  en("im in shiyan, where do i send the receipt", "287283496@qq.com"),
  en("Provincial office contact phone?", "027-87520061"),
  en("Do I need to bring a laptop? and who pays travel?"),

  // --- not answered by the notice ---
  unk("能找同事替我去线下吗"),
  unk("这个培训算继续教育学时吗"),
  unk("直播有回放吗"),
  unk("线下有停车位吗"),
  unk("线下要穿正装吗"),
  unk("证书有效期多久"),
  unk("过了6月5日还能补报吗"),
  unk("线下考试多少分算过"),
  unk("直播每天几点开始"),
  unk("报了武汉班能改成宜昌班吗"),
  unk("证书丢了能补办吗"),
  unk("在线测试是什么题型 能考几次"),
  unk("有没有年龄学历要求"),
  unk("直播用什么平台看 手机能看吗"),

  // --- outside the training ---
  out("个税汇算怎么弄"),
  out("公司社保怎么交"),
  out("商标代理费一般多少钱"),
  out("专利年费怎么交"),
  out("软件著作权登记要多久"),
  out("武汉明天限行吗"),
  out("恩施这周天气咋样"),
  out("帮我写个技术合同"),
  out("高新企业认定要什么条件"),
  out("公积金怎么提取"),
  out("发明专利申请要多久能授权"),
  out("企业年报什么时候截止"),
  out("商标被抢注了怎么办"),
  out("What's the VAT rate for software companies"),
];
