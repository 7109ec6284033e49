import type { RegistrationRecord } from "../conversation/types.js";

/** A trainee's registration as the chat stores it: the receipt preview's and the tests' example. */
const SAMPLE_ANSWERS = {
  organization: "武汉光谷智造科技有限公司", creditCode: "91420100MA4K123456", city: "wuhan", classId: "wuhan",
  name: "张晓明", gender: "male", department: "知识产权部", title: "知识产权专员／工程师", email: "zhangxm@example.com",
  qq: "12345678", officePhone: "027-87654321", mobile: "13800138000", address: "武汉市东湖新技术开发区高新大道999号",
  remarks: "需要开具参训证明", enterpriseType: "民营企业", industry: "装备制造", patentCount: 12, ipYears: "1to3",
  role: "fullTime", interests: ["专利挖掘与布局"], needs: "公司现有发明专利12件，希望系统学习专利挖掘与布局。",
};

export const SAMPLE_REGISTRATION: RegistrationRecord = {
  organization: SAMPLE_ANSWERS.organization, name: SAMPLE_ANSWERS.name, mobile: SAMPLE_ANSWERS.mobile, classId: SAMPLE_ANSWERS.classId,
  answers: SAMPLE_ANSWERS, consentPublish: true, qualityScore: 20,
};
