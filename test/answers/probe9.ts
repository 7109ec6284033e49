import type { Case } from "./questions.js";
import { q, en, unk, out, county } from "./cases.js";

/**
 * probe9: written by the engineer who fixed heldout6's misses, after reading them (so not blind): other phrasings of
 * each general cause, to keep the rules general. Kept as regression tests.
 */
const enOut = (text: string): Case => ({ q: text, facts: [], outside: true, en: true });

export const PROBE9: Case[] = [
  // an attribute the notice does not give, asked of a training subject
  unk("线上测试是什么形式"),
  unk("线下考核考几门"),
  unk("考核通过率多少"),
  unk("合格标准是多少分"),
  unk("需要本科以上吗"),
  unk("年纪大了能参加吗"),
  unk("需要什么职称才能报"),
  unk("有工作年限要求吗"),
  unk("线下具体在哪栋楼"),
  unk("Is the exam multiple choice"),
  unk("Is there an age requirement"),
  // whether it is set: the notice answers it
  q("线下时间定了吗", "另行通知"),
  q("线下地点确定了吗", "另行通知"),
  // outside subjects sharing a head word with the training
  out("个税申报截止日期"),
  out("社保缴费截止时间"),
  out("医保报销比例是多少"),
  out("公务员考试报名时间"),
  out("驾照考试报名时间"),
  out("研发费用加计扣除比例"),
  out("高铁从宜昌到武汉多久"),
  out("武汉到襄阳开车要多久"),
  enOut("What is the corporate income tax rate"),
  enOut("What's the minimum wage in Hubei"),
  enOut("How many hours by train from Wuhan to Shiyan"),
  // ways of registering stay ours
  q("异地报名可以吗", "问卷"),
  q("团体报名怎么弄", "问卷"),
  q("财务人员能报名吗", "负责知识产权工作"),
  // the notice's key sentence
  q("培训的意义是什么", "知识产权队伍建设"),
  q("为什么要搞这个培训", "知识产权队伍建设"),
  en("Why is the office running this training", "workforce"),
  q("问卷质量重要吗", "30%"),
  q("没上线上课能参加线下吗", "问卷调查"),
  en("Can I skip the online part and go straight to the offline training", "questionnaire"),
  en("Does the questionnaire affect selection", "30%"),
  q("回执需要填哪些内容", "报名班次", "单位名称"),
  q("回执一定要盖公章吗", "盖章扫描版"),
  q("学完有证吗", "知识产权专员证书"),
  // a place anywhere decides the class for every clause
  county("钟祥的企业 报名截止哪天 找谁问", ["15871601325", "6月5日"], ["13797815940", "027-87865011"]),
  county("荆门 联系谁", ["15871601325"], ["13797815940", "027-87865011", "没有说明"]),
  county("十堰的，联系人电话多少", ["13797815940"], ["15871601325", "027-87865011"]),
  { ...county("I'm in Zaoyang, which class and who do I contact", ["13797815940"], ["15871601325", "027-87865011"]), en: true },
];
