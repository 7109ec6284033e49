import type { Case } from "./questions.js";
import { q, en, unk, out, at, county } from "./cases.js";

/**
 * probe24: a mixed set in the held-out batches' proportions, written after probe23 was fixed and before running it.
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE24: Case[] = [
  q("Pei Xun Zai Na Li", "另行通知"),
  q("wo shi 麻城 de 找谁", "林周"),
  q("zhibo lianjie shei fa", "承办单位"),
  q("xianxia yao dai diannao ma", "笔记本电脑"),
  q("zai xian shi chang yao qiu", "20小时"),
  county("wo zai yi chang, zhao na wei lao shi", YJ, [WH, XS]),
  q("线上课一共几节", "6月13日"),
  q("开班仪式在第几天", "第1天"),
  q("线下考核暨实战培训要几天", "2天"),
  q("结业了能拿到啥", "知识产权专员证书"),
  q("回执要发给谁", "邮箱"),
  q("问卷的链接能再发一次吗", "0Ft1w5x"),
  q("遴选总分是多少", "100分"),
  q("全省线下一共选多少人", "600"),
  q("襄十随神班的承办单位是哪个", "十堰"),
  q("各市州的联系人名单啥时候报", "5月26日"),
  q("培训期间食宿谁负责", "统一安排"),
  q("线下要做好疫情防控吗", "疫情防控"),
  q("进交流群是自愿的吗", "自愿"),
  q("智慧桥系统账号收费吗", "免费"),
  county("我们单位在嘉鱼 报名联系哪位", WH, [XS, YJ]),
  county("房县的企业找谁报名", XS, [WH, YJ]),
  county("五峰的企业报哪个班", YJ, [WH, XS]),
  county("俺们在天门 回执发哪个邮箱", ["whfw011@163.com"], ["287283496@qq.com", "446131789@qq.com"]),
  en("Who should a company in Enshi contact?", "15871601325"),
  en("When does the livestream start?", "13"),
  en("Is accommodation provided for the offline part?", "arranged"),
  en("How many trainees will be chosen from each class?", "200"),
  unk("直播可以用手机看吗"),
  unk("线下考试考几门"),
  unk("证书是电子版还是纸质的"),
  unk("线下培训有没有午休"),
  out("专利侵权了怎么起诉"),
  out("二级建造师证书怎么注册"),
  out("帮我写个请假条"),
  out("武汉明天多少度"),
  out("高新技术企业认定要什么条件"),
  at("2022-06-16T15:00:00+08:00", q("现在在讲啥", "高质量专利撰写实务")),
  at("2022-06-12T09:00:00+08:00", q("直播明天开始吗", "6月13日")),
];
