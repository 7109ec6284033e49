import type { Case } from "./questions.js";

/** Held-out batch 8b, written blind 2026-12-01 from the 2022 notice alone: HR/IP-manager phrasing, wrong assumptions, counties, times, English, unknown and outside questions. */
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

export const HELDOUT8B: Case[] = [
  // plain questions on behalf of staff
  q("我们公司想派三个人参加线上直播培训，人数有限制吗？", "不限"),
  q("领导让我问一下，线下考核培训一共大概收多少人？", "600"),
  q("我们要给每个人交500块培训费吧？", "任何费用"),
  q("报名截止是6月10号对吧？", "6月5日"),
  q("线上和线下两个阶段有什么区别？", "线上直播", "线下考核"),
  q("我同事问线上直播是从几号开始的？", "13"),
  q("线下培训具体在哪儿办、哪天办？", "另行通知"),
  q("报名回执要交电子版还是扫描版？", "盖章扫描版"),
  q("调查问卷的填写链接发我一下", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  q("是不是填完问卷就算报名成功了？", "报名成功"),
  q("报完名以后直播链接从哪里拿？", "直播链"),
  q("线下考核的名额是怎么遴选的？", "30%", "40%", "20小时"),
  q("我同事想知道在线学习时长要累计多少才够？", "20小时"),
  q("在线问答测试成绩占多大比例？", "30%"),
  q("上述三项考核内容总分多少？", "100分"),
  q("最后参加线下的名单按什么确定？", "考核成绩"),
  q("去参加线下培训需要自己带电脑吗？", "笔记本电脑"),
  q("线下培训期间吃住怎么安排？", "食宿统一安排"),
  q("我们公司就在武汉，员工去武汉班线下培训给安排住宿吗？", "本地学员不安排住宿"),
  q("员工去线下培训的往返路费能报销吗？", "交通费自理"),
  q("通过考核以后能拿到什么证书？", "知识产权专员证书"),
  q("专员证书是由哪个单位颁发的？", "湖北省知识产权局"),
  q("拿到证书以后，公司还能享受什么后期服务？", "智慧桥", "新一代检索系统"),
  q("后期的合作交流群是必须加的吗？", "自愿"),
  q("培训内容包括哪几个板块？", "四知", "五会", "实战课程"),
  q("“五会”具体是哪五会？", "会检索查新", "会技术交底", "会项目申报", "会维权应对", "会闭环管理"),
  q("实战课程会教哪些系统？", "新一代专利信息检索与分析系统", "智慧桥"),
  q("那个专利检索系统企业用要收费吗？", "免费"),
  q("线上直播第一天上午讲什么？", "开班仪式"),
  q("高质量专利撰写实务是在上午还是下午？", "下午"),
  q("线上最后一天下午是什么安排？", "知识产权考核答疑互动"),
  q("线下第一天几点报到？", "中午", "学员报到"),
  q("线下那两天有考试吗？", "知识产权结业专员考试"),
  q("学习报告是什么时候写？", "晚上"),
  q("省知识产权局这边的联系人是谁，电话多少？", "陈炫如", "027-87520061"),
  q("市州局的工作联系人名单什么时候要报到省局？", "5月26日"),
  q("这份通知的文号是多少？", "鄂知发〔2022〕12号"),
  q("这个通知是哪天印发的？", "2022年5月17日"),
  q("整个培训流程是怎么走的？", "结业认证"),
  q("是不是不填问卷也可以直接去参加线下考核？", "问卷"),
  q("我们公司负责知识产权的是兼职人员，可以参加吗？", "专（兼）职人员"),
  q("自贸区基地负责承办哪个培训班？", "武汉城市圈"),
  q("十堰基地负责哪个城市群？", "襄十随神城市群"),
  q("宜昌基地承办的是哪个班？", "宜荆荆恩城市群"),
  q("报名回执应该发到哪里？", "报名邮箱", "报名问卷系统"),
  q("回执表上要填哪些信息？", "通讯地址", "职务职称"),
  q("回执需要盖公司章吗？", "公章"),
  q("线下考核地点为什么还没定？", "疫情形势"),
  q("参加线下需要配合疫情防控吗？", "疫情防控"),
  q("是不是只要通过线下考核就能拿证？", "线下考核", "知识产权专员证书"),

  // counties and cities of Hubei
  county("我们公司在黄石大冶，员工该报哪个班，找谁联系？", WH, [XS, YJ]),
  county("襄阳枣阳的企业报名找哪个联系人？", XS, [WH, YJ]),
  county("我同事在恩施利川的分公司，他应该联系谁？", YJ, [WH, XS]),
  county("荆门钟祥的企业属于哪个班？联系电话多少？", YJ, [WH, XS]),
  county("孝感汉川的公司想报名，联系谁？", WH, [XS, YJ]),
  county("随州广水这边的企业报哪个班？", XS, [WH, YJ]),
  county("咸宁赤壁的企业要找哪个基地报名？", WH, [XS, YJ]),
  county("荆州松滋的公司报名联系哪位老师？", YJ, [WH, XS]),
  county("十堰丹江口的企业员工该找谁？", XS, [WH, YJ]),
  county("我们在神农架林区，报哪个班？联系人是谁？", XS, [WH, YJ]),
  county("仙桃的企业属于哪个培训班？", WH, [XS, YJ]),

  // registered in a class
  inClass("wuhan", q("我的报名回执要发到哪个邮箱？", "whfw011@163.com")),
  inClass("xiangshisuishen", q("我们班的联系人电话是多少？", "13797815940")),
  inClass("yijingjingen", q("我们班的报名邮箱是哪个？", "446131789@qq.com")),
  inClass("wuhan", q("我们班线下考核培训大概有多少人？", "200")),

  // asked at a given time
  at("2022-06-14T09:00:00+08:00", q("今天上午直播讲什么？", "企业知识产权分析评议与专利导航")),
  at("2022-06-16T15:00:00+08:00", q("现在这个时段是什么课？", "高质量专利撰写实务")),
  at("2022-06-13T08:30:00+08:00", q("今天上午有什么安排？", "开班仪式")),
  at("2022-06-03T10:00:00+08:00", q("我们现在报名还来得及吗？", "6月5日")),

  // English or mixed
  en("How do we register our staff for the training? Is there a link?", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  en("Who should I contact for the Wuhan class? I need a phone number.", "027-87865011"),
  en("My colleague works in Yichang. Which email should he send the registration receipt to?", "446131789@qq.com"),
  en("Is there any fee for this training?"),
  en("How many hours of online study are needed to qualify for the offline session?", "20"),
  en("How many people will be selected for the offline training in total?", "600"),
  en("What is the phone number of the contact at the provincial IP office?", "027-87520061"),
  en("Our office is in Shiyan. Which email do we use for the Xiangshisuishen class?", "287283496@qq.com"),

  // training questions the notice leaves open
  unk("线下培训住的是哪家酒店？"),
  unk("线上直播每天几点开始、几点结束？"),
  unk("直播错过了有回放吗？"),
  unk("在线问答测试是什么题型，一共多少题？"),
  unk("线下考核没通过可以补考吗？"),
  unk("专员证书有有效期吗？"),
  unk("一家公司最多能有几个人进线下考核？"),
  unk("培训能给公司开发票或者参训证明吗？"),
  unk("线下培训场地停车方便吗？"),
  unk("直播用的是腾讯会议还是钉钉？"),
  unk("线下培训需要穿正装吗？"),
  unk("线下考核的遴选名单哪天公布？"),

  // not about this training
  out("明天武汉天气怎么样？"),
  out("我们公司想注册商标，能推荐一家代理机构吗？"),
  out("软件著作权登记怎么办理？"),
  out("高新技术企业认定需要什么条件？"),
  out("研发费用加计扣除比例是多少？"),
  out("帮我写一份员工年终总结。"),
  out("武汉到十堰的高铁几点有车？"),
  out("专利年费怎么缴纳？"),
  out("帮我翻译一下这段英文合同。"),
  out("What's the exchange rate of USD to CNY today?"),
  out("今年武汉社保缴费基数调整了吗？"),
  out("推荐一下宜昌好吃的餐馆。"),
];
