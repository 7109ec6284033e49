import type { Case } from "./questions.js";
import { q, en, unk, out, at, county } from "./cases.js";

/**
 * probe29: a mixed set written after probe28 was fixed and before running it (traditional characters, English, chat).
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黃夏", "15871601325"].map((x) => x.replace("黃", "黄"));

export const PROBE29: Case[] = [
  q("線下培訓在哪裡舉辦", "另行通知"),
  q("報名截止日期是幾號", "6月5日"),
  q("證書由誰頒發", "湖北省知识产权局"),
  q("培訓要收費嗎", "免费"),
  county("我們在宜都市 聯繫人是誰", YJ, [WH, XS]),
  q("请问在线答题测试占总分多少", "30%"),
  q("问卷填写质量怎么考察", "30%"),
  q("一共三个阶段还是两个阶段", "线上"),
  unk("线下考核暨实战培训考啥"),
  q("学习报告是线下写吗", "学习报告"),
  q("附件2是啥", "回执"),
  q("文件编号多少", "鄂知发"),
  q("这次培训是谁主办的", "湖北省知识产权局"),
  q("自贸区基地负责哪个班", "武汉"),
  en("Is the training free of charge?", "free"),
  en("When is the registration deadline?", "June 5"),
  en("Which system is taught in the practical course?", "智慧桥"),
  en("Do I need to stamp the receipt?", "stamp"),
  en("How many days is the offline training?", "2"),
  unk("线下培训能穿拖鞋吗"),
  unk("直播有没有字幕"),
  unk("可以带家属一起去吗"),
  out("怎么查企业的信用代码"),
  out("公司变更法人要什么材料"),
  out("What's the capital of France?"),
  out("Can you recommend a good patent lawyer?"),
  at("2022-06-14T14:10:00+08:00", q("这节课讲的啥", "检索查新技能实务")),
  at("2022-06-05T21:00:00+08:00", q("今天还能报名吗", "6月5日")),
  q("咋样才能去线下", "遴选"),
  q("线上是录播还是直播", "直播"),
];
