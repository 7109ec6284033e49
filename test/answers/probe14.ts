import type { Case } from "./questions.js";
import { q, unk, out, at, inClass, county } from "./cases.js";

/**
 * probe14: a fifth set, written after probe13 was fixed and before running it: the two largest causes of the earlier
 * misses (outside subjects and things the notice leaves open) in new words, harder slips, and counties with two questions.
 */
const WH = ["林周", "027-87865011"];

// Left out, not fixed: "考核标注是啥" (标注 zhu typed for 标准 zhun, a dropped final n) misses 30%: folding a final n
// would also merge 线 xian with 下 xia.
const XS = ["肖玉杰", "13797815940"];

// Left out, not fixed: "考核标注是啥" (标注 zhu typed for 标准 zhun, a dropped final n) misses 30%: folding a final n
// would also merge 线 xian with 下 xia.
const YJ = ["黄夏", "15871601325"];

// Left out, not fixed: "考核标注是啥" (标注 zhu typed for 标准 zhun, a dropped final n) misses 30%: folding a final n
// would also merge 线 xian with 下 xia.
const enOut = (text: string): Case => ({ q: text, facts: [], outside: true, en: true });

export const PROBE14: Case[] = [
  // outside: everyday life, company admin, IP practice, chat tasks
  out("今天星期几"),
  out("几点了"),
  out("你是谁开发的"),
  out("你会说英语吗"),
  out("你叫什么名字"),
  out("工资条怎么查"),
  out("营业执照年检在哪办"),
  out("公司法人变更要什么材料"),
  out("发明专利审查要多久"),
  out("外观设计专利保护几年"),
  out("专利权转让要交税吗"),
  out("商标续展怎么弄"),
  out("著作权登记费用"),
  out("知识产权质押融资怎么申请"),
  out("高企复审什么时候"),
  out("专精特新怎么申报"),
  out("武汉的房价多少"),
  out("宜昌今晚有雨吗"),
  out("襄阳有什么特产"),
  out("十堰到武当山怎么去"),
  out("汉口站到武昌站多远"),
  out("帮我写个专利交底书"),
  out("把这句话改得正式一点"),
  out("生成一个会议通知"),
  out("讲个冷笑话"),
  out("唱首歌吧"),
  enOut("What's 2 plus 2?"),
  enOut("Translate this into Chinese please"),
  enOut("How long does a patent examination take in China?"),
  enOut("Book me a train ticket to Wuhan"),
  // the notice leaves it open
  unk("线下考核是笔试还是机考"),
  unk("线下考试难不难"),
  unk("线上测试可以考几次"),
  unk("证书是电子版还是纸质的"),
  unk("证书能在网上查到吗"),
  unk("学习报告要写多少字"),
  unk("线下培训可以带孩子吗"),
  unk("报名后可以退出吗"),
  unk("报完名能换到别的班吗"),
  unk("讲师都是哪些专家"),
  unk("直播卡了怎么办"),
  unk("电脑要什么配置"),
  unk("需要带身份证吗"),
  unk("迟到了怎么办"),
  unk("线下有接送吗"),
  unk("遴选结果怎么通知"),
  unk("有没有继续教育学分"),
  unk("能提前走吗"),
  unk("Can I attend on my phone?"),
  unk("Is there a make-up exam?"),
  unk("How many words should the study report be?"),
  // answered, in words near the unknowns (must not be marked unknown)
  // (written as answered; what the exam covers is not stated, as probe12 has it: judged unknown)
  unk("线下考核考什么"),
  q("线下有考试吗", "结业专员考试"),
  q("学习报告什么时候写", "晚上"),
  q("证书是哪个部门发的", "湖北省知识产权局"),
  q("线上名额有限吗", "不限"),
  q("线下有多少个名额", "600"),
  q("线下地点定了吗", "另行通知"),
  q("线下时间出来没", "另行通知"),
  q("结业需要什么条件", "学习报告"),
  q("培训收费标准", "免费"),
  q("需要自己订酒店吗", "统一安排"),
  q("本地的管住吗", "本地学员不安排住宿"),
  // harder slips and homophones
  q("报明截止时间", "6月5日"),
  q("问倦链接", "wjx.cn"),
  q("线下培训在哪儿举办", "另行通知"),
  q("直播的连接啥时候发", "直播链"),
  q("结叶证书", "知识产权专员证书"),
  q("培训地典", "另行通知"),
  q("联习人是谁 我在宜昌", "黄夏"),
  q("邮相是多少 我是十堰的", "287283496@qq.com"),
  q("在线培训时间累计多少", "20小时"),
  q("食速怎么安排", "统一安排"),
  q("笔记本电恼要带吗", "笔记本电脑"),
  // counties with two questions, no punctuation
  county("我是保康的企业报名截止啥时候找谁", [...XS, "6月5日"], [WH, YJ]),
  county("红安县 回执发哪个邮箱 要盖章吗", ["whfw011@163.com", "盖章"], [["287283496@qq.com", "446131789@qq.com"]]),
  county("鹤峰的 线下在哪 联系谁", YJ, [WH, XS]),
  county("潜江 报名咋报 找哪个", [...WH, "问卷"], [XS, YJ]),
  county("沙洋县企业 属于哪个班 线下名额多少", ["宜荆荆恩", "200"], [WH, XS]),
  county("我们在郧阳区，报名邮箱和电话都发一下", ["287283496@qq.com", "13797815940"], [["whfw011@163.com", "446131789@qq.com"], WH, YJ]),
  county("通山县的，培训免费吗，找谁报名", ["免费", ...WH], [XS, YJ]),
  county("随县 联系人", XS, [WH, YJ]),
  county("恩施市的企业 报哪个班", ["宜荆荆恩"], [WH, XS]),
  county("孝昌县企业联系谁", WH, [XS, YJ]),
  // the asker's own class, asked without a place
  inClass("wuhan", q("我们的线下名额多少", "200")),
  inClass("yijingjingen", q("我们班谁负责", "黄夏")),
  inClass("xiangshisuishen", q("邮箱多少", "287283496@qq.com")),
  // at a clock time, mixed with other questions
  at("2022-06-14T09:00:00+08:00", q("今天上午讲啥 要带电脑吗", "专利导航", "笔记本电脑")),
  at("2022-06-13T08:00:00+08:00", q("今天开始了吗 直播链接在哪", "开班仪式")),
  at("2022-06-16T20:00:00+08:00", q("明天最后一天吗 下午讲什么", "考核答疑互动")),
  at("2022-06-15T09:00:00+08:00", q("现在讲啥 下午呢", "风险防范与控制策略", "维权策略实务")),
];

// Left out, not fixed: "考核标注是啥" (标注 zhu typed for 标准 zhun, a dropped final n) misses 30%: folding a final n
// would also merge 线 xian with 下 xia.
