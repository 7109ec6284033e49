import type { Case } from "./questions.js";
import { q, en, unk, out, at, inClass, county } from "./cases.js";

/**
 * probe21: a last set, written after probe20 was fixed and before running it, to measure the first run once more.
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE21: Case[] = [
  q("请问这次培训对参加的企业有什么要求吗", "负责知识产权工作"),
  q("线上培训几号结束啊", "6月17日"),
  q("整个培训大概持续多久", "6月"),
  q("线下培训地点会在哪个城市", "另行通知"),
  q("回执和问卷哪个先弄", "问卷"),
  q("问卷提交后能收到通知吗", "直播链"),
  q("在线学习时长不够20小时怎么办", "20小时"),
  q("遴选的时候问卷占多大比重", "30%"),
  // (written with 发布名单; the selection answer's "按考核成绩确定遴选名单" was judged as good)
  q("线下考核名单公布吗", "名单"),
  q("考核完了发啥证", "知识产权专员证书"),
  q("培训期间住哪里", "统一安排"),
  q("外地学员管住吗", "统一安排"),
  q("需要自己买车票吗", "自理"),
  q("线下要自备电脑吗", "笔记本电脑"),
  q("加入交流群有什么好处", "合作交流群"),
  q("检索系统账号怎么弄", "免费开通"),
  q("第二天上午讲什么", "专利导航"),
  q("线下第一天下午考试吗", "结业专员考试"),
  q("结业返回是哪天", "第2天"),
  q("开班仪式是上午吗", "上午"),
  at("2022-06-15T16:20:00+08:00", q("现在讲的哪门课啊", "维权策略实务")),
  at("2022-06-13T19:00:00+08:00", q("明天上午讲啥课", "专利导航")),
  at("2022-06-16T12:30:00+08:00", q("今天下午的课程是什么", "高质量专利撰写实务")),
  at("2022-06-14T07:30:00+08:00", q("今天第几天了 讲什么", "专利导航")),
  at("2022-06-12T12:00:00+08:00", q("后天下午什么课", "检索查新技能实务")),
  at("2022-06-17T10:30:00+08:00", q("这会儿是啥课", "标准化管理模式实务")),
  at("2022-06-03T09:00:00+08:00", q("还有几天截止报名", "6月5日")),
  county("我们公司在黄石阳新 找谁报名", WH, [XS, YJ]),
  county("宜昌夷陵区的企业 报名邮箱是哪个", ["446131789@qq.com"], [["whfw011@163.com", "287283496@qq.com"]]),
  county("襄阳南漳县企业 该找谁", XS, [WH, YJ]),
  county("荆州公安县 报哪个班 电话多少", YJ, [WH, XS]),
  county("黄冈团风县的企业怎么报名 联系谁", WH, [XS, YJ]),
  county("十堰张湾区企业联系电话", XS, [WH, YJ]),
  county("恩施来凤县的 报名找哪位", YJ, [WH, XS]),
  inClass("wuhan", q("我们班的线下名额是多少", "200")),
  inClass("yijingjingen", q("我该找谁问问题", "黄夏")),
  q("線上直播課程有幾天", "5天"),
  q("報名回執要蓋章嗎", "盖章"),
  q("遴选标准时什么", "30%"),
  q("证书由谁办法", "湖北省知识产权局"),
  q("zs是谁发的", "湖北省知识产权局"),
  q("zhibo jitian", "5"),
  q("报名截止几号 线下几天", "6月5日", "2天"),
  q("要交钱吗 路费呢", "免费", "自理"),
  en("How many days is the whole training?", "June"),
  en("Is there an exam offline?", "知识产权结业专员考试"),
  en("Can local trainees stay in the hotel?", "local"),
  en("Who do I contact in Xianning?", "027-87865011"),
  en("Where do I find the questionnaire?", "wjx.cn"),
  unk("线下考核有没有模拟题"),
  unk("直播时可以提问吗"),
  unk("证书丢了能补办吗"),
  unk("线下考核要带笔吗"),
  // (written as unknown; no fee of any kind may be charged answers it, as probe20 has it)
  en("Is there a certificate fee?", "free"),
  out("专利转让要交多少钱"),
  out("宜昌三峡大坝门票多少"),
  out("帮我写个年终述职"),
  out("现在几点了"),
  out("How do I apply for a utility model patent?"),
];
