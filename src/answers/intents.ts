export const INTENT_IDS = [
  "schedule.what", "schedule.when", "schedule.online", "schedule.offline", "online.dates", "offline.info", "period",
  "deadline.form", "deadline.contactList", "contact", "contact.provincial", "class.ofCity", "email", "organisers",
  "fees", "meals", "lodging", "board", "travel", "bring", "epidemic", "audience", "capacity", "register.how",
  "register.done", "receipt", "questionnaire", "livestream", "selection", "certificate", "content", "services",
  "document", "process", "unknown", "help",
] as const;
export type IntentId = (typeof INTENT_IDS)[number];

export interface Keyword {
  kw: string;
  w: number;
  /** An everyday word ("吃饭", "电话"): weak alone, full weight in a message about the training. */
  everyday?: boolean;
}

// Words common in any chat; a group must not hear about meals because someone asked "吃饭了吗".
const EVERYDAY = new Set([
  "吃饭", "午饭", "午餐", "晚饭", "晚餐", "饭菜", "吃的", "早餐", "三餐", "房间", "酒店", "宾馆", "住吗", "过夜", "交通", "来回",
  "车票", "机票", "高铁票", "油费", "电脑", "笔记本", "电话", "手机", "号码", "咨询", "联系", "几天", "多少天", "具体时间",
  "时间安排", "开始时间", "规模", "几个人", "口罩", "学什么", "学啥", "价格", "花费", "测试", "时长", "分数", "比例", "资格",
  "证件", "认证", "颁发", "文件", "依据", "过程", "程序", "环节", "账号", "开通", "后续", "链接", "观看", "收看", "个人",
  "food", "eat", "room", "ticket", "watch", "number", "call", "reach", "phone", "hours", "test", "points", "weight", "host",
  "issued", "steps", "stages", "account", "services", "computer", "notebook", "mask", "places", "limit", "form", "base",
]);
export interface IntentDef {
  id: IntentId;
  /** Matched on the compact text, one confusable character tolerated. */
  zh: Keyword[];
  /** Matched on English words (stems, one edit tolerated) or as phrases. */
  en: Keyword[];
}

const CJK = /[\u3400-\u9fff]/;
// Spoken forms of question words: a keyword written with "什么" also matches "啥" ("准备什么" → "准备啥").
const SPOKEN: Array<[string, string]> = [["什么", "啥"], ["怎么", "咋"], ["哪里", "哪儿"], ["以后", "后"], ["之后", "后"]];
function colloquial(tok: string): string[] {
  const out = [tok];
  for (const [a, b] of SPOKEN) if (tok.includes(a) && tok.replace(a, b).length >= 2) out.push(tok.replace(a, b));
  return out;
}
/** "停车 车位 parking lot, park": Chinese words split on spaces, English phrases on commas. */
function k(w: number, words: string): Keyword[] {
  const out: Keyword[] = [];
  for (const part of words.split(",")) {
    let latin: string[] = [];
    const flush = () => {
      const kw = latin.join(" ");
      if (latin.length) out.push({ kw, w: EVERYDAY.has(kw) ? Math.min(w, 0.7) : w, everyday: EVERYDAY.has(kw) });
      latin = [];
    };
    for (const tok of part.trim().split(/\s+/).filter(Boolean)) {
      if (CJK.test(tok)) {
        flush();
        for (const v of colloquial(tok)) out.push({ kw: v, w: EVERYDAY.has(tok) ? Math.min(w, 0.7) : w, everyday: EVERYDAY.has(tok) });
      } else latin.push(tok);
    }
    flush();
  }
  return out;
}

// Wording only: which words ask for which fact. The facts themselves come from the programme.
export const INTENTS: IntentDef[] = [
  { id: "fees", zh: [...k(0.9, "费用 收费 要钱 免费 交钱 花钱 多少钱 学费 培训费 付费 缴费 收钱 给钱 钱吗 花费 价格 收不收费 要不要钱"), ...k(0.6, "钱")],
    en: [...k(0.9, "fee, cost, free, charged, is there a charge, price, tuition, how much, expensive, pay for the training"), ...k(0.8, "pay")] },
  { id: "meals", zh: k(0.9, "管饭 吃饭 用餐 伙食 包吃 餐费 午饭 午餐 晚饭 晚餐 就餐 饭菜 管吃 吃的 供餐 三餐 早餐"),
    en: k(0.9, "meal, food, lunch, dinner, breakfast, eat") },
  { id: "lodging", zh: k(0.9, "住宿 管住 包住 住哪 住的地方 安排住 房间 宾馆 酒店 过夜 住吗 住宿费 本地学员 本地的 外地学员"),
    en: k(0.9, "lodging, accommodation, accomodation, stay overnight, room, hotel, dorm, overnight, place to stay, where do we stay, local trainees") },
  { id: "board", zh: k(0.95, "食宿 吃住 管吃管住 包吃包住 管吃住 吃和住 吃饭住宿 住宿吃饭"),
    en: k(0.95, "room and board, meals and accommodation, food and lodging, board and lodging, meals and lodging, food and accommodation") },
  { id: "travel", zh: k(0.9, "交通费 路费 车费 往返 报销 车票 高铁票 交通 差旅 油费 机票 来回"),
    en: k(0.9, "travel, transport, transportation, ticket, reimburse, reimbursement, fare, travel cost, travel expenses") },
  { id: "bring", zh: k(0.9, "带什么 携带 笔记本 电脑 带电脑 准备什么 需要带 要带 自带 准备些什么 什么东西 准备哪些 带哪些 要准备 需要准备"),
    en: k(0.9, "bring, laptop, computer, notebook, what should i prepare") },
  { id: "epidemic", zh: k(0.9, "疫情 防疫 防控 口罩 新冠"), en: k(0.9, "epidemic, covid, pandemic, mask, covid-19") },
  { id: "audience", zh: [...k(0.9, "培训对象 谁可以 哪些人 什么人 参加对象 谁能 参训对象 适合谁 面向谁 面向 兼职 专职 报名条件 参加条件 参训条件 资格要求"), ...k(0.75, "什么条件"), ...k(0.9, "可否参加 能否参加 可否报名 能否报名 可以参训 能否参训"), ...k(0.7, "能参加吗 可以参加吗 能报名吗 可以报名吗 能报吗 可以报吗 能不能参加 能不能报 个人")],
    en: k(0.9, "who can, eligible, eligibility, audience, who may, who should attend, who should join, who should take part, who should register, who is the training for, can i join, can i attend, can i take part, participate, part-time, who is it for") },
  { id: "capacity", zh: k(0.9, "多少人 人数 名额 名额分配 怎么分配 几个人 限制人数 人数限制 限额 多少名 招多少 招几 规模 每个班多少 每班多少 同事一起 同事也 其他同事 别的同事 推荐同事 多个人参加 多人参加 几个人参加 报几个人 能报几个"),
    en: k(0.9, "how many people, how many trainees, how many participants, places, quota, limit, capacity, seats, how many can, how many per class") },
  { id: "register.how", zh: [...k(0.9, "怎么报名 如何报名 报名方式 报名流程 怎样报名 报名渠道 在哪报名 哪里报名 报名入口 咋报名 报名步骤 怎么报 咋报 报名方法 如何报 怎么参加 如何参加 参加方式 报名途径 在哪报 报名材料 什么材料 哪些材料 提交什么"), ...k(0.5, "报名")],
    en: [...k(0.9, "how to register, how do i register, how can i register, sign up, signup, enrol, enroll, enrolment, how to apply, how do i apply, how do i join"), ...k(0.95, "documents do i need, need to submit, what do i submit, what to submit"), ...k(0.6, "register, registration, apply")] },
  { id: "register.done", zh: k(0.92, "报名成功 算报名 算报上 算报好 完成报名 报名完成 报名就成功 报名就算 就算报 算成功 就算报名"),
    en: k(0.92, "count as registered, counts as registered, registration complete, registration is complete, considered registered, registered once, registration done, what counts as registration, count as registration, counts as registration") },
  { id: "questionnaire", zh: k(0.9, "问卷 调查问卷 二维码 扫码 网址 问卷链接 填表 报名链接 报名网址 附件1 附件一"),
    en: [...k(0.9, "questionnaire, survey, qr code, registration link"), ...k(0.7, "form")] },
  { id: "receipt", zh: k(0.9, "回执 盖章 公章 扫描件 扫描版 电子版 电子件 附件2 附件二"), en: k(0.9, "receipt, stamp, seal, stamped, scan, scanned, reply slip") },
  { id: "deadline.form", zh: k(0.92, "截止 截至 最晚 最后期限 期限 报名结束 几号前 之前 ddl 报名时间 报名什么时候 什么时候报名 哪天前"),
    en: k(0.92, "deadline, due date, by when, last day to register, registration close, registration closes, until when, when is registration, when to register") },
  { id: "deadline.contactList", zh: k(0.95, "联系人名单 工作联系人 名单报 报送名单 市州知识产权局 市州局 各市州 市局 县区 辖属 组织企业 联络员"),
    en: k(0.95, "contact list, liaison, list of contacts, contact person list, prefecture, city bureau, city ip office") },
  { id: "livestream", zh: k(0.9, "直播链接 直播链 直播 怎么看直播 在线观看 收看 观看 上课链接 听课链接 直播地址 怎么听课 在哪听课 在哪看 直播间 链接"),
    en: k(0.9, "livestream, live stream, streaming, stream link, watch, online link, live link, how do i join online") },
  { id: "online.dates", zh: k(0.8, "线上培训 线上直播 网上培训 直播培训 第一阶段 线上课 网课 线上"),
    en: k(0.8, "online training, online stage, stage 1, first stage, online course") },
  { id: "offline.info", zh: [...k(0.8, "线下培训 线下 现场培训 第二阶段 考核培训 实战培训 巡回考核 线下考核 面授"), ...k(0.9, "培训地点 培训在哪 在哪培训 在哪里培训 哪里培训")],
    en: k(0.8, "offline, in person, in-person, onsite, on-site, stage 2, second stage, venue, where is the training, training location") },
  { id: "period", zh: k(0.9, "培训时间 什么时候培训 培训多久 培训几天 培训周期 什么时候开始 啥时候开始 几号开始 开始时间 举办时间 什么时候举办 培训日期 开课 开班 具体时间 时间安排 培训什么时候 哪天开始 多少天 几天 持续多久 什么时候上课 啥时候培训 培训啥时候 几个阶段 哪几个阶段 分几步"),
    en: k(0.9, "when is the training, how long, period, when does the training, duration, start date, when does it start, when will the training, how many days, when does training start") },
  { id: "selection", zh: k(0.92, "遴选 选拔 筛选 入选 评分 线上考试 在线考试 线上测试 在线测试 考核标准 遴选标准 怎么选 比例 占比 权重 总分 分数 打分 20小时 时长 学时 考勤 在线问答 问答测试 测试 怎么评 评选 选人 多少分 满分 资格 够格 进线下 参加线下 去线下 加入线下 进入线下 入围线下 线下名单 遴选名单 确定名单 谁决定 多少小时 几个小时 选上 20个小时 小时数 学够 学满"), ...k(0.8, "小时"),
    en: k(0.9, "selection, select, selected, criteria, criterion, score, scoring, weight, weighting, points, hours, attendance, quiz, test, chosen, choose, pick, picked, get into the offline") },
  { id: "certificate", zh: k(0.9, "证书 结业证 认证 颁发 发证 拿证 证件 专员证 结业条件 结业要求 怎么结业 如何结业 结业需要"), en: k(0.9, "certificate, certification, diploma, certified") },
  { id: "content", zh: [...k(0.9, "培训内容 学什么 学些什么 课程内容 四知 五会 实战课程 板块 教什么 主要内容 讲哪些 哪些课 什么课程 讲什么内容 培训些什么 培训哪些 学啥 讲啥 讲什么 智慧桥 检索系统 新一代 实战课"), ...k(0.6, "内容 课程")],
    en: k(0.9, "content, what will we learn, what do we learn, topics, syllabus, curriculum, modules, courses, what is taught, what does the training cover, four knows, five abilities, training about, what is it about, course about") },
  { id: "schedule.online", zh: k(0.9, "附件3 附件三 课程表 课表 课程安排 日程 日程安排 课程计划 每天的安排 每天讲什么 每天学什么 安排表 线上课程 每天都"),
    en: k(0.9, "schedule, timetable, agenda, daily plan, course plan, programme of each day") },
  { id: "services", zh: k(0.9, "系统账号 后期服务 后续服务 结业后 结业以后 培训后 结束后 培训结束后 交流群 账号 开通 专员服务 后续 学完以后 学完之后 培训以后 结束以后 什么服务 哪些服务 有服务 提供服务"),
    en: k(0.9, "after the training, services, follow-up, account, after graduation, afterwards") },
  { id: "organisers", zh: k(0.9, "主办 承办 举办单位 组织单位 谁办 基地 哪几个基地 主办方 承办方 谁组织 组织者 哪个单位 哪些单位 哪个部门 什么部门 哪个机构"),
    en: k(0.9, "organiser, organizer, organised, organized, host, hosts, base, bases, who runs") },
  { id: "document", zh: k(0.9, "文号 发文 通知依据 依据 哪个文件 通知编号 根据什么 印发 文件号 红头 文件 12号文 通知号 发文单位 谁发的 谁下发 部门发 单位发 下发 发布单位"),
    en: [...k(0.9, "document number, notice number, basis, issued, reference number, document, notice issued, the notice, this notice"), ...k(0.7, "based on")] },
  { id: "process", zh: k(0.9, "流程 步骤 环节 程序 过程"), en: k(0.9, "process, steps, procedure, stages, how does it work") },
  { id: "contact", zh: k(0.9, "联系人 联系 找谁 问谁 咨询 电话 手机 号码 负责人 对接人 怎么联系 联系方式 打给谁 问哪个 谁负责"),
    en: k(0.9, "contact, phone, call, who do i ask, telephone, number, who should i ask, who to ask, who is in charge, reach") },
  { id: "contact.provincial", zh: k(0.95, "省局 省知识产权局 省里 省级 省厅 总负责"), en: k(0.95, "provincial office, province, provincial") },
  { id: "email", zh: k(0.92, "邮箱 邮件 电子邮箱 email 发到哪 发哪 寄到哪 发送到哪 mail"), en: k(0.92, "email, e-mail, mail, mailbox, email address") },
  { id: "class.ofCity", zh: k(0.92, "班次怎么选 选哪个班 报名班次 选班次 怎么选班 哪个班 哪一个班 什么班 属于 哪个片区 哪个城市群 报哪个 分到 哪个城市圈 哪班 哪个基地 归哪 参加哪"),
    en: k(0.92, "which class, which cluster, which group, belong, which base, which city circle") },
];

export interface UnknownTopic {
  zh: string;
  en: string;
  words: Keyword[];
  related?: IntentId;
  /** Only when the text asks when ("在线测试什么时候"). */
  when?: boolean;
  /** Below 0.97 when a matching intent should still win (a clock time asked of a known session). */
  score?: number;
}

// Things people ask that the notice does not settle; the answer says so and names a contact.
export const UNKNOWN_TOPICS: UnknownTopic[] = [
  { zh: "停车安排", en: "parking", words: k(1, "停车 车位 停哪 parking, park"), related: "offline.info" },
  { zh: "着装要求", en: "a dress code", words: k(1, "着装 穿什么 服装 衣服 正装 dress code, wear, dress") },
  { zh: "WiFi 及密码", en: "WiFi or its password", words: k(1, "wifi 无线网 网络密码 密码 wi-fi, password") },
  { zh: "住宿的具体酒店", en: "the name of the hotel", words: k(1, "酒店名 哪个酒店 哪家酒店 什么酒店 哪个宾馆 哪家宾馆 住哪家 宾馆名 hotel name, which hotel, what hotel"), related: "lodging" },
  { zh: "退费", en: "refunds", words: k(1, "退款 退费 退钱 refund"), related: "fees" },
  { zh: "发票", en: "invoices", words: k(1, "发票 invoice, fapiao"), related: "fees" },
  { zh: "提交后修改问卷或报名信息", en: "changing the questionnaire after submitting it", words: k(1, "填错 写错 能改 改吗 更改 修改问卷 change my answers, correct my answers, change my, modify my, edit my, correct my, update my"), related: "questionnaire" },
  { zh: "基地的地址", en: "the bases' addresses", words: k(1, "基地在哪 基地地址 基地位置 where is the base, base address"), related: "organisers" },
  { zh: "在线问答测试的具体时间", en: "when the online quiz takes place", words: k(1, "线上考试 在线考试 线上测试 在线测试 在线问答 问答测试 online quiz, online test, online exam"), related: "selection", when: true },
  { zh: "模板或附件的下载位置", en: "where to download the templates", words: k(1, "模板 模版 下载回执 回执下载 下载附件 附件下载 下载表格 表格下载 template, download the form, download the receipt"), related: "receipt" },
  { zh: "直播回放", en: "recordings or replays", words: k(1, "回放 录播 录像 重播 下载 download 补看 补课 能补 补上 没看完 回看 重看 看回放 recording, replay, playback, recorded"), related: "livestream" },
  { zh: "请假", en: "leave of absence", words: k(1, "请假 迟到 缺课 缺了 缺席 缺勤 漏课 没上课 没听课 提前离开 早退 提前走 leave of absence, miss a day, leave early") },
  { zh: "补考", en: "a retake", words: k(1, "补考 重考 不通过 没通过 考不过 没考过 不合格 fail the exam, failed, retake, make-up exam, resit"), related: "selection" },
  { zh: "合格分数线", en: "a pass mark", words: k(1, "及格 合格线 分数线 多少分能 多少分才 pass mark, passing score"), related: "selection" },
  { zh: "年龄限制", en: "an age limit", words: k(1, "年龄 岁数 多大岁数 退休 age limit, how old"), related: "audience" },
  { zh: "补贴或误工费", en: "allowances", words: k(1, "补贴 补助 误工费 津贴 allowance, subsidy"), related: "fees" },
  { zh: "作息时间和午休", en: "daily hours and breaks", words: k(1, "午休 作息 休息时间 课间 lunch break, breaks") },
  { zh: "学分或继续教育学时", en: "credits", words: k(1, "学分 继续教育 credits, credit hours") },
  { zh: "接送和路线", en: "transfers or directions", words: k(1, "接送 班车 怎么去 交通路线 路线 shuttle, directions, how do i get there"), related: "travel" },
  { zh: "具体防疫要求（如核酸、健康码）", en: "specific epidemic rules such as tests or health codes", words: k(1, "核酸 健康码 行程码 疫苗 pcr, health code, vaccine, nucleic acid"), related: "epidemic" },
  { zh: "遴选名单的公布时间", en: "when the selection list is published", words: k(1, "名单什么时候 公布名单 名单公布 什么时候出名单 名单哪天 list be published, list published, when is the list"), related: "selection" },
  { zh: "证书的用途", en: "what the certificate can be used for", words: k(1, "证书有什么用 证书用途 证书有用 certificate useful, use of the certificate"), related: "certificate" },
  { zh: "直播卡顿等技术问题的处理", en: "technical problems with the livestream", words: k(1, "卡了 卡顿 听不到 看不了 进不去 打不开 黑屏 没声音 没有声音 卡吗 卡不卡 好卡 很卡 lagging, no sound, cannot open, can't open") },
  { zh: "需要安装的软件", en: "software to install", words: k(1, "软件 安装 装什么 software, install"), related: "bring" },
  { zh: "教材、讲义或课件", en: "course materials or slides", words: k(1, "教材 讲义 课件 培训资料 学习资料 资料吗 发资料 ppt, slides, course materials, handouts, textbook") },
  { zh: "直播使用的平台或软件", en: "which livestream platform is used", words: k(1, "什么平台 哪个平台 直播平台 腾讯会议 钉钉 zoom 小鹅通 what platform, which platform, which app"), related: "livestream" },
  { zh: "证书的有效期", en: "how long the certificate is valid", words: k(1, "有效期 还有效 有效吗 过期 几年有效 valid, validity, expire"), related: "certificate" },
  { zh: "截止后补报名或延期", en: "late registration or an extension", words: k(1, "补报 延长 延期 晚交 晚几天 逾期 错过 过了截止 late registration, extension, extend the deadline, missed the deadline"), related: "deadline.form" },
  { zh: "学习报告的具体要求", en: "the study report's requirements", words: k(1, "多少字 字数 报告要求 报告格式 报告模板 word count, report format"), related: "certificate" },
  { zh: "笔记本电脑的配置要求", en: "the laptop's required specifications", words: k(1, "配置 电脑系统 苹果电脑 mac电脑 specs, specification, operating system"), related: "bring" },
  { zh: "房间安排（单间或合住）", en: "room sharing", words: k(1, "几人间 单间 标间 合住 拼房 一个人住 single room, share a room, shared room"), related: "lodging" },
  { zh: "带家属或同事同行", en: "bringing family or colleagues", words: k(1, "家属 带家人 带小孩 带孩子 带娃 陪同 带同事 带人 family, colleague, bring someone") },
  { zh: "由他人代替参加", en: "sending someone else instead", words: k(1, "代替 替我 代人 换人 替换 顶替 substitute, someone else, replace me") },
  { zh: "收看直播的设备（手机、平板）和字幕", en: "which devices can watch the livestream", words: k(1, "字幕 用手机 手机听 手机看 手机上课 手机上 平板 ipad, tablet, on my phone, mobile phone"), related: "livestream" },
  { zh: "证书的颁发时间", en: "when the certificate is issued", words: k(1, "证书 发证 certificate"), related: "certificate", when: true },
  { zh: "证书的编号和查询", en: "certificate numbers or online verification", words: k(1, "证书编号 证书有编号 证书查询 查证书 证书能查 证书可查 证书网上 网上查证 真伪 certificate number, verify the certificate, verification"), related: "certificate" },
  { zh: "证书的形式（纸质或电子）", en: "whether the certificate is on paper or electronic", words: k(1, "纸质证书 电子证书 证书是纸质 证书是电子 证书纸质 paper certificate, electronic certificate"), related: "certificate" },
  { zh: "需携带的证件", en: "which ID to bring", words: k(1, "身份证 id card"), related: "bring" },
  { zh: "单位推荐信或证明材料", en: "a letter from the employer", words: k(1, "推荐信 介绍信 推荐函 单位证明 recommendation letter") },
  { zh: "取消或退出", en: "cancelling or withdrawing", words: k(1, "取消 退出 放弃 不参加了 cancel, withdraw") },
  { zh: "授课老师", en: "who the teachers are", words: k(1, "哪位老师讲 哪位老师上 哪位老师授课 谁讲课 谁来讲 谁授课 老师是谁 讲师 主讲 授课老师 专家是谁 teacher, lecturer, speaker") },
  { zh: "具体上课时间（几点）", en: "clock times", words: k(1, "几点 点钟 what time, o'clock"), related: "period", score: 0.6 },
  { zh: "考试题目和难度", en: "the exam questions or difficulty", words: k(1, "开卷 闭卷 机考 笔试 上机 考试形式 考试方式 open book, closed book 考什么 考什么题 题型 考试题 考试内容 难不难 难吗 难度 好考吗 exam questions, exam content, difficult") },
];
