import type { Case } from "./questions.js";
import { q, en, unk, out, at, inClass, county } from "./cases.js";

/**
 * probe13: a fourth set, written after probe12 was fixed and before running it: English variety, clock times at the
 * edges (weekends, before and after the stages), unknowns naming the asker's own contact, mixed outside and inside.
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];
const enOut = (text: string): Case => ({ q: text, facts: [], outside: true, en: true });
const enUnk = (text: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true, en: true });
const ownUnk = (classId: string, text: string, own: string[], others: string[][]): Case => inClass(classId, { q: text, facts: own, absent: others.flat(), unknown: true });

export const PROBE13: Case[] = [
  // clock times at the edges
  at("2022-06-18T10:00:00+08:00", q("今天有直播吗", "6月17日")),
  at("2022-06-11T10:00:00+08:00", q("明天有课吗", "6月13日")),
  at("2022-06-12T10:00:00+08:00", q("今天周日有课没", "6月13日")),
  at("2022-06-13T06:00:00+08:00", q("今天第一天上午讲啥", "开班仪式")),
  at("2022-06-13T12:10:00+08:00", q("下午的课叫啥", "项目申报书撰写辅导")),
  at("2022-06-17T18:00:00+08:00", q("明天还有直播吗", "6月17日")),
  at("2022-06-15T10:00:00+08:00", q("昨天下午那节是啥", "检索查新技能实务")),
  at("2022-06-14T10:00:00+08:00", q("大后天上午", "标准化管理模式实务")),
  at("2022-06-13T15:00:00+08:00", q("这周五下午讲什么", "考核答疑互动")),
  at("2022-06-16T09:00:00+08:00", en("What's on this afternoon?", "高质量专利撰写实务")),
  at("2022-06-14T20:00:00+08:00", en("What is tomorrow's afternoon class?", "维权策略实务")),
  at("2022-06-13T09:30:00+08:00", en("Which course is on now?", "开班仪式")),
  at("2022-06-17T09:00:00+08:00", en("Is today the last day of the livestream?", "June 17")),
  at("2022-06-06T09:00:00+08:00", en("Can I still register?", "June 5")),
  at("2022-06-01T09:00:00+08:00", q("距离报名截止还有几天", "6月5日")),
  // English variety
  en("When and where is the offline training?", "announced later"),
  en("how do i register and what's the deadline", "questionnaire", "June 5"),
  en("Is it free and is lunch provided?", "free", "arranged"),
  en("What's the training about?", "四知"),
  en("What are the five skills?", "会检索查新"),
  en("How many days is the livestream?", "5"),
  en("when does the online training end", "June 17"),
  en("What does the receipt need?", "seal"),
  en("Where do I send the receipt?", "e-mail"),
  en("How is the offline list decided?", "30%"),
  en("What percentage is attendance?", "40%"),
  en("Who gets a place offline?", "30%"),
  en("Do local trainees get a hotel?", "local"),
  en("what should i bring to the offline session", "laptop"),
  en("Who can I call at the provincial office?", "027-87520061"),
  en("What's the document number?", "鄂知发〔2022〕12号"),
  { ...county("I'm in Xianning. Phone number please", ["027-87865011"], [XS, YJ].flat()), en: true },
  { ...county("We're a company in Yidu, who's the contact", ["15871601325"], [WH, XS].flat()), en: true },
  { ...county("Shennongjia company, which email?", ["287283496@qq.com"], ["whfw011@163.com", "446131789@qq.com"]), en: true },
  enUnk("Can I bring my kid?"),
  enUnk("Is there parking at the venue?"),
  enUnk("Will there be a replay of the livestream?"),
  enUnk("What is the pass mark?"),
  enUnk("Which hotel will we stay in?"),
  enUnk("What time does the livestream start each day?"),
  enOut("Tell me about the Great Wall"),
  enOut("What's the best phone to buy?"),
  enOut("How do I file a patent in the US?"),
  enOut("what's the weather like in Enshi"),
  // unknowns name the asker's own contact
  ownUnk("xiangshisuishen", "线下培训有停车位吗", XS, [WH, YJ]),
  ownUnk("wuhan", "能带家属吗", WH, [XS, YJ]),
  ownUnk("yijingjingen", "证书什么时候发下来", YJ, [WH, XS]),
  { ...county("枣阳的 线下住哪个酒店", XS, [WH, YJ]), unknown: true },
  { ...county("我在监利 线下考试几分及格", YJ, [WH, XS]), unknown: true },
  // mixed inside and outside
  q("培训免费吗 明天天气怎么样", "免费"),
  q("线下带电脑吗？顺便问下武汉哪里好吃", "笔记本电脑"),
  q("报名截止哪天，另外商标注册多少钱", "6月5日"),
  // registration and the rest, other words
  q("问卷和回执都要交吗", "问卷", "回执"),
  q("报名材料发哪里", "邮箱"),
  q("回执扫描件发邮箱就行吗", "邮箱"),
  q("回执需要单位盖章吗", "公章"),
  q("报名要几步", "问卷"),
  q("问卷填完算报名了吗", "报名成功"),
  q("直播链接什么时候发", "直播链"),
  q("线上参加的人数有限制吗", "不限"),
  q("线下一个班多少人", "200"),
  q("考核总分怎么算", "100分"),
  q("问卷填写质量占比多少", "30%"),
  q("学习时长达不到20小时会怎样", "20小时"),
  q("线下考核通过后发什么证书", "知识产权专员证书"),
  q("线下考核由谁组织", "承办单位"),
  q("线下地点怎么定", "疫情形势"),
  q("线下防疫有什么要求", "疫情防控"),
  q("结业后省局提供什么服务", "合作交流群"),
  q("智慧桥账号怎么开通", "免费开通"),
  q("检索系统免费吗", "免费"),
  q("培训的目的是什么", "知识产权队伍建设"),
  q("培训分几个阶段", "线上", "线下"),
  q("培训流程", "学员报名", "结业认证"),
  q("各市州联系人名单什么时候报", "5月26日"),
  q("这个通知是哪天发的", "2022年5月17日"),
  // slips and traditional
  q("綫上培訓幾天", "5天"),
  q("結業證書誰頒發", "湖北省知识产权局"),
  q("報名回執寄到哪裡", "邮箱"),
  q("遴选标椎", "30%"),
  q("培训免废吗", "免费"),
  q("直播链解在哪", "直播链"),
  q("住宿费要自己出吗", "食宿统一安排"),
  q("交通费自理吗", "自理"),
  // outside
  out("帮我查下明天的航班"),
  out("武汉到宜昌高铁票多少钱"),
  out("专利代理费一般多少"),
  out("怎么成为专利代理师"),
  out("知识产权贯标怎么做"),
  out("写一份请示"),
  out("最近有什么电影"),
  out("给我推荐个律师"),
  out("公司要交哪些税"),
  // (written as outside; the reply, "the notice does not say; the training is free", was judged as good an answer)
  unk("怎么开发票"),
];
