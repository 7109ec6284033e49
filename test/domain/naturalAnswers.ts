/**
 * Natural answers, as trainees type them in chat, per kind of question (2022 questionnaire).
 * Written before looking at how the parsers treat them (issue 9, item 5); first-run score in the test file.
 *
 * want: "=v" the value v; "=[a,b]" a multiple choice; "?a|b" asked back with these options; "skip" an optional
 * question skipped; "refuse" refused with a reason; "confirm=v" kept only after the trainee confirms v.
 * mode "chat" (default) shows choice options numbered; "import" is a spreadsheet cell (no option numbers).
 */
export interface NaturalCase {
  q: string;
  text: string;
  want: string;
  mode?: "chat" | "import";
  /** Answers given before, e.g. the city before the class. */
  before?: Record<string, string>;
}

const T = {
  law: "知识产权新法政策法规宣讲",
  apply: "知识产权类课题项目申报书撰写辅导",
  nav: "企业知识产权分析评议与专利导航",
  search: "知识产权检索查新技能实务",
  risk: "知识产权风险防范与控制策略",
  defend: "知识产权维权策略实务",
  cultivate: "技术研发与高价值知识产权培育及挖掘",
  write: "高质量专利撰写实务",
  manage: "企业知识产权标准化管理模式实务",
  qa: "知识产权考核答疑互动",
};

export const NATURAL_CASES: NaturalCase[] = [
  // single choice with synonyms kept as data
  { q: "enterpriseType", text: "民营", want: "=民营企业" },
  { q: "enterpriseType", text: "私企", want: "=民营企业" },
  { q: "enterpriseType", text: "民企", want: "=民营企业" },
  { q: "enterpriseType", text: "国企", want: "=国有企业" },
  { q: "enterpriseType", text: "国有", want: "=国有企业" },
  { q: "enterpriseType", text: "外企", want: "=外资企业" },
  { q: "enterpriseType", text: "外资", want: "=外资企业" },
  { q: "enterpriseType", text: "合资", want: "=中外合资企业" },
  { q: "enterpriseType", text: "中外合资", want: "=中外合资企业" },
  { q: "enterpriseType", text: "民营企业", want: "=民营企业" },
  { q: "enterpriseType", text: "明营企业", want: "=民营企业" },
  { q: "enterpriseType", text: "我们是私营企业", want: "=民营企业" },
  { q: "enterpriseType", text: "集体企业", want: "=其他:集体企业" },
  { q: "enterpriseType", text: "3", want: "=外资企业" },
  { q: "enterpriseType", text: "3", want: "refuse", mode: "import" },
  // gender
  { q: "gender", text: "男的", want: "=male" },
  { q: "gender", text: "女生", want: "=female" },
  { q: "gender", text: "男同志", want: "=male" },
  { q: "gender", text: "女士", want: "=female" },
  { q: "gender", text: "先生", want: "=male" },
  { q: "gender", text: "女", want: "=female" },
  { q: "gender", text: "1", want: "=male" },
  // full-time or part-time
  { q: "role", text: "全职", want: "=fullTime" },
  { q: "role", text: "兼职的", want: "=partTime" },
  { q: "role", text: "专职的", want: "=fullTime" },
  { q: "role", text: "兼任", want: "=partTime" },
  { q: "role", text: "专职", want: "=fullTime" },
  { q: "role", text: "2", want: "=partTime" },
  // years in IP work: a number is years, never an option index
  { q: "ipYears", text: "3年", want: "=3to5" },
  { q: "ipYears", text: "两年", want: "=1to3" },
  { q: "ipYears", text: "半年", want: "=under1" },
  { q: "ipYears", text: "4", want: "=3to5" },
  { q: "ipYears", text: "十年", want: "=over5" },
  { q: "ipYears", text: "一年多", want: "=1to3" },
  { q: "ipYears", text: "5年", want: "=over5" },
  { q: "ipYears", text: "不到一年", want: "=under1" },
  { q: "ipYears", text: "8年多了", want: "=over5" },
  { q: "ipYears", text: "1", want: "=1to3" },
  // whole number
  { q: "patentCount", text: "12", want: "=12" },
  { q: "patentCount", text: "12件", want: "=12" },
  { q: "patentCount", text: "没有", want: "=0" },
  { q: "patentCount", text: "两个", want: "=2" },
  { q: "patentCount", text: "大概30件", want: "=30" },
  { q: "patentCount", text: "1,200", want: "=1200" },
  { q: "patentCount", text: "4", want: "=4" },
  { q: "patentCount", text: "十二件", want: "=12" },
  { q: "patentCount", text: "-3", want: "refuse" },
  // city
  { q: "city", text: "武汉", want: "=wuhan" },
  { q: "city", text: "神龙架", want: "=shennongjia" },
  { q: "city", text: "荆门的", want: "=jingmen" },
  { q: "city", text: "恩施州", want: "=enshi" },
  { q: "city", text: "襄樊", want: "=xiangyang" },
  { q: "city", text: "我在宜昌", want: "=yichang" },
  { q: "city", text: "荆州", want: "=jingzhou" },
  { q: "city", text: "Xiaogan", want: "=xiaogan" },
  { q: "city", text: "孝敢", want: "=xiaogan" },
  { q: "city", text: "北京", want: "refuse" },
  // class, after the city
  { q: "classId", text: "武汉", want: "=wuhan", before: { city: "wuhan" } },
  { q: "classId", text: "就按建议的", want: "=wuhan", before: { city: "wuhan" } },
  { q: "classId", text: "按建议", want: "=xiangshisuishen", before: { city: "shiyan" } },
  { q: "classId", text: "1", want: "=xiangshisuishen", before: { city: "shiyan" } },
  { q: "classId", text: "十堰", want: "=xiangshisuishen", before: { city: "wuhan" } },
  { q: "classId", text: "宜昌班", want: "=yijingjingen", before: { city: "wuhan" } },
  { q: "classId", text: "襄十随神", want: "=xiangshisuishen", before: { city: "xiangyang" } },
  { q: "classId", text: "宜荆荆恩城市群", want: "=yijingjingen", before: { city: "yichang" } },
  { q: "classId", text: "荆州", want: "=yijingjingen", before: { city: "wuhan" } },
  // e-mail with a likely domain slip is confirmed
  { q: "email", text: "zm@qq.con", want: "confirm=zm@qq.com" },
  { q: "email", text: "abc@163.cm", want: "confirm=abc@163.com" },
  { q: "email", text: "zm@gmial.com", want: "confirm=zm@gmail.com" },
  { q: "email", text: "abc@163.com", want: "=abc@163.com" },
  { q: "email", text: "ABC@QQ.COM", want: "=ABC@qq.com" },
  { q: "email", text: "zm@qq", want: "refuse" },
  { q: "email", text: "没有", want: "refuse" },
  // optional answers: none means skip, the same everywhere
  { q: "qq", text: "没有", want: "skip" },
  { q: "qq", text: "无", want: "skip" },
  { q: "qq", text: "不用了", want: "skip" },
  { q: "qq", text: "没有qq", want: "skip" },
  { q: "qq", text: "QQ 12345678", want: "=12345678" },
  { q: "officePhone", text: "无", want: "skip" },
  { q: "officePhone", text: "没有座机", want: "skip" },
  { q: "officePhone", text: "02787654321", want: "=027-87654321" },
  { q: "remarks", text: "不用了", want: "skip" },
  { q: "remarks", text: "没有", want: "skip" },
  { q: "remarks", text: "无", want: "skip", mode: "import" },
  { q: "remarks", text: "需要开具参训证明", want: "=需要开具参训证明" },
  // long text holding a question is still the answer
  {
    q: "needs",
    text: "公司现有发明专利12件，想系统学习专利挖掘与布局，请问线下培训在哪里举办？",
    want: "=公司现有发明专利12件，想系统学习专利挖掘与布局，请问线下培训在哪里举办？",
  },
  // multiple choice
  { q: "interests", text: "1,4,8", want: `=[${T.law},${T.search},${T.write}]` },
  { q: "interests", text: "全部", want: `=[${Object.values(T).join(",")}]` },
  { q: "interests", text: "专利撰写和检索", want: `=[${T.search},${T.write}]` },
  { q: "interests", text: "维权", want: `=[${T.defend}]` },
  { q: "interests", text: "撰写", want: `?${T.apply}|${T.write}` },
  { q: "interests", text: `${T.law}┋${T.write}`, want: `=[${T.law},${T.write}]`, mode: "import" },
  // names, mobiles, codes
  { q: "name", text: "张明", want: "=张明" },
  { q: "name", text: "我叫张明", want: "=张明" },
  { q: "name", text: "张 明", want: "=张明" },
  { q: "mobile", text: "138 0013 8000", want: "=13800138000" },
  { q: "mobile", text: "+86 13800138000", want: "=13800138000" },
  { q: "mobile", text: "1380013800", want: "refuse" },
  { q: "creditCode", text: "91420100MA4KL1234M", want: "=91420100MA4KL1234M" },
  // text made only of invisible or control characters (issue 12)
  { q: "organization", text: "\u2066\u2069", want: "refuse" },
  { q: "name", text: "\u3164\u3164", want: "refuse" },
  { q: "remarks", text: "\u200b\u200b\u200b", want: "refuse" },
  { q: "organization", text: "湖北某某科技有限公司", want: "=湖北某某科技有限公司" },
];
