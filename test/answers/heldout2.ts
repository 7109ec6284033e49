import type { Case } from "./questions.js";

/** A second held-out batch, written after the first was tuned; scored before any fix. */
const q = (text: string, ...facts: string[]): Case => ({ q: text, facts });
const en = (text: string, ...facts: string[]): Case => ({ q: text, facts, en: true });
const unk = (text: string, classId: string, ...facts: string[]): Case => ({ q: text, facts, unknown: true, ctx: { classId } });

export const HELDOUT2: Case[] = [
  q("老师，我们是荆门的一家企业，报名表发给谁", "446131789@qq.com"),
  q("襄樊的企业报哪个班", "襄十随神"),
  q("武汉的线下名额有多少个", "200"),
  q("咱们线上课程一共几天", "5天"),
  q("6/16下午什么课", "高质量专利撰写"),
  q("6月17号上午的课叫什么", "标准化管理"),
  q("礼拜一上午讲什么", "开班仪式"),
  q("星期三下午上啥课", "维权策略"),
  q("专利检索那节是哪天上", "6月14日"),
  q("开班是几号", "6月13日"),
  q("报名要交什么材料", "回执"),
  q("报名回执要寄纸质的吗", "扫描件"),
  q("我们是黄石的，邮件发哪里", "whfw011@163.com"),
  q("线上学习时间不够20小时会怎样", "20小时"),
  q("遴选的话问卷填写质量占多少", "30%"),
  q("在线考勤怎么算分", "40%"),
  q("证书是哪个单位颁发的", "湖北省知识产权局"),
  q("结业要写学习报告吗", "学习报告"),
  q("实战课教哪些系统", "智慧桥"),
  q("四知五会是什么意思", "四知", "五会"),
  q("学完以后有啥服务", "交流群"),
  q("企业能免费开通智慧桥账号吗", "免费开通"),
  q("谁承办十堰这个班", "培训（十堰）基地"),
  q("通知是哪个部门发的", "湖北省知识产权局"),
  q("这次培训的文件依据是什么", "十四五"),
  q("培训分几个阶段", "第二阶段"),
  q("吃饭怎么解决", "食宿统一安排"),
  q("外地学员包住宿吗", "本地学员不安排住宿"),
  q("高铁票能报吗", "自理"),
  q("需要准备啥东西", "笔记本电脑"),
  unk("有没有核酸要求", "yijingjingen", "黄夏"),
  en("Which class is Xiangyang in?", "Xiang-Shi-Sui-Shen"),
  en("what is taught on the first day", "June 13"),
  en("is food provided during the offline training", "meals"),
  en("how much does it cost", "free"),
  unk("Can I watch a recording later?", "xiangshisuishen", "Xiao Yujie"),
  en("When must the contact list be submitted?", "May 26"),
  q("报名结止日期", "6月5日"),
  q("直播连结发了吗", "直播链"),
  q("ddl几号", "6月5日"),
  q("报名邮箱是？（宜昌）", "446131789@qq.com"),
  q("请问天门市企业对接哪个基地", "自贸区"),
  unk("优秀学员有奖励吗", "wuhan", "林周"),
  unk("能开参训证明吗", "yijingjingen", "黄夏"),
];
HELDOUT2[35]!.en = true;

export const HELDOUT2_CHATTER: string[] = [
  "好的收到，谢谢黄老师", "已转发给公司同事", "我们公司三个人都报了", "刚到家", "大家周末愉快",
  "@林周 老师您好", "谢谢分享", "已加群", "这周忙死了", "👏👏👏",
];
