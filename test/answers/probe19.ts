import type { Case } from "./questions.js";
import { q, en, unk, out, at, inClass, county } from "./cases.js";

/**
 * probe19: a tenth set, written after probe18 was fixed and before running it: the sealed mix once more, typed as
 * people type in WeChat groups.
 */
const WH = ["林周", "027-87865011"];

// Left out, not fixed: "十堰房价" (a city and a subject, no question word) gets no answer rather than "outside": a bare
// statement of unknown words is also how form answers (a name, a company) look.
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];
const enOut = (text: string): Case => ({ q: text, facts: [], outside: true, en: true });

export const PROBE19: Case[] = [
  at("2022-06-13T08:50:00+08:00", q("马上开始了吧 今天上午讲什么", "开班仪式")),
  at("2022-06-13T16:00:00+08:00", q("下午这节讲的啥来着", "项目申报书撰写辅导")),
  at("2022-06-14T12:00:00+08:00", q("中午了 下午讲啥", "检索查新技能实务")),
  at("2022-06-15T07:00:00+08:00", q("今天讲什么呀", "风险防范与控制策略", "维权策略实务")),
  at("2022-06-15T21:30:00+08:00", q("明早讲啥", "培育及挖掘")),
  at("2022-06-16T13:30:00+08:00", q("下午是讲专利撰写不", "高质量专利撰写实务")),
  at("2022-06-17T15:00:00+08:00", q("现在在答疑吗", "考核答疑互动")),
  at("2022-06-11T12:00:00+08:00", q("周一几号开始", "6月13日")),
  at("2022-06-13T10:00:00+08:00", q("周二上午什么课", "专利导航")),
  at("2022-06-14T19:00:00+08:00", q("明天什么安排", "风险防范与控制策略")),
  at("2022-06-15T12:00:00+08:00", q("第四天是明天吧 讲啥", "培育及挖掘")),
  at("2022-06-16T22:00:00+08:00", q("明天最后一天了 上午讲什么", "标准化管理模式实务")),
  at("2022-06-05T20:00:00+08:00", q("今天截止吗", "6月5日")),
  // (written as answered; whether a late registration is taken is not stated: unknown, with the deadline)
  at("2022-06-08T20:00:00+08:00", unk("错过报名了还能补报吗", "6月5日")),
  at("2022-06-13T09:00:00+08:00", en("what is this morning's class", "开班仪式")),
  at("2022-06-17T13:00:00+08:00", en("last session today?", "考核答疑互动")),
  // registration etc
  q("咋报名啊", "问卷"),
  q("问卷地址发下", "wjx.cn"),
  // (written as answered; where to download it is not stated: unknown, naming 附件2)
  unk("报名回执模板在哪", "附件2"),
  q("截止啥时候", "6月5日"),
  q("回执要扫描盖章的吗", "盖章"),
  q("回执除了发邮箱还能咋交", "上传报名问卷系统"),
  q("问卷填了就行了吧", "报名成功"),
  q("啥时候发直播链接", "直播链"),
  // selection etc
  q("怎么才能参加线下", "遴选"),
  q("线下是谁都能去吗", "遴选"),
  q("要看够多少小时", "20小时"),
  q("问答测试占比", "30%"),
  q("考勤算多少分", "40%"),
  q("证书咋拿", "知识产权专员证书"),
  q("拿证要写报告吗", "学习报告"),
  // fees etc
  q("收费不", "免费"),
  q("住宿要钱不", "食宿统一安排"),
  q("本地人住宿吗", "本地学员不安排住宿"),
  q("路费给报不", "自理"),
  q("要带笔记本吗", "笔记本电脑"),
  q("有没有后续服务", "合作交流群"),
  // contacts and places
  county("我在襄阳 找谁", XS, [WH, YJ]),
  county("荆州的找哪个老师", YJ, [WH, XS]),
  county("黄石的联系方式", WH, [XS, YJ]),
  county("恩施的报名邮箱", ["446131789@qq.com"], [["whfw011@163.com", "287283496@qq.com"]]),
  county("鄂州的报哪个班", ["武汉"], [XS, YJ]),
  county("天门的联系人电话", WH, [XS, YJ]),
  county("神农架林区的报名邮箱", ["287283496@qq.com"], [["whfw011@163.com", "446131789@qq.com"]]),
  county("光谷的企业找谁", WH, [XS, YJ]),
  county("我在汉口 报名找谁", WH, [XS, YJ]),
  county("我们在荆州开发区 联系谁", YJ, [WH, XS]),
  q("省里找谁", "陈炫如"),
  q("总负责人电话", "027-87520061"),
  // own class
  inClass("wuhan", q("找谁", "林周")),
  inClass("xiangshisuishen", q("联系人", "肖玉杰")),
  inClass("yijingjingen", q("电话多少", "15871601325")),
  // slips, traditional, pinyin
  q("怎麼報名", "问卷"),
  q("線下幾天", "2天"),
  q("證書", "知识产权专员证书"),
  // ("報名" alone, written first, is the command that starts a registration, not a question)
  q("费用", "免费"),
  q("peixun didian", "另行通知"),
  q("zhibo lianjie", "直播链"),
  q("baoming fangshi", "问卷"),
  q("lianxi dianhua", "电话"),
  q("zhusu anpai", "统一安排"),
  q("回执发那个邮箱", "邮箱"),
  // (written as answered; what the certificate is for is not stated)
  unk("证书有啥用处", "知识产权专员证书"),
  q("林选怎么林", "30%"),
  q("知播几号", "6月13日"),
  // two in one
  q("几号截止 发哪个邮箱", "6月5日", "邮箱"),
  q("线下在哪 啥时候", "另行通知"),
  q("管吃不 管住不", "统一安排"),
  q("学几天 要钱不", "5", "免费"),
  q("证书谁发 有啥用", "湖北省知识产权局"),
  // English
  en("registration link?", "wjx.cn"),
  en("deadline?", "June 5"),
  en("fee?", "free"),
  en("contact for Shiyan?", "13797815940"),
  en("offline venue?", "announced later"),
  en("livestream dates?", "June 13"),
  // open
  // (written as unknown; 食宿统一安排 answers it)
  q("线下有没有晚饭", "统一安排"),
  unk("直播能倍速吗"),
  // (written as unknown; a session's 几点 is its half-day, as the earlier batches have it)
  q("线下考核几点开始考", "下午"),
  unk("证书能查真伪吗"),
  unk("报名后能取消吗"),
  unk("能找人代考吗"),
  unk("有没有纸质教材"),
  // outside
  out("今天几号了"),
  out("你吃饭了吗"),
  out("在吗 帮我看个合同"),
  out("武汉哪个医院好"),
  out("怎么申请商标"),
  out("专利被驳回怎么办"),
  out("帮我写首歌词"),
  enOut("what's the time in Beijing"),
  enOut("write a haiku"),
];
