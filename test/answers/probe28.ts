import type { Case } from "./questions.js";
import { q, en, unk, out, at, county, inClass } from "./cases.js";

/**
 * probe28: a mixed set written after probe27 was fixed and before running it.
 */
const WH = ["林周", "027-87865011"];
const XS = ["肖玉杰", "13797815940"];
const YJ = ["黄夏", "15871601325"];

export const PROBE28: Case[] = [
  q("线上直播总共几天 从哪天开始", "6月13日"),
  q("线下那两天都干啥", "学员报到"),
  q("第五天下午是什么课", "考核答疑互动"),
  q("检索查新那节课啥时候上", "第2天"),
  q("会项目申报对应哪门课", "项目申报书撰写辅导"),
  q("报名要交哪些东西", "回执"),
  q("回执要电子版还是纸质版", "电子件"),
  q("报名成功的标志是啥", "问卷"),
  q("直播链接从哪来", "承办单位"),
  q("线下名额一共几个 每个班多少", "200"),
  q("线上不去学能参加线下吗", "线上"),
  q("线上学习时长怎么算", "20小时"),
  q("证书谁颁发", "湖北省知识产权局"),
  q("后期有啥服务", "合作交流群"),
  q("路费自己出吗", "自理"),
  q("本地学员安排住宿吗", "不安排住宿"),
  inClass("yijingjingen", q("我们班回执发哪", "446131789@qq.com")),
  county("您好 我们是随县的企业 找哪位老师", XS, [WH, YJ]),
  county("天门的企业联系人电话多少", WH, [XS, YJ]),
  county("神农架林区的 归哪个城市群", XS, [WH, YJ]),
  en("What should I bring to the offline training?", "laptop"),
  en("Who is the contact at the provincial office?", "027-87520061"),
  en("Are local trainees given rooms?", "local"),
  unk("线下培训有茶歇吗"),
  unk("证书多久能拿到"),
  unk("线上课要签到吗"),
  out("孩子上小学怎么报名"),
  out("医保怎么报销"),
  out("帮我算下个税"),
  out("专利无效宣告怎么申请"),
  at("2022-06-13T10:00:00+08:00", q("今儿下午上啥", "项目申报书撰写辅导")),
  at("2022-06-17T16:00:00+08:00", q("直播还剩几天", "17日")),
];
