import type { Case } from "./questions.js";
import { q, en, unk, out, county } from "./cases.js";

/**
 * probe30: a last short mixed set written after probe29 was fixed and before running it.
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE30: Case[] = [
  q("xian xia kao he yao dai bi ji ben dian nao ma", "笔记本电脑"),
  q("pei xun nei rong you na xie", "四知"),
  county("wo men zai en shi, bao na ge ban", YJ, [WH, XS]),
  county("dan jiang kou de qi ye lian xi shei", XS, [WH, YJ]),
  unk("回执模版在哪下 我没找到附件"),
  q("五会里面哪个讲专利撰写", "高质量专利撰写实务"),
  q("在线时长是咋统计的 要求多少", "20小时"),
  q("俺想问下 线下啥时候开始", "另行通知"),
  county("咱是鄂州华容区的 找谁报名", WH, [XS, YJ]),
  county("我们在当阳 回执发哪个邮箱", ["446131789@qq.com"], ["whfw011@163.com", "287283496@qq.com"]),
  out("今年注册会计师考试几月份"),
  out("商标续展多少钱"),
  out("专利申请被驳回还能复审吗"),
  out("教我做个PPT"),
  en("Where do I send the stamped receipt if I'm in Jingmen?", "446131789@qq.com"),
  en("what percent is the questionnaire", "30%"),
  unk("线下考试可以带资料吗"),
  unk("线上课每天几点开始"),
];

/** Checked after probe30 was fixed, in the same sitting (first run 2/6: see probe30.first-run.txt). */
export const PROBE30B: Case[] = [
  q("四知五会一共几门课", "新法政策"),
  q("智慧桥是个啥东西", "智慧桥"),
  unk("线上课能不能快进"),
  unk("线上课程老师是哪里请的"),
  q("线下要带什么东西", "笔记本电脑"),
  unk("线下考试考几门"),
];
