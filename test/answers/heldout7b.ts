import type { Case } from "./questions.js";

/** heldout7b — blind helper, 2026-12-01: busy-staff styles (fragments, rambling, polite, dialect, pinyin slips, own situation, two-in-one, EN/mixed), plus unknown and outside cases */
const q = (text: string, ...facts: string[]): Case => ({ q: text, facts });
const en = (text: string, ...facts: string[]): Case => ({ q: text, facts, en: true });
const unk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true });
const out = (text: string): Case => ({ q: text, facts: [], outside: true });
const at = (now: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, now } });
const inClass = (classId: string, c: Case): Case => ({ ...c, ctx: { ...c.ctx, classId } });
const county = (text: string, own: string[], others: string[][]): Case => ({ q: text, facts: own, absent: others.flat() });

export const HELDOUT7B: Case[] = [
  // --- very short fragments ---
  q("费用?", "任何费用"),
  q("证书呢", "知识产权专员证书"),
  q("截止?", "6月5日"),
  q("问卷链接", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  q("多少小时", "20小时"),
  q("线下几个人", "600"),
  q("电脑要带?", "笔记本电脑"),
  q("住宿", "不安排住宿"),
  q("路费", "自理"),
  q("直播链接在哪", "直播链"),
  q("回执盖章?", "盖章"),
  q("线下啥时候", "另行通知"),

  // --- polite forms ---
  q("请问老师，这次培训是哪个单位发的通知呀？", "湖北省知识产权局"),
  q("请问老师，报名回执需要发送到哪里呢？", "报名邮箱"),
  q("您好，请问线上直播培训有名额限制吗？", "人数不限"),
  q("老师您好，想请教一下线下考核的遴选标准是怎样的", "30%", "40%"),
  q("请问省知识产权局这边的联系人是哪位老师？", "陈炫如", "027-87520061"),
  q("麻烦问一下，参加培训需要交钱吗？谢谢", "任何费用"),
  q("打扰了，请问结业证书是谁颁发的", "湖北省知识产权局"),
  q("请问一下老师，线上课第一天上午安排的是什么", "培训班开班仪式"),

  // --- dialect-ish / spoken ---
  q("这个培训要钱莫得", "任何费用"),
  q("咋报名啊", "问卷"),
  q("线下培训包不包吃住哦", "食宿统一安排"),
  q("在线学好久才够得上线下啊", "20小时"),
  q("我就是本地的，住宿安排得不得", "不安排住宿"),
  q("来回车费哪个出", "自理"),
  q("啥叫四知五会", "四知", "五会"),
  q("电脑要自己带噻？", "笔记本电脑"),
  q("问卷填了就算报上名了撒", "报名成功"),
  q("线下考试有个啥学习报告要写吗", "学习报告"),

  // --- pinyin initials / slips ---
  q("bm截止日期", "6月5日"),
  q("zs怎么拿", "知识产权专员证书"),
  q("十堰班lxr是谁", "肖玉杰"),
  q("报名回直要盖章吗", "盖章"),
  q("线上直拨是几号开始", "13"),
  q("知识产权专元证书咋获得", "线下考核"),

  // --- long rambling with context ---
  q("老师你好，我是公司行政兼管知识产权的，平时专利都是外包给代理所，领导看到这个通知让我去学一下，我想知道我这种兼职管知识产权的能不能报名参加？", "兼"),
  q("我们公司上周刚开会说今年要加强知识产权管理，我负责这块，但是我之前没参加过这种培训，不知道整个流程是啥样的，从报名到拿证要经过哪些环节？", "线上培训", "结业认证"),
  q("是这样的，我上周已经在线把问卷填完提交了，但是回执还没盖章，公章在老板那里他出差了，我想问下回执最晚什么时候要交？", "6月5日"),
  q("我们领导问我这个培训到底是干嘛的，为啥省局要搞这个，我得给他汇报一下背景目的，你帮我说说", "知识产权队伍建设"),
  q("线上那一周我可能有两天要出差，只能手机上看一会，听说要学够一定时长才能去线下，具体要求是多少来着？占多少分？", "20小时", "40%"),
  q("我同事说线下考核名额很少要靠抢，我想确认一下到底三个片区一共多少人、每个片区多少人", "600", "200"),
  q("我们是做机械配件的小厂子，老板担心参加完培训以后就没人管了，培训结束之后还有没有什么后续服务啊？", "合作交流群"),

  // --- own situation / class ---
  q("我是十堰某公司的，该找哪个老师报名", "肖玉杰"),
  q("我们单位在宜昌，回执发哪个邮箱", "446131789@qq.com"),
  q("我在武汉光谷上班，武汉班的联系电话是多少", "027-87865011"),
  q("我们单位两个人能一起报吗？线上有人数限制没", "人数不限"),
  q("我是市局的，要报工作联系人名单，什么时候之前报", "5月26日"),
  county("我们公司在谷城县，应该报哪个班，联系谁", ["肖玉杰"], [["林周", "whfw011@163.com"], ["黄夏", "446131789@qq.com"]]),
  county("我是大冶的企业，回执发给谁", ["林周"], [["肖玉杰", "287283496@qq.com"], ["黄夏", "446131789@qq.com"]]),
  county("利川这边的企业归哪个班管？联系人是谁", ["黄夏"], [["林周", "whfw011@163.com"], ["肖玉杰", "287283496@qq.com"]]),
  county("钟祥的公司报名联系哪个老师", ["黄夏"], [["林周", "whfw011@163.com"], ["肖玉杰", "287283496@qq.com"]]),
  county("我在麻城，我们属于哪个片区，找谁", ["林周"], [["肖玉杰", "287283496@qq.com"], ["黄夏", "446131789@qq.com"]]),
  county("丹江口的企业报名邮箱是哪个", ["287283496@qq.com"], [["whfw011@163.com"], ["446131789@qq.com"]]),
  inClass("wuhan", q("我们班的联系人手机号给一下", "17786398350")),
  inClass("yijingjingen", q("我们这个班是哪个基地承办的", "宜昌")),
  inClass("xiangshisuishen", q("回执扫描件发哪", "287283496@qq.com")),

  // --- two-in-one ---
  q("培训收费吗？线下要带啥", "任何费用", "笔记本电脑"),
  q("报名截止哪天？回执要盖章不", "6月5日", "盖章"),
  q("问卷质量占多少分，在线测试又占多少", "30%"),
  q("线上最后一天下午是啥课？线下第二天中午干嘛", "知识产权考核答疑互动", "结业返回"),
  q("线下第一天几点报到，晚上有安排吗", "学员报到", "学习报告"),

  // --- schedule / content ---
  q("高质量专利撰写是第几天讲", "高质量专利撰写实务"),
  q("智慧桥系统在哪个阶段教", "智慧桥"),
  q("线上课都讲哪些内容", "四知", "五会"),
  q("遴选三项总分多少", "100分"),
  at("2022-06-15T08:30:00+08:00", q("今天上午讲啥", "知识产权风险防范与控制策略")),
  at("2022-06-17T13:00:00+08:00", q("今天下午什么课", "知识产权考核答疑互动")),
  at("2022-06-08T10:00:00+08:00", q("现在还能报名吗", "6月5日")),

  // --- English / mixed ---
  en("How much does the training cost?"),
  en("What's the link to the questionnaire?", "https://www.wjx.cn/vj/0Ft1w5x.aspx"),
  en("How many hours of online study do I need to qualify for the offline part?", "20"),
  en("Who should I contact for the Xiangyang-Shiyan-Suizhou-Shennongjia class? Email please.", "287283496@qq.com"),
  en("I'm from 宜昌, which email do I send the receipt to?", "446131789@qq.com"),
  en("How many trainees will be selected for the offline training in total?", "600"),
  en("Phone number of the provincial IP office contact?", "027-87520061"),
  en("Do I need to bring a laptop to the offline session? And who pays for travel?"),
  q("请问deadline是哪天？回执要发email吗", "6月5日", "邮箱"),

  // --- unknown: training questions the notice leaves open ---
  unk("直播有回放吗"),
  unk("线上直播每天几点开始几点结束"),
  unk("线下培训那边能停车吗"),
  unk("证书有有效期吗，几年要复审"),
  unk("在线问答测试有几道题，能重考吗"),
  unk("问卷提交了以后还能改吗"),
  unk("报名以后能换班次吗，比如从武汉班换到宜昌班"),
  unk("直播用什么平台看，要下载啥软件不"),
  unk("线下考核要穿正装吗"),
  unk("证书是纸质的还是电子的"),
  unk("这个培训的学时能抵继续教育学时不"),
  unk("明年还办不办这个培训"),

  // --- outside: not about this training ---
  out("武汉明天下雨吗"),
  out("商标注册怎么在网上申请"),
  out("软件著作权登记要多久"),
  out("高新技术企业认定什么时候申报"),
  out("公司营业执照地址变更怎么办理"),
  out("个税汇算清缴截止是哪天"),
  out("帮我推荐一下宜昌好吃的面馆"),
  out("专利代理师考试今年几月报名"),
  out("How do I renew my passport?"),
  out("社保断缴一个月有影响吗"),
  out("专利年费减缴怎么申请"),
  out("帮我把这段话翻译成英文：我们公司主营机械配件"),
];
